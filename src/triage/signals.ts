import type { EvidenceResponse, FailureInput } from './types.js';
import { capFailureInput } from './input-cap.js';
import { linesAt, matchLine, someLineStartsWith } from './lines.js';
import { extractExpectedReceived, extractHttpStatuses, extractLocator, extractMatcher, stripAnsi } from './text.js';
import { isSecretField, placeholderFor } from '../llm/redact/index.js';

/** Everything the rules look at, computed once per failure. */
export interface Signals {
  project: string;
  /** Message + stack, ANSI stripped. */
  text: string;
  /** Lower-cased text plus evidence bodies, for keyword checks. */
  lower: string;
  locator?: string;
  matcher?: string;
  /** HTTP statuses seen in the call log, toBeOK output and the evidence. */
  statuses: number[];
  /** Evidence responses on API-looking URLs (or non-GET), by status. */
  apiResponses: EvidenceResponse[];
  expected?: string;
  received?: string;
  testTimeout: boolean;
  /** An action or expect waited for a locator and gave up. */
  locatorTimeout: boolean;
  elementNotFound: boolean;
  /** The call log shows the locator resolved to an element (so it exists; its value or state differs). */
  elementFound: boolean;
  /** A state matcher (toBeVisible, toBeEnabled, ...) failed on an element that exists. */
  stateMismatch: boolean;
  /** A page or console error the evidence saw, that the failure message quotes. */
  quotedPageError?: string;
  strictMode: boolean;
  /** toHaveCount whose received value is 0. */
  countZero: boolean;
  connectionRefused: boolean;
  /** The page snapshot shows an error page (500, Bad Gateway, ...). */
  errorPage: boolean;
  /** The page snapshot shows a login form, or the last URL is a login page. */
  loginPage: boolean;
  /** A page snapshot is present and shows content (not blank). */
  pageLoaded: boolean;
  /** Failed while navigating (page.goto / waitForURL / waitForLoadState). */
  navigation: boolean;
}

const STATE_MATCHERS = new Set(['toBeVisible', 'toBeHidden', 'toBeAttached', 'toBeEnabled', 'toBeDisabled', 'toBeChecked', 'toBeEditable', 'toBeFocused', 'toBeInViewport', 'toBeEmpty']);
// A status code counts only next to error words ("1,500 gallons" or "$500" is not an error page).
const ERROR_PAGE_WORDS = /internal server error|bad gateway|service unavailable|gateway time-?out|application error|(?:error|status|http)[ :]{1,3}50[0-4]\b/;
// A bare 5xx code, then an error word starting at most 40 characters on, on the same line. Split in two
// (code here, the window below) because one regex with a lookahead window is quadratic-looking to recheck.
const BARE_5XX = /(?:^|[^\d,.$])50[0-4]\b/g;
const ERROR_WORD = /error|unavailable|gateway|timeout|time-out/;

function showsErrorPage(text: string): boolean {
  if (ERROR_PAGE_WORDS.test(text)) return true;
  for (const m of text.matchAll(BARE_5XX)) {
    const end = m.index + m[0].length;
    const nl = text.indexOf('\n', end);
    const word = ERROR_WORD.exec(text.slice(end, Math.min(nl < 0 ? text.length : nl, end + 60)));
    if (word && word.index <= 40) return true;
  }
  return false;
}

/** The snapshot's first `max` characters of text, each line without its `- ` list marker (lines read lazily). */
function snapshotHead(snapshot: string, max: number): string {
  const out: string[] = [];
  let size = 0;
  for (const { line } of linesAt(snapshot)) {
    if (size >= max) break;
    const t = line.replace(LIST_MARKER, '');
    out.push(t);
    size += t.length + 1;
  }
  return out.join('\n').slice(0, max);
}
const LIST_MARKER = /^\s*-\s*/;
const LOGIN_FORM_PASSWORD = /textbox "[^"\n]{0,60}password[^"\n]{0,60}"|- textbox "password"|password/;
const LOGIN_FORM_BUTTON = /button "(?:sign in|log in|login|sign on|continue)"/;
const LOGIN_HEADING = /heading "[^"\n]{0,40}(?:sign in|log in|login)[^"\n]{0,40}"/;

function isApiUrl(r: EvidenceResponse): boolean {
  return /\/api\/|\/graphql\b|\/v\d+\//i.test(r.url) || r.method.toUpperCase() !== 'GET';
}

/** Derives {@link Signals} from one failure. Pure. */
export function computeSignals(raw: FailureInput): Signals {
  const input = capFailureInput(raw);
  const message = stripAnsi(input.message ?? '');
  const stack = input.stack ? stripAnsi(input.stack) : '';
  const text = stack && !message.includes(stack.slice(0, 200)) ? `${message}\n${stack}` : message;
  const evidence = input.evidence ?? {};
  const responses = Array.isArray(evidence.responses) ? evidence.responses.filter((r) => r && typeof r.status === 'number') : [];
  const bodies = responses.map((r) => `${r.status} ${r.statusText ?? ''} ${r.bodySnippet ?? ''}`).join('\n');
  const extra = [...(evidence.pageErrors ?? []), ...(evidence.consoleErrors ?? [])].join('\n');
  const lower = `${text}\n${bodies}\n${extra}`.toLowerCase();
  const snapshot = (input.pageSnapshot ?? '').toLowerCase();

  const statuses = extractHttpStatuses(text);
  for (const r of responses) statuses.push(r.status);

  const values = extractExpectedReceived(text);
  const matcher = extractMatcher(text);
  const locator = extractLocator(text);
  // A secret field's value (toHaveValue on getByLabel('Password')) never reaches a triage reason.
  const secretField = locator !== undefined && isSecretField(locator);
  const expected = secretField && values.expected !== undefined ? placeholderFor('PASSWORD') : values.expected;
  const received = secretField && values.received !== undefined ? placeholderFor('PASSWORD') : values.received;
  const testTimeout = /test timeout of \d+ms exceeded/i.test(text);
  const waitedForLocator = /waiting for (?:getBy\w+|locator|frameLocator|expect\()/i.test(text) || someLineStartsWith(text, 'Locator:');
  const timedOut = /timeout \d+ms exceeded|timed out \d+ms waiting|test timeout of \d+ms exceeded/i.test(text) || (lower.includes('timeout:') && !!matchLine(text, /^Timeout: \d+ms/i));
  const elementNotFound = /element\(s\) not found|<element\(s\) not found>|no element(?:s)? found|failed to find element/i.test(text);
  const loginUrl = typeof evidence.lastUrl === 'string' && /\/(?:login|signin|sign-in|auth)(?:[/?#]|$)/i.test(evidence.lastUrl);
  const elementFound = /locator resolved to|unexpected value "/i.test(text);
  // An assertion about page/console errors quotes them (often without the `TypeError: ` prefix).
  const quotedPageError = [...(evidence.pageErrors ?? []), ...(evidence.consoleErrors ?? [])].find((e) => {
    if (typeof e !== 'string') return false;
    const core = (e.split('\n')[0] ?? '').replace(/^[A-Za-z]{0,30}Error: /, '').slice(0, 200);
    return core.length >= 8 && text.includes(core);
  });
  // Without evidence: an assertion over collected script errors quotes typical JS error texts.
  const jsError = /cannot read propert(?:y|ies) of (?:undefined|null)|is not a function|is not defined\b|unexpected token|uncaught (?:\w+)?error|(?:page|script|console) errors?\b/i.exec(text)?.[0];

  return {
    project: input.project ?? '',
    text,
    lower,
    locator,
    matcher,
    statuses,
    apiResponses: responses.filter(isApiUrl),
    expected,
    received,
    testTimeout,
    locatorTimeout: waitedForLocator && timedOut,
    elementNotFound,
    elementFound,
    stateMismatch: !!matcher && STATE_MATCHERS.has(matcher) && elementFound && !elementNotFound,
    ...(quotedPageError ? { quotedPageError } : jsError && expected !== undefined ? { quotedPageError: jsError } : {}),
    strictMode: /strict mode violation/i.test(text),
    countZero: matcher === 'toHaveCount' && (received === '0' || /Received:\s{0,4}0\s*$/m.test(text)),
    connectionRefused: /econnrefused|err_connection_refused|err_connection_reset|econnreset|socket hang up|err_empty_response|err_name_not_resolved|enotfound|err_address_unreachable/i.test(text),
    errorPage: snapshot.length > 0 && showsErrorPage(snapshotHead(snapshot, 4000)),
    loginPage: loginUrl || (snapshot.length > 0 && (LOGIN_HEADING.test(snapshot) || (LOGIN_FORM_PASSWORD.test(snapshot) && LOGIN_FORM_BUTTON.test(snapshot)))),
    pageLoaded: snapshot.replace(/[\s-]|document|```|yaml/g, '').length > 0,
    navigation: /page\.goto|page\.waitforurl|page\.waitforloadstate|page\.reload|navigating to/i.test(text),
  };
}
