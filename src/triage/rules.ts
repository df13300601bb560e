import type { Category } from './types.js';
import { APP_ERROR_TEXT_L10N, type Signals } from './signals.js';
import { anyWord, anyWordIn } from './bigrams.js';
import { unquote } from './text.js';

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
const UPSTREAM_TIMEOUT = /upstream request timeout|upstream timed out|gateway time-?out/;
/** Every UPSTREAM_TIMEOUT match contains one of these words. */
const mayTimeOutUpstream = anyWordIn('upstream', 'gateway time');
/** A wait for a URL or an event the test's own step should cause: page.waitForURL, page.waitForEvent. */
const FLOW_WAIT = /page\.(waitforurl|waitforevent):/;
const mayWaitForFlow = anyWord('page.waitforurl', 'page.waitforevent');
/** Every WAIT_TIMEOUT match contains one of these words. */
const mayWaitTimeout = anyWord('ms exceeded', 'timed out ', 'expect.poll', 'waitforresponse', 'waitforevent');
const WAIT_TIMEOUT = /timeout \d+ms exceeded|timed out \d+ms|expect\.poll|waitforresponse|waitforevent/i;
const TIMING_BUDGET = /\d\s?ms\b|budget|paint|load time|loadtime|duration/;
const hasStatus = (s: Signals, ...codes: number[]) => s.statusReceived !== undefined && codes.includes(s.statusReceived);
// A test that waits for the login form's own fields is exercising the login page, not losing its session.
// The element the test awaited was found, but it now reads "Sign in": the app page became the login page.
const SIGN_IN_VALUE = /^\s{0,4}["']?(?:sign in|log in|login|sign on)\b/i;
// The sign-in form's own fields, in other languages too (getByLabel('Contraseña'), getByPlaceholder('Пароль')), and
// the phone number some apps sign in with.
const LOGIN_FORM_LOCATOR = /e-?mail|password|passwort|username|user-name|login|log-in|sign.?in|sign.?up|register|account|phone|contraseña|senha|mot de passe|kennwort|пароль|密码|密碼|パスワード|비밀번호|şifre|parola|hasło|wachtwoord|mật khẩu|סיסמה|كلمة المرور|correo|courriel|usuario|usuário|identifiant|benutzer|почт|логин|邮箱|用户名|账号|メール|이메일|아이디|אימייל|البريد/i;

const BOOLEAN = /^(?:true|false)$/;
/** A locator or expected text that looks for a not-found page (`text=404`, `getByText('Page not found')`). */
const NOT_FOUND_LOOKUP = /\b404\b|\bnot found\b/i;
/** A URL whose path has an admin or staff segment (`/admin`, `/super-admin/schools`, `/staff/`). */
const ADMIN_URL = /\/(?:[a-z]{1,10}-?)?(?:admin|staff)(?:[/?#"'`]|$)/i;
/** Matchers that read a URL: `toHaveURL`, or a string matcher on `page.url()`. */
const URL_MATCHERS = new Set(['toHaveURL', 'toContain', 'toMatch']);
/** An expected URL (or its pattern's source) that names the sign-in page. */
const LOGIN_EXPECTED = /^"?\/?(?:[^\n"]{0,80}[/\\])?(?:login|log-in|signin|sign-in|sign_in)\b/i;
/** A received URL whose path is a signed-in area: an admin, staff, operator or moderator page, a dashboard, an account or its settings. */
const PROTECTED_URL = /^"?https?:\/\/[^/\s"]{1,200}\/(?:[a-z]{1,10}[-/])?(?:admin|staff|operator|moderator|dashboard|account|accounts|settings|profile|billing|my)(?:[/?#"'`]|$)/i;
/** The WebSocket client's (ws) wording of an HTTP 404 answer to its upgrade request. */
const WS_404 = /unexpected server response: 404/i;
const locatorMissing = (s: Signals) => (s.elementNotFound || s.locatorTimeout) && !s.elementFound;

/**
 * The page is the login form where the test wanted an app page. Not when goto itself timed out (the page was
 * still loading) or when the awaited element was found. For toHaveURL the received URL itself must be a login
 * URL (a site whose root is its login form is not a lost session).
 */
function showsLoginInsteadOfApp(s: Signals): boolean {
  return (
    s.loginPage &&
    !s.navigationTimeout &&
    // A test that looks for the app's not-found page (it went to a route that does not exist) and got the
    // sign-in form met the app's guard on unknown routes: the session is no part of it.
    !NOT_FOUND_LOOKUP.test(`${s.locator ?? ''} ${s.expected ?? ''}`) &&
    // A value the test computed itself (expect(received), no locator: a string or a count against an expected
    // one, a boolean for toBeTruthy) is not what a lost session changes, unless that value is the sign-in
    // text: the page merely being the login form is no evidence. The page's own URL is.
    !(s.locator === undefined && s.received !== undefined && (s.expected !== undefined || BOOLEAN.test(s.received)) && s.matcher !== 'toHaveURL' && !SIGN_IN_VALUE.test(s.received)) &&
    (s.matcher === 'toHaveURL' ? s.loginUrl : (!s.elementFound || SIGN_IN_VALUE.test(s.received ?? '')) && !LOGIN_FORM_LOCATOR.test(s.locator ?? ''))
  );
}

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
    id: 'a11y-audit',
    category: 'unknown',
    confidence: 0.7,
    when: (s) => s.a11yAudit,
    reason: () => "an accessibility audit (axe) reports violations the test expected none of: the app's accessibility, a human must look (not test data)",
  },
  {
    id: 'environment',
    category: 'unknown',
    confidence: 0.85,
    when: (s) => s.environment !== undefined,
    reason: (s) => `the test environment failed, not the app ("${s.environment}": DNS, TLS, proxy, browser or bot check): never a redeploy, a human must look`,
  },
  {
    id: 'rate-limited',
    category: 'unknown',
    confidence: 0.7,
    // Not the session, not the backend being down, not the test's data: a fresh login or a redeploy meets the same limit.
    when: (s) => s.rateLimited,
    reason: () => 'the app refused for the number of tries (too many attempts or requests): the account or client is rate-limited, a human must look',
  },
  {
    id: 'token-expired',
    category: 'refresh-tokens',
    confidence: 0.9,
    // Class A on evidence only: the words with a 401/403, or in what the page showed or the evidence saw.
    when: (s) => s.tokenExpired,
    reason: () => 'the app said the token expired (e.g. "jwt expired"): refresh the tokens and retry',
  },
  {
    id: 'upstream-timeout',
    category: 'restart-backend',
    confidence: 0.85,
    when: (s) => !s.remoteServerError && (s.statuses.includes(504) || (s.statuses.some(is5xx) && mayTimeOutUpstream(s.grams, s.lower) && UPSTREAM_TIMEOUT.test(s.lower))),
    reason: () => 'a gateway timed out waiting for the backend (504 / "upstream request timeout"): the backend is unhealthy, not slow tests',
  },
  {
    id: 'server-error',
    category: 'restart-backend',
    confidence: 0.9,
    when: (s) => s.statuses.some(is5xx) && !s.remoteServerError,
    reason: (s) => `the server answered ${[...new Set(s.statuses.filter(is5xx))].join(', ')} during the test`,
  },
  {
    id: 'remote-server-error',
    category: 'unknown',
    confidence: 0.6,
    when: (s) => s.remoteServerError,
    reason: (s) => `a public host the suite does not run answered ${[...new Set(s.statuses.filter(is5xx))].join(', ')} (a demo API or a third-party service): not a backend to restart, a human must look`,
  },
  {
    id: 'app-crashed',
    category: 'unknown',
    confidence: 0.7,
    when: (s) => s.appCrashed,
    reason: () => "the page shows the app's own crash (a framework error overlay, an error boundary, or PHP's warnings printed in place of the page): the app's code broke, not a backend to restart",
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
    when: (s) => s.connectionRefused || s.fetchFailed || s.networkErrorShown,
    reason: (s) =>
      s.fetchFailed
        ? 'the page quotes the browser\'s "Failed to fetch" for its API calls: the backend could not be reached'
        : s.networkErrorShown
          ? "the page shows an alert that its requests met a network error: the app's API could not be reached"
          : 'the app could not be reached (connection refused / reset): the backend looks down',
  },
  {
    id: 'action-awaited-navigation',
    category: 'performance',
    confidence: 0.6,
    // The element was found and clicked; what ran out of time was the navigation the click started.
    when: (s) => s.actionAwaitedNavigation,
    reason: () => 'the click was performed and the test timed out waiting for the navigation it started: a slow page, not a selector',
  },
  {
    id: 'page-route-status',
    category: 'fix-api-routes',
    confidence: 0.65,
    // The app's own request got 404/405 and the page says so: a moved route or method, not the test's credentials.
    when: (s) => s.pageRouteStatus !== undefined && s.pageRouteStatus < 500,
    reason: (s) => `the page quotes a request of its own that failed with ${s.pageRouteStatus}: the route or method has moved`,
  },
  {
    id: 'page-server-status',
    category: 'restart-backend',
    confidence: 0.7,
    // The app's own API answered 5xx and the page says so (axios: "Request failed with status code 500").
    when: (s) => s.pageRouteStatus !== undefined && s.pageRouteStatus >= 500,
    reason: (s) => `the page quotes a request of its own that the backend answered ${s.pageRouteStatus}: the backend is failing`,
  },
  {
    id: 'strict-mode',
    category: 'update-selectors',
    confidence: 0.9,
    // Before the page readings: a strict mode violation names the locator as the problem whatever the
    // page shows (an error banner on a login form the test checks on purpose).
    when: (s) => s.strictMode,
    reason: (s) => `strict mode violation: ${s.locator ?? 'the locator'} matches several elements`,
  },
  {
    id: 'own-login-rejected',
    category: 'update-test-data',
    confidence: 0.7,
    when: (s) => s.ownLoginFailed === 'rejected',
    reason: () => 'the login form says the credentials are wrong (unknown user / bad password): the test data is stale, a fresh login would fail too',
  },
  {
    id: 'own-login-pending',
    category: 'performance',
    confidence: 0.55,
    when: (s) => s.ownLoginFailed === 'pending',
    reason: () => "the login form's button still says it is signing in: the test's own login was still in flight when the wait ended (a slow backend or a short wait)",
  },
  {
    id: 'own-login-threw',
    category: 'unknown',
    confidence: 0.5,
    when: (s) => s.ownLoginFailed === 'threw',
    reason: () => "the test's own login step reported that it failed, on the login form: its own login did not get through, clearing a session would not help; a human must look",
  },
  {
    id: 'own-login-failed',
    category: 'unknown',
    confidence: 0.5,
    // Not when another element took the click (an age gate, a consent wall): the login was never sent.
    when: (s) => s.ownLoginFailed === 'typed' && !s.pointerIntercepted,
    reason: () => 'the login form still holds the credentials the test typed: its own login did not go through, clearing a session would not help',
  },
  {
    id: 'own-login-test',
    category: 'unknown',
    confidence: 0.5,
    // Where login-page would call a lost session, but the test signs in by itself (its title says so).
    when: (s) => s.ownLoginFailed === 'flow' && showsLoginInsteadOfApp(s),
    reason: () => "the page is the login form and the test's title says it signs in, up or out by itself: its own flow did not get past the form, clearing a session would not help",
  },
  {
    id: 'test-threw',
    category: 'unknown',
    confidence: 0.7,
    when: (s) => s.testThrew,
    reason: () => "the test's own code threw a JavaScript error (a call on something that is not a function, a name not defined, a property of undefined): a bug in the test, whatever the page shows; a human must look",
  },
  {
    id: 'login-page',
    category: 'clear-session',
    confidence: 0.85,
    when: (s) => s.ownLoginFailed !== 'flow' && showsLoginInsteadOfApp(s),
    reason: () => 'the page shows a login form where an app page was expected: the stored session is no longer valid',
  },
  {
    id: 'unauthorized-page',
    category: 'clear-session',
    confidence: 0.7,
    // The app's own page is only its refusal ("Unauthorized Access") where the awaited content should be.
    when: (s) => s.unauthorizedPage,
    reason: () => 'the page is only an "Unauthorized" message where the app\'s content was expected: the stored session is missing or no longer valid, log in again',
  },
  {
    id: 'unauthorized',
    category: 'clear-session',
    confidence: 0.75,
    // A bare 401/403 may be an API key, a role or a WAF: the session is to blame only when the app says so
    // ("invalid session") or the page's own requests were refused.
    when: (s) => !s.credentialsRejected && (s.sessionText || s.pageUnauthorized),
    reason: (s) => (s.sessionText ? 'the app said the session is no longer valid ("invalid session", "not logged in"): log in again' : "the page's own requests were answered 401: the stored session was refused, log in again"),
  },
  {
    id: 'api-not-found',
    category: 'fix-api-routes',
    confidence: 0.85,
    // A WebSocket client's "Unexpected server response: 404" is the server refusing the upgrade path.
    when: (s) => s.statuses.includes(404) && (s.apiResponses.some((r) => r.status === 404) || /(?:←|<-)\s{0,4}404|tobeok|response status: 404/i.test(s.text) || WS_404.test(s.text)),
    reason: (s) => (WS_404.test(s.text) ? 'a WebSocket upgrade was answered 404 Not Found: the socket route has probably moved' : 'an API call answered 404 Not Found: the route has probably moved'),
  },
  {
    id: 'status-not-found',
    category: 'fix-api-routes',
    confidence: 0.75,
    // A 405 says the route is there: where the test expected another error status (a 404 for a method
    // the app should not know), it is the app's error handling, not a route that moved.
    when: (s) => hasStatus(s, 404, 405, 410) && s.statusExpected !== s.statusReceived && !(s.statusReceived === 405 && s.statusExpected !== undefined && s.statusExpected >= 400),
    reason: (s) => `the API answered ${s.statusReceived} where the test expected ${s.statusExpected}: the route or method has moved`,
  },
  {
    id: 'status-auth',
    category: 'unknown',
    confidence: 0.5,
    when: (s) => (hasStatus(s, 401, 403) || s.statuses.includes(401) || s.statuses.includes(403)) && !s.credentialsRejected && !s.sessionText && !s.pageUnauthorized && !s.tokenExpired,
    reason: (s) => `the API answered ${s.statusReceived ?? s.statuses.find((n) => n === 401 || n === 403)} with no sign of a stored session (an API key, role or credential problem): not a session to clear, a human must look`,
  },
  {
    id: 'status-credentials',
    category: 'update-test-data',
    confidence: 0.6,
    when: (s) => hasStatus(s, 401, 403),
    reason: (s) => `the API answered ${s.statusReceived} because the test's credentials were rejected (unknown user / bad password): test data`,
  },
  {
    id: 'status-unavailable',
    category: 'restart-backend',
    confidence: 0.75,
    when: (s) => hasStatus(s, 502, 503, 504),
    reason: (s) => `the API answered ${s.statusReceived} (gateway / unavailable): the backend is down`,
  },
  {
    id: 'status-mismatch',
    category: 'unknown',
    confidence: 0.5,
    when: (s) => s.statusReceived !== undefined,
    reason: (s) => `the API answered ${s.statusReceived} where the test expected ${s.statusExpected}: the app behaves differently (one 500 or 200 is not proof the backend is down), a human must look`,
  },
  {
    id: 'count-zero',
    category: 'update-selectors',
    confidence: 0.85,
    when: (s) => (s.countZero || s.locatorReadZero) && !s.notFoundPage,
    reason: (s) => (s.countZero ? `toHaveCount received 0: ${s.locator ?? 'the locator'} matches nothing any more` : 'the assertion counted what a locator matches and received 0: the locator matches nothing any more (a selector drift, not new data)'),
  },
  {
    id: 'helper-not-found',
    category: 'update-selectors',
    confidence: 0.6,
    when: (s) => s.helperNotFound === 'control',
    reason: () => "the test's own helper could not find the control it looks for (\"Could not find field ...\"): its locator no longer matches the page",
  },
  {
    id: 'missing-option',
    category: 'update-test-data',
    confidence: 0.7,
    when: (s) => s.missingOption || s.helperNotFound === 'option',
    reason: (s) => (s.missingOption ? 'selectOption could not find the option value: the list changed, test data' : "the test's own helper found no option to pick (\"Could not find available option ...\"): the list changed, test data"),
  },
  {
    id: 'malformed-value',
    category: 'update-test-data',
    confidence: 0.7,
    when: (s) => s.malformedValue,
    reason: () => 'the input refused the format of the value the test typed ("Malformed value"): test data',
  },
  {
    id: 'wrong-element',
    category: 'update-selectors',
    confidence: 0.7,
    when: (s) => s.wrongElement,
    reason: (s) => `${s.locator ?? 'the locator'} points at an element the action cannot use (or is not a valid selector)`,
  },
  {
    id: 'api-not-found-page',
    category: 'fix-api-routes',
    confidence: 0.65,
    when: (s) => s.apiResponsePage === 'not-found' && locatorMissing(s),
    reason: () => "the browser shows an API's JSON 404 instead of the app's page: the route the test opens is not served there",
  },
  {
    id: 'api-response-page',
    category: 'unknown',
    confidence: 0.6,
    when: (s) => s.apiResponsePage === 'other' && locatorMissing(s),
    reason: () => 'the browser shows a raw API response instead of the app\'s page: routing or permissions, a human must look',
  },
  {
    id: 'not-found-page',
    category: 'fix-api-routes',
    confidence: 0.7,
    when: (s) => s.notFoundPage && (s.notFoundValue || s.wholePageNotFound || locatorMissing(s) || s.urlWaitGaveUp || s.matcher === 'toHaveTitle' || s.countZero || (s.locator === undefined && s.expected !== undefined && s.received !== undefined)),
    reason: () => 'the page the test opened is the app\'s 404 page: the route (or the record behind it) is gone',
  },
  {
    id: 'record-not-found',
    category: 'update-test-data',
    confidence: 0.6,
    // "Project not found: demo" where the awaited element should be: the page works, the record it opens is not in the data.
    when: (s) => s.recordNotFound && locatorMissing(s),
    reason: () => 'the page says the record the test opened is not found ("... not found") where the awaited element should be: the test data the flow relies on is missing',
  },
  {
    id: 'record-exists',
    category: 'update-test-data',
    confidence: 0.6,
    when: (s) => s.recordExists && locatorMissing(s),
    reason: () => 'the form says a record with the test\'s values already exists ("already exists", "has already been taken") where the awaited element should be: the test data collides with an existing record, make it unique per run',
  },
  {
    id: 'still-loading',
    category: 'performance',
    confidence: 0.6,
    when: (s) => s.stillLoading && (locatorMissing(s) || (s.locator === undefined && s.received !== undefined)),
    reason: (s) => (locatorMissing(s) ? 'the page still shows its loading placeholder: it had not finished loading when the wait gave up' : `the test read ${clip(s.received)} while the page still showed its loading placeholder: it had not finished loading`),
  },
  {
    id: 'rendered-nothing',
    category: 'unknown',
    confidence: 0.55,
    when: (s) => s.renderedNothing && (locatorMissing(s) || s.urlWaitGaveUp),
    reason: () => "the page rendered nothing of its own when the wait gave up: only the shell the framework keeps mounted (an empty route announcer or notifications region), no spinner and no content: the app did not render, and nothing says why",
  },
  {
    id: 'blank-page',
    category: 'performance',
    confidence: 0.55,
    when: (s) => s.blankPage && (locatorMissing(s) || s.urlWaitGaveUp),
    reason: () => 'the page shows no text at all (a spinner or an empty shell) when the wait gave up: it had not rendered its content',
  },
  {
    id: 'empty-main',
    category: 'performance',
    confidence: 0.5,
    when: (s) => s.emptyMain && locatorMissing(s),
    reason: () => "the page's main region holds no text (a spinner or empty containers) when the wait gave up: the layout rendered, its content had not, so the locator cannot be judged",
  },
  {
    id: 'error-screen',
    category: 'unknown',
    confidence: 0.6,
    when: (s) => s.errorScreen && locatorMissing(s),
    reason: () => 'the page shows a JavaScript error in place of its content (an error screen): the app broke, the locator did not drift',
  },
  {
    id: 'empty-state-expected',
    category: 'update-test-data',
    confidence: 0.6,
    // The test waited for an empty state ("No notebooks yet") on a page that loaded: the data is not empty.
    when: (s) => locatorMissing(s) && s.pageLoaded && EMPTY_STATE_LOCATOR.test(s.locator ?? ''),
    reason: (s) => `the test waits for an empty state (${s.locator}) on a page that has loaded with data: the test's data assumption no longer holds`,
  },
  {
    id: 'app-error-message',
    category: 'unknown',
    confidence: 0.55,
    when: (s) => s.appErrorText && locatorMissing(s),
    reason: () => 'the page shows the app\'s own error message ("an unexpected error occurred") where the awaited element should be: the step failed inside the app, a human must look',
  },
  {
    id: 'run-value-missing',
    category: 'unknown',
    confidence: 0.55,
    // `getByText('Task 1784771719286')`: the test made that text at run time (Date.now()), so it cannot have gone
    // stale; the record the test created is not on the page because a step before did not create or list it.
    when: (s) => locatorMissing(s) && RUN_STAMP.test(s.locator ?? ''),
    reason: (s) => `${s.locator} names a value the test made at run time (a timestamp), and it is not on the page: the step that should have created or listed that record did not, a human must look (a locator for a value made during the run cannot have drifted)`,
  },
  {
    id: 'element-not-found',
    category: 'update-selectors',
    confidence: 0.85,
    when: (s) => s.elementNotFound || (s.locatorTimeout && !s.testTimeout && !s.elementFound),
    reason: (s) => `${s.locator ?? 'the locator'} was not found on a page that otherwise loaded`,
  },
  {
    id: 'still-visible',
    category: 'unknown',
    confidence: 0.55,
    // toBeHidden on an element the locator found, still shown: what should have gone away (a dialog, a menu) did
    // not. Pointing the locator at something hidden would make the test pass on the same fault.
    when: (s) => s.stateMismatch && s.received === 'visible' && (s.expected === 'hidden' || s.expected === 'not visible'),
    reason: (s) => `${s.locator ?? 'the locator'} found its element, still visible where the test expected it hidden: what the test's step should have closed or removed is still there, a human must look (not a selector)`,
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
    id: 'element-disabled',
    category: 'unknown',
    confidence: 0.5,
    // The locator found its element; the element stayed disabled (a form not filled as the app wants, a
    // control the app keeps off): neither a selector nor slowness, a human must look.
    when: (s) => s.elementDisabled,
    reason: (s) => `${s.locator ?? 'the locator'} resolved, but the element stayed disabled ("element is not enabled") until the time ran out: the page is not in the state the action expects, a human must look`,
  },
  {
    id: 'element-hidden',
    category: 'update-selectors',
    confidence: 0.6,
    // The locator found an element and the action waited on it, not visible, until its own timeout: the
    // locator picks a hidden copy of the control (a closed menu's, the other layout's), not the one shown.
    when: (s) => s.elementHidden,
    reason: (s) => `${s.locator ?? 'the locator'} resolved to an element that stayed hidden ("element is not visible") until the action's timeout: the locator picks a hidden copy of the control, not the one the page shows`,
  },
  {
    id: 'locator-test-timeout',
    category: 'update-selectors',
    confidence: 0.6,
    // With no snapshot at all, a test timeout spent waiting for a locator is still the default config's shape of
    // a broken locator (no actionTimeout): nothing says the page was slow.
    when: (s) => s.locatorTimeout && s.testTimeout && (s.pageLoaded || s.noSnapshot) && !s.navigation,
    reason: (s) => (s.pageLoaded ? `the test timed out waiting for ${s.locator ?? 'a locator'} on a page that had loaded` : `the test timed out waiting for ${s.locator ?? 'a locator'} (no page snapshot; Playwright's default config has no action timeout, so this is how a locator that matches nothing fails)`),
  },
  {
    id: 'pointer-intercepted',
    category: 'update-selectors',
    confidence: 0.6,
    when: (s) => s.pointerIntercepted,
    reason: (s) => `${s.locator ?? 'the locator'} resolved, but another element (an overlay or a dialog) kept taking the click until the time ran out: the locator or the step before it must change`,
  },
  {
    id: 'screenshot-drift',
    category: 'update-test-data',
    confidence: 0.7,
    when: (s) => s.screenshotDrift,
    reason: () => 'the screenshot no longer matches its stored baseline (or there is none yet): the visual expectation must be updated, after a human looks at the new image',
  },
  {
    id: 'test-code-error',
    category: 'unknown',
    confidence: 0.7,
    when: (s) => s.testCodeError,
    reason: () => 'Playwright rejected how the test uses a matcher or fixture: a test code error',
  },
  {
    id: 'admin-page-reached',
    category: 'security',
    confidence: 0.65,
    // not.toHaveURL('/admin'), and the browser is on it: the page the test expected to be kept from was served.
    when: (s) => s.matcher === 'toHaveURL' && (s.expected ?? '').startsWith('not ') && ADMIN_URL.test(s.received ?? ''),
    reason: (s) => `the test expected to be kept out of ${clip(s.received)} and the browser is on it: an access-control check (an admin or staff page) failed`,
  },
  {
    id: 'kept-out-failed',
    category: 'security',
    confidence: 0.6,
    // The test expected to be sent to the sign-in page and the browser is on a signed-in area (an admin page,
    // a dashboard, an account): the page it should have been kept from was served. A public page where a
    // redirect was expected ("/", a map) is the app's choice, judged as a value.
    when: (s) => URL_MATCHERS.has(s.matcher ?? '') && LOGIN_EXPECTED.test(s.expected ?? '') && !(s.expected ?? '').startsWith('not ') && PROTECTED_URL.test(s.received ?? ''),
    reason: (s) => `the test expected to be sent to the sign-in page and the browser is on ${clip(s.received)}, a signed-in area: an access-control check failed`,
  },
  {
    id: 'security-signal',
    category: 'security',
    confidence: 0.7,
    when: (s) => s.securityText,
    reason: () => 'the failure is about a security control (CSP, security headers, frame options, CSRF, exposed secret)',
  },
  {
    id: 'timing-budget',
    category: 'performance',
    confidence: 0.7,
    when: (s) => ((s.matcher === 'toBeLessThan' || s.matcher === 'toBeLessThanOrEqual') && TIMING_BUDGET.test(s.lower)) || s.timingTitle,
    reason: (s) => `a timing budget was exceeded (received ${clip(s.received)}, expected ${clip(s.expected)})`,
  },
  {
    id: 'page-script-error',
    category: 'unknown',
    confidence: 0.6,
    when: (s) => s.pageScriptError && s.expected !== undefined && s.received !== undefined && !s.testTimeout,
    reason: () => 'the page shows a script error ("... is not defined", "cannot read properties of undefined"): the app\'s code threw, the value did not drift',
  },
  {
    id: 'no-value',
    category: 'unknown',
    confidence: 0.5,
    when: (s) => (BOOLEAN.test(s.expected ?? '') && BOOLEAN.test(s.received ?? '')) || /^(?:undefined|null)$/.test(s.received ?? ''),
    reason: () => 'a yes/no check failed or the value is missing altogether: there is no new value to update the test with, a human must look',
  },
  {
    id: 'value-still-loading',
    category: 'performance',
    confidence: 0.6,
    when: (s) => s.valueStillLoading && !s.testTimeout,
    reason: () => 'the element still showed its loading placeholder when the assertion gave up: the page had not finished loading',
  },
  {
    id: 'value-drift',
    category: 'update-test-data',
    confidence: 0.8,
    when: (s) => s.expected !== undefined && s.received !== undefined && !s.testTimeout && replaceableValues(s.expected, s.received, s.matcher, s.refusalAsExpected),
    reason: (s) => `the assertion's value changed (expected ${clip(s.expected)}, received ${clip(s.received)})`,
  },
  {
    id: 'flow-wait-timeout',
    category: 'unknown',
    confidence: 0.5,
    // Not slowness: the page had loaded, and what never came is what the test's own step should have caused.
    when: (s) => s.pageLoaded && (s.testTimeout || s.urlWaitGaveUp) && !s.navigationTimeout && mayWaitForFlow(s.grams) && FLOW_WAIT.test(s.lower),
    reason: (s) => `the page had loaded and the ${FLOW_WAIT.exec(s.lower)?.[1] === 'waitforevent' ? 'event' : 'URL'} the test waited for never came: its flow did not get there, a human must look`,
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
    when: (s) => mayWaitTimeout(s.grams) && WAIT_TIMEOUT.test(s.text),
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

/**
 * A received value that is an error page's or an error boundary's text ("Server Error", "Internal Server
 * Error", "Something went wrong", "An unexpected error occurred"): the app failed where the value was, so
 * writing it in would make the test assert the failure. Not when the test expected such a text too.
 */
const ERROR_TEXT_VALUE = /^\s{0,4}["'`]?\s{0,4}(?:(?:internal )?server error|application error|something went wrong|an? (?:unexpected |unknown |internal )?error (?:has )?occurred|unexpected error|error \d{3}\b|\d{3} (?:internal server error|bad gateway|service unavailable))/i;

/** A value that opens with the app's "an error occurred" in another language ("Es ist ein Fehler aufgetreten. Bitte ..."), after a quote at most. */
function startsWithAppErrorL10n(value: string): boolean {
  const at = APP_ERROR_TEXT_L10N.exec(value.toLowerCase())?.index;
  return at !== undefined && at <= 2;
}

/**
 * An empty state's text received ("No events yet", "No results found", "Nothing to show"): the action the
 * test made produced nothing, and writing it in would assert that. Not when the test expected one too.
 */
const EMPTY_STATE_VALUE = /^\s{0,4}["'`]?\s{0,4}(?:no [a-z][a-z ]{0,30}(?:yet|found|available|to (?:show|display))|nothing (?:here|to (?:show|display)|found|yet)|(?:list|cart|inbox) is empty)\b/i;
/**
 * A one-word status on both sides ("failed" expected, "idle" received): the element did not move to the
 * state the test's action should have caused. Writing the received state in would assert the no-op.
 */
const STATUS_WORD = /^(?:active|inactive|selected|open|opened|closed|expanded|collapsed|checked|unchecked|disabled|enabled|invalid|valid|error|success|succeeded|failed|failure|pending|idle|running|stopped|paused|done|complete|completed|cancelled|canceled|online|offline|connected|disconnected|approved|rejected|verified|unverified|published|unpublished|draft|archived|submitted|processing|paid|unpaid)$/i;

/** A text locator (or the text step of a chain) whose text is an empty state: `getByText('No notebooks yet')`, `text=No results`, `getByText(/no expired contracts/i)`. */
const EMPTY_STATE_LOCATOR = /(?:getbytext\(\s{0,2}['"`/]|locator\(\s{0,2}['"`]text=['"]?)(?:no [a-z][a-z ]{0,40}|nothing (?:here|to (?:show|display)|found|yet))/i;

/** A run-time stamp inside a value: epoch milliseconds (2017 on) or a yyyymmddhhmmss stamp, not inside a longer number. */
const RUN_STAMP = /(?:^|\D)(?:1[5-9]\d{11}|20[2-9]\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])[0-2]\d[0-5]\d[0-5]\d)(?:\D|$)/;
/** `0`, `""`, `[]`, `{}`, `null`, `undefined`, `NaN`: a value that says nothing is there. */
const NOTHING = /^(?:0|""|''|\[\]|\{\}|null|undefined|NaN)$/;
/**
 * A URL of a sign-in or sign-up form. Received where the test expected another page, the flow stopped at
 * the form: never the new value of that URL. Received where the test expected such a form too (`/signup`
 * became `/register`), it is.
 */
const ENTRY_FORM_URL = /\/(?:login|signin|sign-in|log-in|signup|sign-up|register|registration)(?:[/?#"']|$)|\/auth(?:[?#"']|$)/i;

/** An absolute URL: its origin and path. */
const ABSOLUTE_URL = /^(https?:\/\/[^\s"'/]+)(\/[^\s"'?#]*)?/;
/** A path of plain segments (`/student/courses`): nothing a pattern could widen. */
const PLAIN_PATH = /^(?:\/[\w-]+){1,8}\/?$/;

/** The path a URL assertion expected: from a URL, a path, or a simple pattern (`/\/student\/courses/`). */
function expectedPath(expected: string): string {
  let v = unquote(expected);
  const close = v.lastIndexOf('/');
  // A pattern `/.../flags` written with escaped slashes: its body, unescaped.
  if (v.startsWith('/') && close > 0 && /^[a-z]{0,3}$/.test(v.slice(close + 1)) && v.includes('\\/')) v = v.slice(1, close).replace(/\\\//g, '/');
  const abs = ABSOLUTE_URL.exec(v);
  return (abs ? (abs[2] ?? '') : v).replace(/\/$/, '');
}

/**
 * Whether the page stayed at a place above the one the test expected to reach: the received URL's path is
 * a leading part of the expected path (`/student` where `/student/courses` was expected). The click or
 * submit did not take the page on; the expected URL did not drift.
 */
function stayedAbove(expected: string, received: string): boolean {
  const got = ABSOLUTE_URL.exec(unquote(received));
  if (!got) return false;
  const path = expectedPath(expected);
  const at = (got[2] ?? '').replace(/\/$/, '');
  // Not the root: an app that now sends every visitor home after a flow has moved its redirect (a drift).
  return PLAIN_PATH.test(path) && at !== '' && path.startsWith(`${at}/`);
}

/**
 * Whether the failure reads as a value the app now shows differently, one that writing the received
 * value into the test would follow. Not when the assertion is negated (`not /hidden/`: there is no
 * value to write), relational (`> 0`: writing `> -1` weakens it), a flag received (`true` where a
 * value was expected: the test read the wrong thing), a sign-in or sign-up URL received where another
 * page was expected (the flow stopped at the form), an error text received ("Server Error"), an empty
 * state's text received ("No events yet"), a status word for a status word ("failed" / "idle": the
 * action did not take effect), a membership check (toContain over an array), or when either side is
 * nothing: an expected `0`/empty means the test asserts that something is absent (errors, violations,
 * leftovers), and a received `0`/`""` means the app showed nothing; writing either in would bake the
 * broken state into the test.
 */
function replaceableValues(expected: string, received: string, matcher: string | undefined, refusalAsExpected: boolean): boolean {
  if (expected.startsWith('not ') || expected.startsWith('>') || expected.startsWith('<')) return false;
  // toContain over a received array is a membership check (a status among the allowed ones): no one new value.
  if (matcher === 'toContain' && received.startsWith('[')) return false;
  if (EMPTY_STATE_VALUE.test(received) && !EMPTY_STATE_VALUE.test(expected)) return false;
  if (STATUS_WORD.test(unquote(expected)) && STATUS_WORD.test(unquote(received))) return false;
  // Unless the test checks a refusal and got it: then staying on the form is what the app should do.
  if (BOOLEAN.test(received) || (ENTRY_FORM_URL.test(received) && !ENTRY_FORM_URL.test(expected) && !refusalAsExpected)) return false;
  if (stayedAbove(expected, received)) return false;
  if ((ERROR_TEXT_VALUE.test(received) || startsWithAppErrorL10n(received)) && !ERROR_TEXT_VALUE.test(expected) && !startsWithAppErrorL10n(expected)) return false;
  // A value the test made up at run time (`AUTO-20260707162105`, `user-1719912345678`) is new on every run:
  // the record it names was not created, and there is no value to write in.
  if (RUN_STAMP.test(expected)) return false;
  return !NOTHING.test(expected) && !NOTHING.test(received);
}

function clip(v: string | undefined): string {
  if (v === undefined) return '?';
  return v.length > 60 ? `${v.slice(0, 57)}...` : v;
}
