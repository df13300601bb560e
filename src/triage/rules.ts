import type { Category } from './types.js';
import type { Signals } from './signals.js';

/** One row of the triage table. The first row whose `when` holds decides. */
export interface TriageRule {
  id: string;
  category: Category;
  confidence: number;
  when: (s: Signals) => boolean;
  /** Why, in words a tester recognises. */
  reason: (s: Signals) => string;
}

const is5xx = (n: number) => n >= 500 && n <= 599;
const TOKEN_EXPIRED = /jwt expired|token (?:has )?expired|expired (?:access |auth )?token|tokenexpirederror|invalid_token.{0,40}expired|"exp" claim/;
const UPSTREAM_TIMEOUT = /upstream request timeout|upstream timed out|gateway time-?out/;
const SESSION_TEXT = /invalid session|session (?:has )?expired|session not found|not logged in|login required|unauthori[sz]ed/;
const SECURITY_TEXT = /content-security-policy|x-frame-options|x-content-type-options|strict-transport-security|frame-ancestors|\bxss\b|csrf|leaked secret|exposed secret/;

/**
 * The ordered classification table. Evidence rows come before keyword rows, so that, for example,
 * a locator timeout on a page that shows a 500 is a backend problem, not a selector problem.
 */
export const TRIAGE_RULES: readonly TriageRule[] = [
  {
    id: 'security-project',
    category: 'security',
    confidence: 0.95,
    when: (s) => s.project.toLowerCase() === 'security',
    reason: (s) => `failed in the '${s.project}' project: every failure there is a security finding`,
  },
  {
    id: 'token-expired',
    category: 'refresh-tokens',
    confidence: 0.9,
    when: (s) => TOKEN_EXPIRED.test(s.lower),
    reason: () => 'the app said the token expired (e.g. "jwt expired"): refresh the tokens and retry',
  },
  {
    id: 'upstream-timeout',
    category: 'restart-backend',
    confidence: 0.85,
    when: (s) => s.statuses.includes(504) || (UPSTREAM_TIMEOUT.test(s.lower) && s.statuses.some(is5xx)),
    reason: () => 'a gateway timed out waiting for the backend (504 / "upstream request timeout"): the backend is unhealthy, not slow tests',
  },
  {
    id: 'server-error',
    category: 'restart-backend',
    confidence: 0.9,
    when: (s) => s.statuses.some(is5xx),
    reason: (s) => `the server answered ${[...new Set(s.statuses.filter(is5xx))].join(', ')} during the test`,
  },
  {
    id: 'error-page',
    category: 'restart-backend',
    confidence: 0.85,
    when: (s) => s.errorPage,
    reason: () => 'the page snapshot shows a server error page (500 / Bad Gateway / Service Unavailable)',
  },
  {
    id: 'backend-unreachable',
    category: 'restart-backend',
    confidence: 0.85,
    when: (s) => s.connectionRefused,
    reason: () => 'the app could not be reached (connection refused / reset): the backend looks down',
  },
  {
    id: 'login-page',
    category: 'clear-session',
    confidence: 0.85,
    when: (s) => s.loginPage,
    reason: () => 'the page shows a login form where an app page was expected: the stored session is no longer valid',
  },
  {
    id: 'unauthorized',
    category: 'clear-session',
    confidence: 0.75,
    when: (s) => s.statuses.includes(401) || s.statuses.includes(403) || SESSION_TEXT.test(s.lower),
    reason: () => 'the app refused the credentials (401/403 or "invalid session"): log in again',
  },
  {
    id: 'api-not-found',
    category: 'fix-api-routes',
    confidence: 0.85,
    when: (s) => s.statuses.includes(404) && (s.apiResponses.some((r) => r.status === 404) || /(?:←|<-)\s{0,4}404|tobeok|response status: 404/i.test(s.text)),
    reason: () => 'an API call answered 404 Not Found: the route has probably moved',
  },
  {
    id: 'count-zero',
    category: 'update-selectors',
    confidence: 0.85,
    when: (s) => s.countZero,
    reason: (s) => `toHaveCount received 0: ${s.locator ?? 'the locator'} matches nothing any more`,
  },
  {
    id: 'strict-mode',
    category: 'update-selectors',
    confidence: 0.9,
    when: (s) => s.strictMode,
    reason: (s) => `strict mode violation: ${s.locator ?? 'the locator'} matches several elements`,
  },
  {
    id: 'element-not-found',
    category: 'update-selectors',
    confidence: 0.85,
    when: (s) => s.elementNotFound || (s.locatorTimeout && !s.testTimeout && !s.elementFound),
    reason: (s) => `${s.locator ?? 'the locator'} was not found on a page that otherwise loaded`,
  },
  {
    id: 'state-mismatch',
    category: 'update-selectors',
    confidence: 0.7,
    when: (s) => s.stateMismatch,
    reason: (s) => `${s.locator ?? 'the locator'} resolved to an element in the wrong state (expected ${clip(s.expected)}, received ${clip(s.received)}): it probably points at the wrong element`,
  },
  {
    id: 'page-error',
    category: 'unknown',
    confidence: 0.7,
    when: (s) => s.quotedPageError !== undefined,
    reason: (s) => `the page threw an uncaught error: ${clip(s.quotedPageError)}`,
  },
  {
    id: 'locator-test-timeout',
    category: 'update-selectors',
    confidence: 0.6,
    when: (s) => s.locatorTimeout && s.testTimeout && s.pageLoaded && !s.navigation,
    reason: (s) => `the test timed out waiting for ${s.locator ?? 'a locator'} on a page that had loaded`,
  },
  {
    id: 'value-drift',
    category: 'update-test-data',
    confidence: 0.8,
    when: (s) => s.expected !== undefined && s.received !== undefined && !s.testTimeout,
    reason: (s) => `the assertion's value changed (expected ${clip(s.expected)}, received ${clip(s.received)})`,
  },
  {
    id: 'security-signal',
    category: 'security',
    confidence: 0.7,
    when: (s) => SECURITY_TEXT.test(s.lower),
    reason: () => 'the failure is about a security control (CSP, frame options, CSRF, exposed secret)',
  },
  {
    id: 'test-timeout',
    category: 'performance',
    confidence: 0.75,
    when: (s) => s.testTimeout,
    reason: (s) => (s.navigation ? 'the test timed out while the page was still loading' : 'the test ran past its timeout'),
  },
  {
    id: 'wait-timeout',
    category: 'performance',
    confidence: 0.6,
    when: (s) => /timeout \d+ms exceeded|timed out \d+ms|expect\.poll|waitforresponse|waitforevent/i.test(s.text),
    reason: () => 'an operation ran past its timeout with no locator or HTTP error to blame',
  },
  {
    id: 'fallback',
    category: 'unknown',
    confidence: 0.3,
    when: () => true,
    reason: () => 'no rule matched: a human should look',
  },
];

function clip(v: string | undefined): string {
  if (v === undefined) return '?';
  return v.length > 60 ? `${v.slice(0, 57)}...` : v;
}
