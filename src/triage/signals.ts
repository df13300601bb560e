import type { EvidenceResponse, FailureInput } from './types.js';
import { capFailureInput } from './input-cap.js';
import { anyWord, anyWordIn, BigramIndex, word } from './bigrams.js';
import { linesAt, matchLine, someLineStartsWith, splitLines } from './lines.js';
import { extractExpectedReceived, extractHttpStatuses, extractLocator, extractMatcher, extractRequests, escapesEndWithin, isRegexSpace, stripAnsi, stripAnsiNoting, unquote, type EscapeNote } from './text.js';
import { isSecretField, placeholderFor } from '../redact/index.js';

/** Everything the rules look at, computed once per failure. */
export interface Signals {
  project: string;
  /** Message + stack, ANSI stripped. */
  text: string;
  /** Lower-cased text plus evidence bodies, for keyword checks. */
  lower: string;
  /** Character pairs of `lower`: `grams.may(word)` is false when the word is in none of the texts (a cheap prefilter). */
  grams: BigramIndex;
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
  /** A value assertion on a locator read (`expect(await items.count()).toBe(1)`) that received 0: the locator matches nothing. */
  locatorReadZero: boolean;
  connectionRefused: boolean;
  /**
   * Every 5xx the failure shows came from a public host the suite does not run (a demo API, a third-party
   * service): the call log's or the evidence's URLs are all public and none is the page's own host.
   */
  remoteServerError: boolean;
  /** The words of a refused session ("invalid session", "not logged in", ...) outside the test's own expected value. */
  sessionText: boolean;
  /** The page's own requests (heal-evidence) got a 401: the browser's session was refused. */
  pageUnauthorized: boolean;
  /** A wait gave up on a page that is only an "Unauthorized" message (the app's UI turned the user away), not a refusal of the credentials. */
  unauthorizedPage: boolean;
  /** The app said a token expired, with a 401/403, in the value the page showed or in the evidence: not the expected value alone. */
  tokenExpired: boolean;
  /** The page snapshot shows an error page (500, Bad Gateway, ...). */
  errorPage: boolean;
  /** The page snapshot shows a login form, or the last URL is a login page. */
  loginPage: boolean;
  /** A URL (evidence, call log or received URL) is a login page. */
  loginUrl: boolean;
  /** A page snapshot is present and shows content (not blank). */
  pageLoaded: boolean;
  /** A wait gave up on a page whose `main` landmark holds no text (a spinner, empty containers): the layout rendered, its content had not. */
  emptyMain: boolean;
  /** The failure came with no page snapshot at all (not a blank one): nothing says what the page showed. */
  noSnapshot: boolean;
  /** Failed while navigating (page.goto / waitForURL / waitForLoadState). */
  navigation: boolean;
  /** goto/reload itself ran out of time (the page was still loading). */
  navigationTimeout: boolean;
  /** The test environment failed, not the app: DNS, TLS, proxy, browser launch/crash, aborted navigation, bot check. */
  environment?: string;
  /**
   * The message says the app refused for the number of tries ("Too many failed attempts", "429 too many requests"),
   * or the page a wait gave up on says so (a bare JSON "too_many_requests" body); not when the test's locator or
   * value names that message.
   */
  rateLimited: boolean;
  /** The page is the app's 404 page (when a locator or URL wait gave up, or a title was checked), or a text read on it said so (notFoundValue). */
  notFoundPage: boolean;
  /**
   * A text or title assertion read the 404 page's own words ("404", "Page not found") where the test expected
   * something else: the page it opened is the not-found page, even without a snapshot to show it.
   */
  notFoundValue: boolean;
  /**
   * The whole page is a host's bare "Not Found" (one line of text or one heading, nothing else): the URL the
   * test opened is not served, whatever the test then checked on it. Not when the test expected that text.
   */
  wholePageNotFound: boolean;
  /** A wait gave up on a page that says the record it shows is not there ("Project not found: demo"): not a page or route. */
  recordNotFound: boolean;
  /**
   * A wait gave up on a page whose form says a record with the test's values already exists ("Employee Id
   * already exists", "has already been taken"): the test data collides with what an earlier run left.
   */
  recordExists: boolean;
  /** page.waitForURL ran out of time on a page that had a snapshot. */
  urlWaitGaveUp: boolean;
  /** The page shows a client-side crash (framework error overlay, error boundary, build error). */
  appCrashed: boolean;
  /** The page is a raw API response (JSON text) instead of the app's UI; 'not-found' when that response says 404 / not found. */
  apiResponsePage?: 'not-found' | 'other';
  /** The page shows a JavaScript error by name in place of its content. */
  errorScreen: boolean;
  /** A locator wait gave up on a page that shows the app's own "An unexpected error occurred". */
  appErrorText: boolean;
  /** The page shows a script error text ("x is not defined", "cannot read properties of undefined"): the app's code threw. */
  pageScriptError: boolean;
  /** The page still shows a loading placeholder where a wait gave up, or where the value the test read was nothing (a count of 0). */
  stillLoading: boolean;
  /** An upper-bound matcher (toBeLessThan, toBeLessThanOrEqual) in a test whose title names a time or speed. */
  timingTitle: boolean;
  /** A locator or URL wait gave up on a page with no text at all: images and empty containers only (a spinner). */
  blankPage: boolean;
  /**
   * A locator or URL wait gave up on a page that rendered nothing but the shell a framework leaves in place
   * (an empty route announcer, a toast library's notifications region), with no spinner or image: the app did not render.
   */
  renderedNothing: boolean;
  /** The asserted value is a loading placeholder ("Loading payment details...") the test did not expect. */
  valueStillLoading: boolean;
  /** The app said the credentials themselves are wrong (unknown user, bad password): a new login fails too. */
  credentialsRejected: boolean;
  /**
   * The test's own login did not go through: the login form holds credentials the test typed, says they were
   * rejected, or the page is the login form and the test's title says it is a sign-in test ('flow'), the test's own
   * login step threw ("Login failed", 'threw'), or the form's button still says it is signing in ('pending').
   */
  ownLoginFailed?: 'typed' | 'rejected' | 'flow' | 'threw' | 'pending';
  /** A sign-in test that checks the refusal got it: the page shows the refusal its expected value or title asks for. */
  refusalAsExpected: boolean;
  /** Both sides of the assertion are HTTP statuses (`Expected: 200` / `Received: 401`). */
  statusExpected?: number;
  statusReceived?: number;
  /** The message text (no browser logs) names a security control. */
  securityText: boolean;
  testCodeError: boolean;
  /** The action or selector cannot work on the element it found (not a <select>, invalid selector, ...). */
  wrongElement: boolean;
  /** selectOption did not find the option. */
  missingOption: boolean;
  /** An input refused the format of the value the test typed ("Malformed value"). */
  malformedValue: boolean;
  /** An action kept retrying because another element (an overlay, a dialog's backdrop) took the pointer, and it never got through. */
  pointerIntercepted: boolean;
  /** An action kept retrying because the element it resolved to was disabled ("element is not enabled") until the time ran out. */
  elementDisabled: boolean;
  /**
   * An action's own timeout (not the test's) ran out while it kept retrying an element the locator resolved to
   * that was not visible ("element is not visible"), or a `waitFor()` for it to be visible found it hidden every
   * time: the locator picks a hidden element (a copy in a closed menu, the desktop one of a mobile pair).
   */
  elementHidden: boolean;
  /** A screenshot comparison failed on its pixels or size, or found no baseline to compare with: the stored image no longer matches. */
  screenshotDrift: boolean;
  /** The test's own code threw a JavaScript error ("TypeError: x.includes is not a function"), not a Playwright call or assertion. */
  testThrew: boolean;
  /** The test's own helper threw that it could not find a control ("Could not find field: email"); 'option' when what it missed is an option to pick. */
  helperNotFound?: 'control' | 'option';
  /** The assertion compared an accessibility audit's violations (axe's `"impact": "serious"`): the app's accessibility, not test data. */
  a11yAudit: boolean;
  /** The UI quotes the browser's own network failure for its API calls ("Failed to fetch"). */
  fetchFailed: boolean;
  /** The page shows an alert or status saying its requests hit a network error ("Network Error", "网络错误, 请稍后重试"), and the test did not expect one. */
  networkErrorShown: boolean;
  /** The page quotes a 404/405 or 500/502/503/504 its own request got ("Request failed with status code 405") while the wait gave up. */
  pageRouteStatus?: number;
  /** The action was performed (the call log ends at "performing click action") and the test timed out waiting for the navigation it started. */
  actionAwaitedNavigation: boolean;
}

const STATE_MATCHERS = new Set(['toBeVisible', 'toBeHidden', 'toBeAttached', 'toBeEnabled', 'toBeDisabled', 'toBeChecked', 'toBeEditable', 'toBeFocused', 'toBeInViewport', 'toBeEmpty']);
// A status code counts only next to error words ("1,500 gallons" or "$500" is not an error page).
const ERROR_PAGE_WORDS = /internal server error|bad gateway|service unavailable|gateway time-?out|application error|(?:error|status|http)[ :]{1,3}50[0-4]\b/;
// A bare 5xx code, then an error word starting at most 40 characters on, on the same line. Split in two
// (code here, the window below) because one regex with a lookahead window is quadratic-looking to recheck.
const BARE_5XX = /(?:^|[^\d,.$])50[0-4]\b/g;
const ERROR_WORD = /error|unavailable|gateway|timeout|time-out/;

/** False when no ERROR_PAGE_WORDS or BARE_5XX match can be in the snapshot (each contains one of these words). */
const mayShowErrorPage = anyWord('50', 'error', 'bad gateway', 'service unavailable', 'gateway time');

/** The most an error page's snapshot holds (a server's or a proxy's error page is a few lines). */
const ERROR_PAGE_MAX = 1500;
const HEADING_ERROR = /\b50[0-4]\b|internal server error|bad gateway|service unavailable|gateway time-?out|application error/;

/**
 * An element whose whole text is "Internal server error" (an app relaying its API's 500 in an alert on a
 * form), on a page of any length: the words alone on their snapshot line, not inside a sentence.
 */
const SERVER_ERROR_LINE = /\n[a-z]{1,12}(?: \[[a-z0-9=-]{1,12}\]){0,3}: "?internal server error\.?"?\n/;

/** Whether a line of the snapshot's head (snapshotHead: list markers dropped) is an element saying only "Internal server error". */
function serverErrorAlone(head: string): boolean {
  return head.includes('internal server error') && SERVER_ERROR_LINE.test(`\n${head}\n`);
}

/** Whether a heading names a server error within 80 characters of the word "heading", on its line (each window is bounded: linear). */
export function errorInHeading(snapshot: string): boolean {
  for (let at = snapshot.indexOf('heading'); at >= 0; at = snapshot.indexOf('heading', at + 1)) {
    const nl = snapshot.indexOf('\n', at);
    const end = Math.min(nl < 0 ? snapshot.length : nl, at + 'heading'.length + 80 + 'internal server error'.length);
    if (HEADING_ERROR.test(snapshot.slice(at + 'heading'.length, end))) return true;
  }
  return false;
}

export function showsErrorPage(text: string): boolean {
  if (ERROR_PAGE_WORDS.test(text)) return true;
  for (const m of text.matchAll(BARE_5XX)) {
    const end = m.index + m[0].length;
    const nl = text.indexOf('\n', end);
    const word = ERROR_WORD.exec(text.slice(end, Math.min(nl < 0 ? text.length : nl, end + 60)));
    if (word && word.index <= 40) return true;
    // A heading that is the code alone, the error named on the line under it (SvelteKit's and many
    // apps' error pages: <h1>500</h1><p>Internal Error</p>).
    if (nl >= 0 && text[end] === '"' && text.startsWith('heading "', m.index - 8)) {
      const next = text.indexOf('\n', nl + 1);
      if (ERROR_WORD.test(text.slice(nl + 1, Math.min(next < 0 ? text.length : next, nl + 1 + 80)))) return true;
    }
  }
  return false;
}

/** The snapshot's first `max` characters of text, each line without its `- ` list marker (lines read lazily). */
export function snapshotHead(snapshot: string, max: number): string {
  // The usual snapshot breaks lines with \n only: split with indexOf (linesAt handles every break).
  if (snapshot.includes('\r') || snapshot.includes('\u2028') || snapshot.includes('\u2029')) return snapshotHeadSlow(snapshot, max);
  const out: string[] = [];
  let size = 0;
  let start = 0;
  while (start <= snapshot.length && size < max) {
    let end = snapshot.indexOf('\n', start);
    if (end < 0) end = snapshot.length;
    const t = snapshot.slice(withoutListMarker(snapshot, start, end), end);
    out.push(t);
    size += t.length + 1;
    start = end + 1;
  }
  return out.join('\n').slice(0, max);
}

function snapshotHeadSlow(snapshot: string, max: number): string {
  const out: string[] = [];
  let size = 0;
  for (const { line } of linesAt(snapshot)) {
    if (size >= max) break;
    const t = line.slice(withoutListMarker(line, 0, line.length));
    out.push(t);
    size += t.length + 1;
  }
  return out.join('\n').slice(0, max);
}


/** Where the line [start, end) begins once its leading list marker (spaces, `-`, spaces, as \s matches them) is dropped; start when it has none. */
function withoutListMarker(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
  if (i >= end || text.charCodeAt(i) !== 0x2d) return start;
  i++;
  while (i < end && isRegexSpace(text.charCodeAt(i))) i++;
  return i;
}

// The sign-in button, also when it names where it signs in to ("Sign in to Admin Panel").
const LOGIN_FORM_BUTTON = /button "(?:(?:sign in|log in|login|sign on)(?: to [^"\n]{1,40})?|continue)"/;
/**
 * The same form in other languages: a button named only by the sign-in verb ("Anmelden", "Entrar", "Войти",
 * "התחבר", "登录") and a password box ("Passwort", "Contraseña", "Пароль", "סיסמה"; the English word too, as
 * an app half translated shows it). Both are needed: a sign-in button alone is in many apps' headers.
 */
const LOGIN_BUTTON_L10N = /button "(?:entrar|iniciar sesión|iniciar sessão|acceder|ingresar|se connecter|connexion|s'identifier|anmelden|einloggen|accedi|войти|вход|увійти|登录|登入|ログイン|로그인|giriş yap|oturum aç|zaloguj(?: się)?|inloggen|aanmelden|đăng nhập|masuk|تسجيل الدخول|התחבר|התחברות|כניסה|logga in|log ind|logg inn|kirjaudu(?: sisään)?|přihlásit(?: se)?|bejelentkezés|σύνδεση|लॉग इन|เข้าสู่ระบบ)"/;
const mayShowLoginButtonL10n = anyWord('entrar', 'iniciar ses', 'acceder', 'ingresar', 'connecter', 'connexion', "s'identifier", 'anmelden', 'einloggen', 'accedi', 'войти', 'вход', 'увійти', '登录', '登入', 'ログイン', '로그인', 'giriş yap', 'oturum aç', 'zaloguj', 'inloggen', 'aanmelden', 'đăng nhập', 'masuk', 'تسجيل الدخول', 'התחבר', 'כניסה', 'logga in', 'log ind', 'logg inn', 'kirjaudu', 'přihlásit', 'bejelentkezés', 'σύνδεση', 'लॉग इन', 'เข้าสู่ระบบ');
const PASSWORD_BOX_L10N = /textbox "[^"\n]{0,40}(?:password|contraseña|senha|mot de passe|passwort|kennwort|пароль|密码|密碼|パスワード|비밀번호|şifre|parola|hasło|wachtwoord|mật khẩu|kata sandi|كلمة المرور|סיסמה|lösenord|adgangskode|passord|salasana|heslo|jelszó|κωδικός|पासवर्ड|รหัสผ่าน)/;
const LOGIN_HEADING = /heading "[^"\n]{0,40}(?:sign in|log in|login)[^"\n]{0,40}"/;
/** The page's first named heading (document order) is a sign-in heading: "Log In" as step 2 of a dashboard's instructions is not. */
function loginHeadingLeads(snapshot: string): boolean {
  const login = LOGIN_HEADING.exec(snapshot);
  return login !== null && FIRST_HEADING.exec(snapshot)?.index === login.index;
}
const FIRST_HEADING = /heading "[^"\n]{1,200}"/;

// The environment, never a redeploy: DNS, TLS, proxy, browser install/launch/crash, aborted navigations, config.
const ENVIRONMENT = /err_(?:name_not_resolved|address_unreachable|cert_|ssl_|proxy|tunnel|aborted|connection_timed_out|internet_disconnected)|ns_(?:error_(?:unknown_host|proxy|net_timeout|net_interrupt|failure)|binding_aborted)|enotfound|getaddrinfo|could not resolve host|ssl(?:_error| peer certificate)|sec_error_|cert's altnames|executable doesn't exist|xserver running|browsertype\.(?:launch|launchpersistentcontext|connect|connectovercdp):|electron\.launch:|(?:page|target) crashed|interrupted by another navigation|cannot navigate to invalid url|electronapplication\.|target page, context or browser has been closed|application exited|exceeded while setting up "(?:page|context|browser)"/;
/**
 * Playwright's screenshot comparisons (toHaveScreenshot, toMatchSnapshot) that found the image changed or
 * missing: "N pixels (ratio 0.01 of all image pixels) are different", "Expected an image 800px by 600px,
 * received 800px by 640px", "A snapshot doesn't exist at ..., writing actual". Not a page that never held
 * still long enough to take one ("Failed to take two consecutive stable screenshots").
 */
const SCREENSHOT_DRIFT = /pixels \(ratio [\d.]+ of all image pixels\) are different|expected an image \d+px by \d+px, received \d+px by \d+px|a snapshot doesn't exist at [^\n]{1,400}, writing actual/;
/** A violation as axe-core reports it (and as tests print its results): its impact level, quoted JSON or a printed object. */
const AXE_VIOLATION = /["']?impact["']?: ["'](?:minor|moderate|serious|critical)["']/;
/**
 * A JavaScript error the test's own code threw, as the failure's first line: a call on something that is
 * not a function, a name not defined, a property read off undefined or null. Not a Playwright call
 * (`locator.click: ...`) or an assertion (`expect(...)`), which name themselves after the colon.
 */
const TEST_THREW = /^\s{0,4}(?:typeerror|referenceerror): (?!expect\(|[a-z]{1,30}\.[a-z]{1,30}: )[^\n]{0,200}(?:is not a function|is not defined|cannot read propert(?:y|ies) of (?:undefined|null))/;
/**
 * A test helper's own error that it found no control: "Error: Could not find field: obra", "Unable to find
 * clickable control: Workflow", "Couldn't find the submit button". Not Node's "Cannot find module".
 */
const HELPER_NOT_FOUND = /^\s{0,4}(?:error: )?(?:could not|couldn't|unable to) find (?:the |a |an |any )?(?:[a-z]{1,20} ){0,2}(field|control|button|link|element|input|selector|locator|menu|tab|option|item|checkbox|dropdown)s?\b/;
/** Every SCREENSHOT_DRIFT match contains one of these words. */
const mayBeScreenshotDrift = anyWord('image pixels', 'expected an image', "snapshot doesn't exist");
/** Every ENVIRONMENT match contains one of these words. */
const mayBeEnvironment = anyWordIn('err_', 'ns_', 'enotfound', 'getaddrinfo', 'could not resolve host', 'ssl', 'sec_error_', "cert's altnames", "executable doesn't exist", 'xserver running', 'browsertype.', 'electron.launch:', ' crashed', 'interrupted by another navigation', 'cannot navigate to invalid url', 'electronapplication.', 'has been closed', 'while setting up', 'application exited');
// The snapshot prefilters: every match of the regex named contains one of the words.
/** BOT_CHECK */
const mayShowBotCheck = anyWord('you are', 'are you a robot', 'checking your browser', 'been blocked', 'attention required', "can't tell", 'ray id:', 'unusual traffic', 'verify yourself');
/** NOT_FOUND_PAGE */
const mayShowNotFound = anyWord('404', 'found', 'exist', 'page you', 'cannot get');
/** APP_CRASHED */
const mayShowCrash = anyWord('runtime error', 'missing required error', 'dialog "runtime ', 'dialog "server error', 'dialog "build error', 'heading "build error', 'heading "failed to compile', 'heading "this page couldn', 'application error', 'chunkloaderror', '[plugin:vite', 'something went wrong', 'dynamically imported module', 'algo deu errado', 'algo sali', 'algo ha salido mal', 'mal passé', 'schiefgelaufen', 'schief gelaufen', 'andato storto', 'пошло не так', 'iets misgegaan', 'poszło nie tak', 'ters gitti');
/**
 * A web server's own 404 document where the app's answer was expected, quoted by the page (a login form
 * showing it as its error) or by the test's own helper: Apache's and nginx's `<title>404 Not Found</title>`,
 * Apache's "The requested URL was not found on this server".
 */
const SERVER_404_DOCUMENT = /<title>404 not found<\/title>|the requested url was not found on this server/;
/** Every SERVER_404_DOCUMENT match contains one of these. */
const mayQuote404Document = anyWord('404 not found</', 'requested url was not');
/** A tunnel's error page (local.dev's "Tunnel Not Connected", ngrok's ERR_NGROK_ codes, localtunnel's "Tunnel Unavailable"). */
const TUNNEL_ERROR = /\btunnel (?:not connected|not found|unavailable)\b|\berr_ngrok_\d{1,5}\b/;
/** Every TUNNEL_ERROR match contains one of these. */
const mayShowTunnelError = anyWord('tunnel ', 'err_ngrok_');
/** The words the prefilters of computeSignals look up one at a time, their needles computed once. */
const W = {
  arrow: word('<-'),
  authori: word('authori'),
  buttonQuote: word('button "'),
  cannotBeReusedInATest: word('cannot be reused in a test'),
  conn: word('conn'),
  dashMain: word('- main'),
  didNotFindSomeOptions: word('did not find some options'),
  elementIsNotEnabled: word('element is not enabled'),
  elementIsNotVisible: word('element is not visible'),
  resolvedToHidden: word('resolved to hidden'),
  errorColon: word('error: '),
  expClaim: word('"exp" claim'),
  expired: word('expired'),
  failedToFetch: word('failed to fetch'),
  find: word('find'),
  heading403Forbidden: word('heading "403 forbidden"'),
  heading401AuthRequired: word('heading "401 authorization required"'),
  headingQuote: word('heading "'),
  httpsPort: word('https port'),
  httpsServer: word('https server'),
  impact: word('impact'),
  indexOf: word('index of /'),
  interceptsPointerEvents: word('intercepts pointer events'),
  inTo: word('in to '),
  listingFor: word('listing for /'),
  logIn: word('log in'),
  login: word('login'),
  malformedValue: word('malformed value'),
  matcherError: word('matcher error: '),
  msExceeded: word('ms exceeded'),
  navigatingTo: word('navigating to'),
  needToBe: word('need to be'),
  nFailed: word('n failed'),
  nlBrowserLogs: word('\nbrowser logs:'),
  nodeModules: word('node_modules'),
  notFound: word('not found'),
  notSupportedInBeforeall: word('not supported in "beforeall"'),
  packageJson: word('package.json'),
  pageDot: word('page.'),
  password: word('password'),
  phpOnLine: word('.php on line'),
  please: word('please '),
  publicBaseUrl: word('public base url'),
  resolvedTo: word('resolved to'),
  serverResponse: word('server response'),
  signIn: word('sign in'),
  slashLog: word('/log'),
  slashSign: word('/sign'),
  spacedError: word(' error '),
  status: word('status'),
  statusCode: word('status code'),
  strictModeViolation: word('strict mode violation'),
  testEnded: word(': test ended'),
  testTimeoutOf: word('test timeout of'),
  textbox: word('textbox'),
  textboxQuote: word('textbox "'),
  timedOut: word('timed out '),
  timeoutColon: word('timeout:'),
  unexpectedValue: word('unexpected value "'),
  waitforurl: word('waitforurl'),
  waitingFor: word('waiting for'),
} as const;
/** LOGIN_HEADING */
const mayShowLoginHeading = (sg: BigramIndex) => sg.mayWord(W.headingQuote) && (sg.mayWord(W.signIn) || sg.mayWord(W.logIn) || sg.mayWord(W.login));
/** The map of an absent snapshot (every word of two or more characters is absent). */
const NO_SNAPSHOT = new BigramIndex('', 1);
/** A directory listing: a link to the project's own node_modules or package.json, or the listing's heading. */
const DIRECTORY_LISTING = /\/url: \/(?:node_modules|package\.json)\n|heading "(?:index of|directory listing for) \//;
const WRONG_SCHEME = /client sent an http request to an https server|plain http request was sent to https port/;
/** A JSON error body that says the route or record is not there (`"statusCode":404`, `"error":"Not Found"`). */
const API_NOT_FOUND = /\\?"(?:status(?:code)?|code|error)\\?"\s?:\s?(?:404\b|\\?"not found)/;
const BOT_CHECK = /verify(?:ing)? you are (?:a )?human|are you a robot|checking your browser|you have been blocked|attention required|we can't tell if you're a human|ray id:|unusual traffic from your|please verify yourself|verify yourself to continue/;
/** A line of the page that says a thing is not found (`text: "Project not found: demo"`); the thing is the first group. */
const THING_NOT_FOUND = /^[ \t]{0,40}- (?:text|paragraph|generic|alert|status)(?: \[ref=e\d{1,6}\])?: "?([a-z{}_-]{2,20}) not found\b/m;
/** What a route's 404 says is missing: those lines are a missing page, not a missing record. */
const PAGE_WORDS = new Set(['page', 'route', 'url', 'path', 'file', 'endpoint', '404', 'resource_not_found']);
/** A received value that is all a not-found page says: "404", "404 Not Found", "Page not found", "404 | This page could not be found." */
const NOT_FOUND_VALUE = /^\s{0,4}"?(?:(?:error )?404(?:\s{0,3}[-:|–—]?\s{0,3}(?:page not found|not found|this page could not be found\.?))?|(?:page )?not found|this page could not be found\.?)"?\s{0,4}$/i;
/** Matchers that read a text or the title. */
const TEXT_MATCHERS = new Set(['toHaveText', 'toContainText', 'toHaveTitle']);
/** A lower-cased snapshot that is one bare "Not Found" line (a text, a generic, a paragraph or a heading). */
const BARE_NOT_FOUND = /^- (?:(?:text|generic|paragraph)(?: \[ref=e\d{1,6}\])?: "?(?:404:? ?)?not found\.?"?|heading "(?:404:? ?)?not found\.?"(?: \[[a-z]{1,8}=[a-z0-9]{1,8}\]){0,3})$/;
/** The test expected the not-found text itself (a 404-page test): then a not-found page or value is not its failure. */
const expectsNotFound = (expected: string | undefined) => /404|not found/i.test(expected ?? '');
// Express's default 404 body is one line, "Cannot GET /path" (as the page's text or a `pre`); Go's net/http
// answers "404 page not found".
const NOT_FOUND_PAGE = /heading "404"|heading "[^"\n]{0,40}(?:page not found|not found|could not be found|does not exist|doesn(?:'|’)t exist)[^"\n]{0,40}"|this page could not be found|page you(?:'|’)re looking for (?:doesn't|does not|could not)|404 not found|text: ": not_found\b|(?:text|generic|paragraph)(?: \[(?:active|ref=e\d{1,6})\]){0,2}: (?:cannot get \/|404 page not found|"?error code: 404\b)/;
// PHP prints its warnings and errors into the page in place of what it was rendering ("Warning: Trying to access
// array offset on value of type null in /var/www/html/login.php on line 22", "Fatal error: Uncaught ...").
const PHP_ERROR_HEAD = /^[ \t]{0,40}(?:(?:text|generic|paragraph)(?: \[ref=e\d{1,6}\])?: )?"?(?:<b>)?(?:warning|fatal error|parse error|notice|deprecated)(?:<\/b>)?: /;

/** Whether a line of the (lower-cased) snapshot head is PHP's error output: it starts with PHP's level and names a `.php` file's line. */
function showsPhpError(head: string): boolean {
  for (let at = head.indexOf('.php on line '); at >= 0; at = head.indexOf('.php on line ', at + 1)) {
    const line = head.slice(head.lastIndexOf('\n', at) + 1, at);
    if (PHP_ERROR_HEAD.test(line)) return true;
  }
  return false;
}

// Next.js's dev overlay names its dialog "Unhandled Runtime Error", "Runtime Error", "Server Error" (a server
// component or route threw while rendering: the app's code, not a backend to restart) or "Build Error".
// Its build-error overlay may name the dialog nothing and say it in a heading ("Build Error", "Failed to compile").
// Next.js 15's default error page, where a route's rendering threw and no error.js caught it, is headed "This
// page couldn't load" (with a typographic apostrophe). An error boundary's "Something went wrong" in the
// languages of the corpus's apps ("Algo deu errado", "Algo salió mal", "Etwas ist schiefgelaufen", ...).
const APP_CRASHED = /unhandled runtime error|missing required error components|dialog "(?:runtime [a-z]{0,20}error|server error|build error)"|heading "(?:build error|failed to compile|this page couldn[’']t load)"|application error: a (?:client|server)-side exception|chunkloaderror|\[plugin:vite|something went wrong|dynamically imported module|algo (?:deu errado|salió mal|ha salido mal)|quelque chose s[’']est mal passé|etwas ist schief ?gelaufen|qualcosa è andato storto|что-то пошло не так|er is iets misgegaan|coś poszło nie tak|bir şeyler ters gitti/;
// A page that shows a JavaScript error by name in place of its content (`paragraph: "NotSupportedError: Not
// supported"`, an error boundary's message): the app broke. Not the network errors a page shows when its
// API is down (`TypeError: Failed to fetch`), which the backend rows read.
const ERROR_SCREEN = /(?:paragraph|text|heading)[^\n:]{0,40}: "?[a-z]{2,30}error: (?!failed to fetch|network|load failed|fetch failed)/;
/** A form refusing a value that must be unique: English, Rails, Spanish, Portuguese, French, German, Italian, Russian, Chinese. */
const RECORD_EXISTS = /already (?:exists?|been taken|taken|registered|in use)|ya (?:existe|está registrad[oa]|está en uso)|já (?:existe|está cadastrad[oa]|está em uso)|existe déjà|est déjà utilisée?|existiert bereits|bereits vergeben|già (?:esistente|in uso|registrat[oa])|уже (?:существует|зарегистрирован|занят)|已(?:存在|被注册|被占用)/;
/** Every RECORD_EXISTS match contains one of these. */
const mayShowRecordExists = anyWordIn('already', 'ya ', 'já ', 'déjà', 'bereits', 'già ', 'уже', '已');
// The app's own generic error message on the page, as its handler words it: the step failed inside the app.
const APP_ERROR_TEXT = /an? (?:(?:unexpected|unknown|internal)(?: [a-z]{1,12})? )?error (?:has )?occurred\b/;
/** APP_ERROR_TEXT in the languages of the corpus's apps ("حدث خطأ غير متوقع", "Ocurrió un error inesperado", "Ein Fehler ist aufgetreten", ...). */
export const APP_ERROR_TEXT_L10N = /حدث خطأ|(?<![a-z])(?:(?:ocurrió|se produjo|ha ocurrido) un error|ocorreu um erro|une erreur (?:inattendue )?(?:s'est produite|est survenue)|ein (?:unerwarteter )?fehler ist aufgetreten|es ist ein (?:unerwarteter )?fehler aufgetreten|si è verificato un errore|bir hata oluştu|er is een (?:onverwachte )?fout opgetreden|wystąpił (?:nieoczekiwany )?błąd)|произошла (?:непредвиденная )?ошибка|发生(?:了)?(?:意外|未知)?错误|エラーが発生しました|오류가 발생했습니다/;
const mayShowErrorL10n = anyWord('حدث خطأ', ' un error', 'um erro', 'une erreur', 'fehler ist', 'fehler aufgetreten', 'un errore', 'ошибка', '错误', 'エラーが', 'hata oluştu', 'fout opgetreden', ' błąd', '오류가');
const PAGE_SCRIPT_ERROR = /\bis not defined\b|\bis not a function\b|cannot read propert(?:y|ies) of (?:undefined|null)/;
/** A value the test read that is nothing: a count of 0, an empty string or list. */
const NOTHING_READ = /^\s{0,4}(?:0|""|''|\[\])\s{0,4}$/;
/** A whole value that is a loading placeholder: "Loading...", "Loading payment details…". */
const LOADING_VALUE = /^\s{0,4}"?(?:[▸►•·*]\s?)?(?:loading|cargando|carregando|chargement)\b[^\n.…"]{0,60}(?:\.\.\.|…)"?\s{0,4}$/i;
/** The loading words of LOADING_VALUE and STILL_LOADING (English, Spanish, Portuguese, French). */
const LOADING_WORD = /loading|cargando|carregando|chargement/i;
/**
 * An alert or status (a toast) whose text says the app's requests met a network error: axios's "Network
 * Error" and its translations. The UI's "Failed to fetch", in the words the app shows it.
 */
const NETWORK_ERROR_ALERT = /(?:^|\n)(?:alert|status)\b[^\n]{0,60}(?:network error|网络错误|網路錯誤|网络异常|error de red|erro de rede|erreur réseau|erreur de réseau|netzwerkfehler|errore di rete|ошибка сети|ネットワークエラー|네트워크 오류)/i;
// Or an element whose whole text is that error (axios's message shown as it is: `paragraph: Network Error`).
const NETWORK_ERROR_TEXT = /^(?:paragraph|text|generic|strong)(?: \[[^\]\n]{1,20}\]){0,3}: "?(?:network error|网络错误|網路錯誤|网络异常|error de red|erro de rede|erreur réseau|erreur de réseau|netzwerkfehler|errore di rete|ошибка сети|ネットワークエラー|네트워크 오류)[.!]?"?[ \t]*$/im;
const NETWORK_WORD = /network|网络|網路|red\b|rede\b|réseau|netzwerk|rete\b|сети|ネットワーク|네트워크/i;
const mayShowNetworkError = anyWord('network error', '网络错误', '網路錯誤', '网络异常', 'error de red', 'erro de rede', 'erreur réseau', 'erreur de réseau', 'netzwerkfehler', 'errore di rete', 'ошибка сети', 'ネットワークエラー', '네트워크 오류');
const mayShowLoading = anyWordIn('loading', 'cargando', 'carregando', 'chargement', 'waking up');
// "Loading...", "Loading Design Studio...", "Loading articles": the app's own placeholder while it fetches.
// A free host's cold-start page ("Service waking up ...") is the same wait, before the app is even there.
// The placeholder is what the element says (after a glyph or a clock time at most): a log line that tells
// of a loading step ("[10:53:20] SYS: Loading WebGL pipelines...", "supervisor_metrics loading...") is not one.
const STILL_LOADING = /^[a-z]+(?: \[[^\]\n]{1,40}\]){0,3}(?:: "?| ")(?:[^\w\s"] )?(?:\d{1,2}:\d{2}(?::\d{2})? )?(?:loading|cargando|carregando|chargement)(?:(?: [a-z]{1,20}){0,3}(?:\.\.\.|…)| articles| tags| data| content)|service waking up/m;
const LOGIN_PROMPT = /(?:sign|log) ?in to (?:your (?:[a-z]{1,20} )?account|continue|view|access|manage|see)|you need to be (?:logged|signed) in|please (?:log|sign) in/;
/** The login form's button still says it is signing in ("Signing in...", "Logging in…"): the request was in flight. */
// And its translations: autenticando / entrando / iniciando sesión / ingresando (pt, es), connexion en cours,
// wird angemeldet / anmeldung läuft, accesso in corso, 正在登录 / 登录中, ログイン中, 로그인 중, выполняется вход,
// giriş yapılıyor, logowanie, bezig met inloggen, đang đăng nhập.
const SUBMIT_IN_FLIGHT = /button "(?:signing|logging) (?:in|on)(?:\.\.\.|…)"|button "(?:authenticating|verifying|autenticando|entrando|iniciando sesión|ingresando|connexion en cours|wird angemeldet|anmeldung läuft|accesso in corso|正在登录|登录中|ログイン中|로그인 중|выполняется вход|вход|giriş yapılıyor|logowanie|bezig met inloggen|đang đăng nhập)(?:\.\.\.|…)"/;
/** Every SUBMIT_IN_FLIGHT match contains one of these. */
const mayShowSubmitting = anyWord('signing', 'logging', 'authenticating', 'verifying', 'autenticando', 'entrando', 'iniciando sesión', 'ingresando', 'connexion en cours', 'wird angemeldet', 'anmeldung läuft', 'accesso in corso', '正在登录', '登录中', 'ログイン中', '로그인 중', 'вход', 'giriş yapılıyor', 'logowanie', 'bezig met inloggen', 'đang đăng nhập');
/** A test's login helper that says it failed (its own error, not Playwright's). */
const LOGIN_THREW = /\b(?:authentication|login|log-in|sign-?in) failed\b/;
/**
 * The expected side of a printed diff (`- Expected` / `+ Received`, as toEqual and toMatchObject print it): its
 * lines less the received ones, from the first 4,000 characters after the header.
 */
function diffExpectedSide(lower: string): string {
  const at = lower.indexOf('- expected');
  if (at < 0) return '';
  return lower
    .slice(at + '- expected'.length, at + 4000)
    .split('\n')
    .filter((l) => !l.startsWith('+'))
    .join('\n');
}

/** The app or its identity provider refusing for the number of tries: the account or client is rate-limited. */
const RATE_LIMITED = /too many (?:failed |login |sign-?in )?(?:attempts|requests)|\brate[ -]limit(?:ed| exceeded)\b/;
/** Every RATE_LIMITED match contains one of these. */
const mayBeRateLimited = anyWord('too many', 'rate limit', 'rate-limit');
// A bare "Login failed" names no credential (the server may be down or the form broken): only with a 401 beside it.
const CREDENTIALS_REJECTED = /do not match any user|invalid (?:username|password|credentials|login|[a-z]{1,12}(?: [a-z]{1,12})? or password)|нев[іе]рн[ыи][йі] [^\n]{0,24}пароль|(?:账号|用户名)或密码错误|identifiants (?:invalides|incorrects)|mot de passe incorrect|credenciales (?:inválidas|incorrectas)|contraseña incorrecta|credenciais inválidas|senha incorreta|(?:e-?mail|usuário|usuario|login|cpf) (?:e|ou) senha (?:inválid[oa]s?|incorret[oa]s?)|(?:e-?mail|correo(?: electrónico)?|usuario) (?:o|y) contraseña (?:incorrect[oa]s?|inválid[oa]s?|no válid[oa]s?)|incorrect (?:username|password|email)|wrong password|user not found|usuario no encontrado|login failed\b[^\n]{0,80}\b401\b|mật khẩu không (?:chính xác|đúng)|sai (?:tên đăng nhập|tài khoản|mật khẩu)|ungültige (?:anmeldedaten|zugangsdaten)|(?:falsches|ungültiges) (?:passwort|kennwort)|(?:benutzername|e-mail-adresse|e-mail) oder (?:passwort|kennwort) (?:ist )?(?:falsch|ungültig)|credenziali non valide|password errata|(?:nome utente|email) o password (?:errat[ia]|non valid[ia])|ongeldige (?:inloggegevens|gebruikersnaam)|onjuist wachtwoord|(?:gebruikersnaam|e-mailadres) of wachtwoord (?:is )?onjuist|nieprawidłow[ey] (?:hasło|login|dane logowania)|błędne hasło|(?:kullanıcı adı|e-posta) veya şifre (?:hatalı|yanlış)|(?:hatalı|yanlış) şifre|geçersiz kimlik bilgileri|パスワードが(?:間違って|正しくありません|違います)|비밀번호가 (?:일치하지|올바르지|틀렸)|(?:שם משתמש|אימייל|דוא"ל) או סיסמה (?:שגויים|שגויה|לא נכונ(?:ים|ה))|סיסמה שגויה|פרטי (?:ה)?התחברות שגויים|(?:اسم المستخدم|البريد الإلكتروني) أو كلمة المرور (?:غير صحيح(?:ة)?|خاطئ(?:ة)?)|كلمة المرور (?:غير صحيحة|خاطئة)|بيانات الاعتماد غير صالحة/;
/** Every CREDENTIALS_REJECTED match contains one of these. */
const mayRejectCredentials = anyWordIn('do not match', 'invalid', 'incorrect', 'wrong password', 'user not found', 'usuario no', 'login failed', 'нев', '密码错误', 'identifiants', 'credenciales inv', 'credenciais inv', 'senha incorreta', ' senha ', ' contraseña ', 'mật khẩu', 'sai ', 'ungültig', 'falsch', 'credenziali', 'password errat', 'o password', 'ongeldige', 'onjuist', 'nieprawidłow', 'błędne', 'şifre', 'geçersiz', 'パスワード', '비밀번호', 'סיסמה', 'פרטי', 'كلمة المرور', 'بيانات الاعتماد');
/** Something other than whitespace: a snapshot of spaces only is no snapshot at all. */
const NOT_SPACE = /\S/;
/** A text box holding a value (`textbox "Phone": 0987654321`, `textbox: admin`). */
const TYPED_BOX = /textbox(?: "[^"\n]{0,60}")?(?: \[[^\]\n]{1,20}\]){0,3}: \S/;
// The user or password box of the sign-in form holds a value: the test typed its credentials. Newer
// snapshots put `[ref=e12]` (and `[active]`, `[cursor=pointer]`) between the name and the value.
// The box's name in other languages too: 이메일 / 비밀번호 / 아이디, 邮箱 / 密码 / 用户名 / 账号, メール / パスワード,
// пароль / почта / логин, البريد / كلمة المرور, Passwort / Kennwort / Benutzer, mot de passe / courriel /
// identifiant, şifre / parola / e-posta, hasło, wachtwoord / gebruikersnaam, mật khẩu, kata sandi.
const CREDENTIALS_BOX = /textbox "[^"\n]{0,60}(?:e-?mail|user|login|correo|usuario|password|senha|contrase|@|이메일|비밀번호|아이디|邮箱|密码|用户名|账号|メール|パスワード|пароль|почт|логин|البريد|كلمة المرور|passwort|kennwort|benutzer|mot de passe|courriel|identifiant|şifre|parola|e-posta|hasło|wachtwoord|gebruikersnaam|mật khẩu|kata sandi|סיסמה|שם משתמש|אימייל)[^"\n]{0,30}"(?: \[[^\]\n]{1,20}\]){0,3}:( \S)?/gi;

/**
 * Whether the page (lower-cased) shows `expected` (an assertion's expected text, or a regex's source): its
 * literal head, up to the first regex operator, of eight characters or more.
 */
function expectedShown(expected: string, snapshot: string): boolean {
  const lowered = unquote(expected).toLowerCase();
  const body = lowered.startsWith('/') ? lowered.slice(1) : lowered;
  const cut = body.search(REGEX_OPERATOR);
  const head = (cut === -1 ? body : body.slice(0, cut)).trim();
  return head.length >= 8 && snapshot.includes(head);
}
/** Where a regex source stops being literal text. */
const REGEX_OPERATOR = /[.*+?^$|()[\]{}\\]/;

/**
 * Whether a user or password box of the snapshot holds a value. On its line (`textbox "Email": ada@x.com`),
 * or, for a box with a placeholder, as a `- text: ...` child: a line under it, indented deeper, after at
 * most its `- /placeholder:` line.
 */
export function credentialsTyped(snapshot: string): boolean {
  CREDENTIALS_BOX.lastIndex = 0;
  for (let m = CREDENTIALS_BOX.exec(snapshot); m !== null; m = CREDENTIALS_BOX.exec(snapshot)) {
    if (m[1] !== undefined) return true;
    const lineStart = snapshot.lastIndexOf('\n', m.index) + 1;
    const indent = indentOf(snapshot, lineStart);
    let at = snapshot.indexOf('\n', m.index);
    for (let child = 0; child < 2 && at >= 0; child++) {
      const start = at + 1;
      const depth = indentOf(snapshot, start);
      if (depth <= indent) break;
      // The line's first 9 characters after its indent: `- text: ` and the value's first one.
      const head = snapshot.slice(start + depth, start + depth + 9);
      if (head.startsWith('- text: ') && head.length > 8 && head[8] !== ' ') return true;
      if (!head.startsWith('- /placeh')) break;
      at = snapshot.indexOf('\n', start);
    }
  }
  return false;
}

function indentOf(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i - at;
}
// A test whose title or file names signing in, up or out (or registering) logs in by itself: landing on the
// login form is its own flow not going through, never a stored session gone stale. "Logged in" and "signed in"
// name a state the test starts from, so they do not count; nor does a bare "auth" ("the auth token",
// "authenticated user" name a signed-in test), only "authentication". Left bounded by a non-letter.
// A test of the session's persistence (it survives a reload; in Portuguese, Spanish and French too: "deve persistir a
// sessão após recarregar a página") lands on the login form as its own result too; a
// title that names an expired session says how the test starts, as "logged in" does, and does not count.
const SIGN_IN_TITLE = /(?<![a-z])(?:log(?:s|ging)?[ -]?(?:in|out)(?![a-z])|sign(?:s|ing)?[ -]?(?:in|up|out)(?![a-z])|regist(?:er|ration)(?![a-z])|authentication|(?:session|sessão|sessao|sesión|sesion)[^>\n]{0,40}(?:persist|reload|refresh|surviv|restor|recarreg|recarg|recharg|manter|mantén|manten)|(?:persist|keep|maintain|restor|manter|mantener|conserv)[a-z]{0,4} (?:the |user |auth |a |la |o )?(?:session|sessão|sessao|sesión|sesion))/;
/** At most this many title segments, each cut to TITLE_SEGMENT_CAP characters, are read (titles are the user's code, still bounded). */
const TITLE_SEGMENTS_CAP = 16;
const TITLE_SEGMENT_CAP = 300;

// A test whose title or file names a time or speed: an upper bound it asserts is a time budget.
const TIMING_TITLE = /(?<![a-z])(?:performance|perf|latency|budget|duration|response time|load(?:s|ing)? (?:time|within|in under|under)|paints?|speed|fast(?:er)?|slow(?:er)?|threshold|timings?|milliseconds|seconds|\d{1,6} ?(?:ms|s))(?![a-z])/;

/** Whether the test's own title path (file, describes, title; not the root or the project) names a time or speed. */
export function titleSaysTiming(titlePath: readonly string[] | undefined): boolean {
  return titleMatches(titlePath, TIMING_TITLE);
}

function titleMatches(titlePath: readonly string[] | undefined, re: RegExp): boolean {
  if (!Array.isArray(titlePath) || titlePath.length < 3) return false;
  const own = titlePath.slice(2, 2 + TITLE_SEGMENTS_CAP);
  return own.some((t) => typeof t === 'string' && re.test(t.slice(0, TITLE_SEGMENT_CAP).toLowerCase()));
}

/** Whether the test's own title (the title path's last segment, past the root and the project) matches `re`. */
function ownTitleMatches(titlePath: readonly string[] | undefined, re: RegExp): boolean {
  if (!Array.isArray(titlePath) || titlePath.length < 3) return false;
  const own = titlePath[titlePath.length - 1];
  return typeof own === 'string' && re.test(own.slice(0, TITLE_SEGMENT_CAP).toLowerCase());
}

/**
 * Whether the test's title path (Playwright's `titlePath()`: root, project, file, describes, title) names a
 * sign-in flow. The root and the project are skipped: a project named "authenticated" or "auth" says how the
 * tests start, not what they test.
 */
export function titleSaysSignIn(titlePath: readonly string[] | undefined): boolean {
  return titleMatches(titlePath, SIGN_IN_TITLE);
}
/** A test whose own title says it shows the sign-in page ("should display login page", "login form renders"). */
const LOGIN_PAGE_TITLE = /(?<![a-z])(?:display|show|render|load|visit|open|see)(?:s|ed|ing)?(?![a-z])[^>\n]{0,20}(?<![a-z])(?:login|log-in|sign[ -]?in)[ -]?(?:page|form|screen|view)(?![a-z])|(?<![a-z])(?:login|log-in|sign[ -]?in)[ -]?(?:page|form|screen) (?:loads|renders|displays|shows|is (?:displayed|visible|shown|rendered))(?![a-z])/;
/** The test's own title (the last segment) says the sign-in page is what it looks at: there, that page is no lost session. */
function titleShowsLoginPage(titlePath: readonly string[] | undefined): boolean {
  return ownTitleMatches(titlePath, LOGIN_PAGE_TITLE);
}
/** A test whose own title says it expects the sign-in to be refused ("should show error with invalid credentials", "rejects a wrong password"). */
const REFUSAL_TITLE = /(?<![a-z])(?:invalid|wrong|incorrect|bad|unknown|non-?existent|unregistered)[ -](?:credentials?|password|passwords|login|email|e-mail|user(?:name)?|account)(?![a-z])/;
/** The test's own title (the last segment) says a refused sign-in is what it checks: a refusal on the page is its expected state, not stale test data. */
function titleExpectsRefusal(titlePath: readonly string[] | undefined): boolean {
  return ownTitleMatches(titlePath, REFUSAL_TITLE);
}
// toHaveURL prints `Received string: "..."` against a pattern and `Received: "..."` against a string.
const LOGIN_URL_IN_TEXT = /(?:navigated to|received(?: string)?:)\s{0,4}"[^"\n]{0,300}\/(?:login|signin|sign-in)\b/;
// The HTTP client's own wording of a failed request, shown in a toast or alert (axios: "Request failed with status code 405").
const PAGE_ROUTE_STATUS = /request failed with status code (40[45]|50[0234])\b/;
// The last call-log steps of an action that was performed and then waited for the navigation it started.
const ACTION_DONE_STEPS = new Set(['performing click action', 'click action done', 'waiting for scheduled navigations to finish']);
const WRONG_ELEMENT = /element is not an? <|did not change its state|unknown attribute "|unexpected token "|is not a valid selector|not a checkbox or radio button|unknown engine "/;
/** Playwright's own words for a selector it could not parse (a JavaScript `Unexpected token` alone is not one). */
const SELECTOR_SYNTAX = /while parsing (?:css )?selector|unknown attribute "[^"\n]{1,40}", must be one of|is not a valid selector|unknown engine "/;
const HTTP_STATUSES = new Set([200, 201, 202, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504]);
const CONNECTION_REFUSED = /econnrefused|err_connection_refused|err_socket_not_connected|could not connect|ns_error_connection_refused|connection refused/;
/**
 * The browser's own "refused to connect" page where the app should be (Chrome's "This site can't be reached",
 * Edge's, in any language): the error code stands alone on a line of a short page.
 */
const REFUSED_PAGE = /\n[ ]{0,12}- (?:text|generic(?: \[ref=e\d{1,4}\])?): err_connection_refused\n/;
/** Longer pages are the app's own (an embedded frame's error page is no sign the app is down). */
const REFUSED_PAGE_MAX = 2000;
const CONNECTION_RESET = /err_connection_reset|econnreset|socket hang up|err_empty_response|ns_error_net_reset/;

/** The host the failing call went to (` at <url>` or `navigating to "<url>"` in the error's head) when it is a public one. */
function remoteHostOf(head: string): string | undefined {
  for (const marker of [' at http', 'navigating to "http']) {
    const at = head.indexOf(marker);
    if (at < 0) continue;
    const start = at + marker.length - 4;
    let end = start;
    while (end < head.length && !isRegexSpace(head.charCodeAt(end)) && head[end] !== '"') end++;
    let host: string;
    try {
      host = new URL(head.slice(start, end)).hostname;
    } catch {
      continue;
    }
    return isPrivateHost(host) ? undefined : host;
  }
  return undefined;
}

/** localhost, loopback, private ranges and single-label service names (docker compose, k8s): the suite's own machines. */
export function isPrivateHost(host: string): boolean {
  // IPv6 first: an address in brackets has no dot, and is not a service name.
  if (host.startsWith('[')) return host === '[::1]' || host.startsWith('[fc') || host.startsWith('[fd') || host.startsWith('[fe80');
  if (!host.includes('.') || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal')) return true;
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n))) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
}

const TIMED_OUT = /timeout \d+ms exceeded|timed out \d+ms waiting|test timeout of \d+ms exceeded/i;
const ELEMENT_NOT_FOUND = /element\(s\) not found|<element\(s\) not found>|no element(?:s)? found|failed to find element/i;
const ELEMENT_RESOLVED = /locator resolved to|unexpected value "/i;
const ZERO_RESOLVED = /locator resolved to 0 elements|unexpected value "\[\]"/i;
// Every SECURITY_TEXT match contains one of these words.
const hasSecurityWord = anyWord('content-security-policy', 'content security policy directive', 'x-frame-options', 'x-content-type-options', 'nosniff', 'strict-transport-security', 'frame-ancestors', 'xss', 'csrf', 'sql injection', 'leaked secret', 'exposed secret');
/**
 * The element the test asserted on says the app's own server is down ("Preview Server Offline",
 * "API unavailable"): the app's evidence of its backend, quoted in the received value.
 */
const SERVER_OFFLINE = /\b(?:server|backend|api|service)\b[^\n]{0,20}\b(?:offline|down|unavailable|unreachable|not running)\b/i;

/** `text` without the lines of stack frames (`    at fn (file:line)`). */
function withoutStackFrames(text: string): string {
  let out = '';
  for (const line of text.split('\n')) if (!line.trimStart().startsWith('at ')) out += line + '\n';
  return out;
}
const SECURITY_TEXT = /content-security-policy|content security policy directive|x-frame-options|x-content-type-options|nosniff|strict-transport-security|frame-ancestors|\bxss\b|csrf|sql injection|leaked secret|exposed secret/;

function httpStatus(v: string | undefined): number | undefined {
  const n = v && /^\d{3}$/.test(v) ? Number(v) : NaN;
  return HTTP_STATUSES.has(n) ? n : undefined;
}

function isApiUrl(r: EvidenceResponse): boolean {
  return /\/api\/|\/graphql\b|\/v\d+\//i.test(r.url) || r.method.toUpperCase() !== 'GET';
}

/** Reads that count what a locator matches: 0 from them means the locator matches nothing. */
const COUNT_READS = ['.count()', '.all()).length', '.allTextContents()).length', '.allInnerTexts()).length', '.elementHandles()).length'];

/** Whether the code frame's failing line (`> 12 |`) asserts on a count read through a locator. */
export function countsThroughLocator(snippet: string | undefined): boolean {
  if (!snippet || !snippet.includes('expect')) return false;
  for (const { line } of linesAt(snippet)) {
    if (!line.trimStart().startsWith('>')) continue;
    const code = line.slice(line.indexOf('|') + 1);
    return code.includes('expect(') && COUNT_READS.some((r) => code.includes(r));
  }
  return false;
}

// Prefilters of the checks in computeSignals: every match of the regex named contains one of the words.
/** ELEMENT_NOT_FOUND */
/** Every navigation-timeout match contains one of these words. */
const mayTimeOutNavigating = anyWordIn('.goto: ', '.reload: ');
const mayNotFindElement = anyWord('(s) not found', 'no element', 'find element');
/** CONNECTION_RESET */
const mayBeReset = anyWordIn('reset', 'hang up', 'empty_response');
/** SESSION_TEXT */
const maySaySession = anyWordIn('session', 'not logged in', 'login required', 'authenticated');
/** PAGE_SCRIPT_ERROR */
const mayShowScriptError = anyWord('is not defined', 'is not a function', 'cannot read propert');
/** WRONG_ELEMENT */
const mayBeWrongElement = anyWord('element is not a', 'did not change its state', 'unknown attribute "', 'unexpected token "', 'is not a valid selector', 'not a checkbox', 'unknown engine');
/** ACTION_DONE_STEPS */
const mayEndWithAction = anyWord('performing click action', 'click action done', 'scheduled navigations');

const NO_RESPONSES: EvidenceResponse[] = [];
const NO_TEXTS: string[] = [];

const JS_ERROR = /cannot read propert(?:y|ies) of (?:undefined|null)|is not a function|is not defined\b|unexpected token|uncaught (?:\w+)?error|(?:page|script|console) errors?\b/i;
/** Every JS_ERROR match contains one of these words. */
const mayQuoteJsError = anyWord('cannot read propert', 'is not a function', 'is not defined', 'unexpected token', 'uncaught', 'page error', 'script error', 'console error');

/** Words an empty snapshot is made of, besides whitespace and list dashes. */
const EMPTY_SNAPSHOT_WORDS = ['document', '```', 'yaml'];

/** The most of a snapshot that can be a blank page (a spinner is one or two lines). */
const BLANK_PAGE_MAX = 400;
/** A snapshot line that shows nothing to read: an image or an empty container, with its flags. No landmark: `main` or `complementary` is a rendered layout. */
const TEXTLESS_LINE = /^\s{0,40}-\s{0,4}(?:img|generic|document|progressbar|status|alert)(?:\s{0,4}\[[^\]\n]{0,30}\]){0,4}:?\s{0,4}$/;

/** A line of a page's empty shell: a container, or the live regions frameworks keep mounted (Next.js's route announcer is an empty `alert`; sonner's and Radix's toasts a "Notifications ..." region). Lower-cased snapshot. */
const SHELL_LINE = /^\s{0,40}-\s{0,4}(?:generic|document|status|alert|region "notifications[^"\n]{0,30}")(?:\s{0,4}\[[^\]\n]{0,30}\]){0,4}:?\s{0,4}$/;
const SHELL_PORTAL = /^\s{0,40}-\s{0,4}(?:alert|region "notifications)/;

/** The button Next.js's dev server puts on every page it serves (with its icon below it): the framework's, never the app's. */
const DEV_TOOLS_BUTTON = /^\s{0,40}-\s{0,4}button "open next\.js dev tools"/i;

/**
 * The non-blank lines of a (short) snapshot when every one of them matches `shape`, else undefined. The
 * Next.js dev tools button and the lines nested under it are left out: the dev server shows it on a page
 * that rendered nothing.
 */
function linesAllOf(snapshot: string, shape: RegExp): string[] | undefined {
  const lines: string[] = [];
  let skipBelow = -1;
  for (const line of snapshot.split('\n')) {
    if (line.trim() === '') continue;
    const indent = line.length - line.trimStart().length;
    if (skipBelow >= 0 && indent > skipBelow) continue;
    skipBelow = -1;
    if (DEV_TOOLS_BUTTON.test(line)) {
      skipBelow = indent;
      continue;
    }
    if (!shape.test(line)) return undefined;
    lines.push(line);
  }
  return lines;
}

/** Whether every line of a (short, lower-cased) snapshot is a SHELL_LINE, one of them a route announcer or notifications region: a page that rendered nothing of its own. */
const showsShellOnly = (snapshot: string): boolean => !!linesAllOf(snapshot, SHELL_LINE)?.some((line) => SHELL_PORTAL.test(line));

/** Whether every line of a (short) snapshot is a TEXTLESS_LINE, and there is one: a page that rendered no text. */
const showsNoText = (snapshot: string): boolean => (linesAllOf(snapshot, TEXTLESS_LINE)?.length ?? 0) > 0;

/** The page's `main` landmark line (its flags, a trailing colon when it has children); group 1 is its indentation. */
const MAIN_LINE = /^([ \t]{0,40})- main(?:\s{0,4}\[[^\]\n]{0,30}\]){0,4}:?[ \t]{0,4}$/;

/**
 * Whether the page has a `main` landmark and every line under it is a TEXTLESS_LINE (a spinner image, empty
 * containers) or there is none: the layout rendered and its content did not. Read line by line from the top.
 */
function mainIsEmpty(snapshot: string): boolean {
  for (let at = snapshot.indexOf('- main'); at >= 0; at = snapshot.indexOf('- main', at + 1)) {
    const start = snapshot.lastIndexOf('\n', at) + 1;
    let end = snapshot.indexOf('\n', at);
    if (end < 0) end = snapshot.length;
    const m = MAIN_LINE.exec(snapshot.slice(start, end));
    if (!m) continue;
    const indent = (m[1] as string).length;
    // The lines under it, read in place until one that is not indented deeper.
    while (end < snapshot.length) {
      const from = end + 1;
      end = snapshot.indexOf('\n', from);
      if (end < 0) end = snapshot.length;
      const line = snapshot.slice(from, end);
      if (line.trim() === '') continue;
      if (line.length - line.trimStart().length <= indent) break;
      if (!TEXTLESS_LINE.test(line)) return false;
    }
    return true;
  }
  return false;
}

/** Whether the snapshot has something besides whitespace, dashes and the words above: the hand form of `s.replace(/[\s-]|document|```|yaml/g, '').length > 0`. */
export function hasContent(snapshot: string): boolean {
  let i = 0;
  next: while (i < snapshot.length) {
    const c = snapshot.charCodeAt(i);
    if (c === 0x2d || isRegexSpace(c)) {
      i++;
      continue;
    }
    for (const w of EMPTY_SNAPSHOT_WORDS) {
      if (snapshot.startsWith(w, i)) {
        i += w.length;
        continue next;
      }
    }
    return true;
  }
  return false;
}

/**
 * `message.includes(head)`, cheaper in the two usual cases: the stack repeats the message from its first
 * character, or the message lacks even the head's first characters (a 200-character search pattern costs
 * a table build on every call).
 */
function containsHead(message: string, head: string): boolean {
  if (message.startsWith(head)) return true;
  return message.includes(head.slice(0, 16)) && message.includes(head);
}

/** How far a CSI escape sequence reads past its ESC: `ESC [`, 32 parameters, 4 intermediates, the final byte. */
const CSI_READ = 39;
/** What stripping the failure's message saw of its escapes: one object, rewritten for every failure. */
const MESSAGE_ESCAPES: EscapeNote = { osc: false, closed: true };

/**
 * The stack without its colours, or '' when its first 200 characters are already in the message (most
 * stacks are the message followed by frames). When the raw stack starts with the raw message, the message
 * has no OSC sequence (one can read 2,048 characters ahead) and 239 characters or more once stripped, the
 * stack's stripped head is the message's own: every escape that starts before it reads at most CSI_READ
 * characters, all of them inside the message, so it is read the same in both. The stack is then never
 * stripped. When the raw stack starts with the raw message and every escape of the message ends inside it
 * (escapesEndWithin), only the part after the message is stripped: the message is already. `note` is what
 * stripping the message saw of its escapes (stripAnsiNoting with CSI_READ), so they are not read again.
 */
export function stackBeyondMessage(rawMessage: string, message: string, rawStack: string | undefined, note: EscapeNote = { osc: rawMessage.includes('\u001b]'), closed: escapesEndWithin(rawMessage, CSI_READ) }): string {
  if (!rawStack) return '';
  // `startsWith` of one long string by another costs several times this compare in V8.
  const repeats = rawStack.slice(0, rawMessage.length) === rawMessage;
  if (message.length >= 200 + CSI_READ && repeats && !note.osc) return '';
  if (repeats && note.closed) {
    // The stripped stack is the message and the rest stripped: only the rest needs the work.
    if (message.length >= 200) return '';
    const rest = stripAnsi(rawStack.slice(rawMessage.length));
    return rest === '' ? '' : message + rest;
  }
  const stack = stripAnsi(rawStack);
  return stack && !containsHead(message, stack.slice(0, 200)) ? stack : '';
}

const is5xx = (n: number) => n >= 500 && n <= 599;
/** How much of the message is the failing call's own error (its first lines). */
const CALL_HEAD = 400;
/** The most of a snapshot that is only a refusal message. */
const UNAUTHORIZED_PAGE_MAX = 300;
/** A page that says the user is not authorised (401), not that a role is missing ("forbidden"). */
const UNAUTHORIZED_PAGE = /\b(?:unauthori[sz]ed|not authori[sz]ed)\b/;
const SESSION_TEXT = /invalid session|session (?:is )?invalid|session (?:has )?expired|session not found|not logged in|login required|not authenticated|unauthenticated/;
const TOKEN_EXPIRED = /jwt expired|token (?:has )?expired|expired (?:access |auth )?token|tokenexpirederror|invalid_token.{0,40}expired|"exp" claim/;

/** Whether `re` matches `lower` somewhere else than in the test's own expected value (a test that expects "Session expired" proves nothing). */
function saysOutsideExpected(re: RegExp, lower: string, expected: string | undefined): boolean {
  if (!re.test(lower)) return false;
  if (expected === undefined) return true;
  const exp = expected.toLowerCase();
  if (!re.test(exp)) return true;
  const at = lower.indexOf(exp);
  return at < 0 || re.test(lower.slice(0, at) + lower.slice(at + exp.length));
}

const hostOf = (url: string | undefined): string | undefined => {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
};

/** A request of the page itself (heal-evidence) was refused by the page's own host or a private one. */
function pageRequestRefused(evidence: FailureInput['evidence'] & object): boolean {
  const failed = evidence.failedRequests;
  if (!Array.isArray(failed) || failed.length === 0) return false;
  const pageHost = hostOf(evidence.lastUrl);
  return failed.some((f) => {
    if (!f || typeof f.errorText !== 'string' || !CONNECTION_REFUSED.test(f.errorText.toLowerCase())) return false;
    const host = hostOf(f.url);
    return host !== undefined && (host === pageHost || isPrivateHost(host));
  });
}

/** The URLs the failing call names: `→ GET <url>` call-log lines, ` at <url>`, `navigating to "<url>"`. */
function calledUrls(text: string): string[] {
  const urls = extractRequests(text).map((r) => r.url);
  for (const m of text.matchAll(/(?: at |navigating to ")(https?:\/\/[^\s"]{1,2048})/g)) if (m[1]) urls.push(m[1]);
  return urls;
}

/**
 * Whether every 5xx came from a public host the suite does not run: the evidence's 5xx responses are on
 * public hosts other than the page's, and the text's 5xx (call log, toBeOK) name only public URLs. A 5xx
 * with no URL at all is not known to be remote.
 */
function serverErrorsAreRemote(text: string, responses: EvidenceResponse[], lastUrl: string | undefined): boolean {
  const pageHost = hostOf(lastUrl);
  for (const r of responses) if (is5xx(r.status) && !isRemote(r.url, pageHost)) return false;
  if (extractHttpStatuses(text).some(is5xx)) {
    const urls = calledUrls(text);
    if (urls.length === 0) return false;
    for (const url of urls) if (!isRemote(url, pageHost)) return false;
  }
  return true;
}

/** A URL on another host than the page's, and not a private one. */
function isRemote(url: string, pageHost: string | undefined): boolean {
  const host = hostOf(url);
  return host !== undefined && host !== pageHost && !isPrivateHost(host);
}

/**
 * The snapshot's head without list markers (snapshotHead), worked out on first use: most failures need
 * none. An object rather than a closure, so no function is made per failure.
 */
class LazyHead {
  private head: string | undefined;
  constructor(private readonly snapshot: string) {}
  get(): string {
    return (this.head ??= snapshotHead(this.snapshot, 4000));
  }
}

function helperNotFoundOf(messageLower: string): 'control' | 'option' | undefined {
  const m = HELPER_NOT_FOUND.exec(messageLower);
  if (!m) return undefined;
  return m[1] === 'option' || /\boption\b/.test(m[0]) ? 'option' : 'control';
}

/** The page says a record is not found ("Notebook not found", "{resource} not found"), and it is not a 404 page. */
function recordNotFoundIn(snapshotHead: string): boolean {
  const m = THING_NOT_FOUND.exec(snapshotHead);
  return m !== null && !PAGE_WORDS.has(m[1] as string) && !NOT_FOUND_PAGE.test(snapshotHead);
}

/** The last step of the first call log (`- performing click action`), without its marker; undefined without one. */
function lastCallLogStep(text: string): string | undefined {
  let inLog = false;
  let last: string | undefined;
  for (const line of splitLines(text)) {
    const t = line.trim();
    if (!inLog) {
      inLog = t === 'Call log:';
      continue;
    }
    if (t === '') continue;
    if (!t.startsWith('- ')) break;
    last = t.slice(2).trim();
  }
  return last;
}

/** The first status of a printed list of them (`[200, 503]`), when the whole value is one. */
function firstListedStatus(v: string | undefined): number | undefined {
  const m = v !== undefined && v.length < 80 ? STATUS_LIST.exec(v) : null;
  return m ? httpStatus(m[1]) : undefined;
}
const STATUS_LIST = /^\[\s{0,4}(\d{3})(?:\s{0,4},\s{0,4}\d{3}){0,9}\s{0,4},?\s{0,4}\]$/;

function pageStatusOf(snapshotHead: string): number | undefined {
  const m = PAGE_ROUTE_STATUS.exec(snapshotHead);
  return m ? Number(m[1]) : undefined;
}

/** Derives {@link Signals} from one failure. Pure. */
export function computeSignals(raw: FailureInput): Signals {
  const input = capFailureInput(raw);
  const message = stripAnsiNoting(input.message ?? '', CSI_READ, MESSAGE_ESCAPES);
  const stack = stackBeyondMessage(input.message ?? '', message, input.stack, MESSAGE_ESCAPES);
  const text = stack ? `${message}\n${stack}` : message;
  const evidence = input.evidence ?? {};
  const responses = Array.isArray(evidence.responses) ? evidence.responses.filter((r) => r && typeof r.status === 'number') : NO_RESPONSES;
  const bodies = responses.length ? responses.map((r) => `${r.status} ${r.statusText ?? ''} ${r.bodySnippet ?? ''}`).join('\n') : '';
  const pageErrors = evidence.pageErrors ?? NO_TEXTS;
  const consoleErrors = evidence.consoleErrors ?? NO_TEXTS;
  const browserErrors = pageErrors.length === 0 ? consoleErrors : consoleErrors.length === 0 ? pageErrors : [...pageErrors, ...consoleErrors];
  const extra = browserErrors.join('\n');
  const lower = `${text}\n${bodies}\n${extra}`.toLowerCase();
  const snapshot = (input.pageSnapshot ?? '').toLowerCase();
  // The same prefilter for the page checks: every word below is looked up in the snapshot's own map.
  const sg = snapshot.length > 0 ? new BigramIndex(snapshot, 1) : NO_SNAPSHOT;
  // Prefilters: a literal every match contains, looked up in the bigram map of the lower-cased text, spares
  // most regex scans and includes() (the map is a superset of text, messageLower and the evidence).
  const g = new BigramIndex(lower);

  // extractHttpStatuses finds none without an arrow, the word "status" or "server response"; the map answers for all but the arrow ←.
  const statuses = g.mayWord(W.status) || g.mayWord(W.arrow) || g.mayWord(W.serverResponse) || text.includes('←') ? extractHttpStatuses(text) : [];
  for (const r of responses) statuses.push(r.status);

  const values = extractExpectedReceived(text);
  const matcher = extractMatcher(text);
  const locator = extractLocator(text);
  // A secret field's value (toHaveValue on getByLabel('Password')) never reaches a triage reason.
  const secretField = locator !== undefined && (values.expected !== undefined || values.received !== undefined) && isSecretField(locator);
  const expected = secretField && values.expected !== undefined ? placeholderFor('PASSWORD') : values.expected;
  const received = secretField && values.received !== undefined ? placeholderFor('PASSWORD') : values.received;
  // "Tearing down "context" exceeded the test timeout of 30000ms." is the same timeout, worded from the fixture's side.
  const testTimeout = (g.mayWord(W.testTimeoutOf) && /test timeout of \d+ms exceeded|exceeded the test timeout of \d+ms/i.test(text)) || (g.mayWord(W.testEnded) && text.includes(': Test ended'));
  const waitedForLocator = (g.mayWord(W.waitingFor) && /waiting for (?:getBy\w+|locator|frameLocator|expect\()/i.test(text)) || someLineStartsWith(text, 'Locator:');
  const timedOut = ((g.mayWord(W.msExceeded) || g.mayWord(W.timedOut)) && TIMED_OUT.test(text)) || (g.hasWord(W.timeoutColon) && !!matchLine(text, /^Timeout: \d+ms/i));
  // The snapshot's top without list markers, read line by line (a /^\s*-\s*/gm replace is quadratic-looking).
  // The snapshot's head is built only for the checks that need it (most failures need none).
  const head4k = new LazyHead(snapshot);
  const elementNotFound = mayNotFindElement(g) && ELEMENT_NOT_FOUND.test(text);
  const loginUrl = typeof evidence.lastUrl === 'string' && /\/(?:login|signin|sign-in|auth)(?:[/?#]|$)/i.test(evidence.lastUrl);
  // "resolved to 0 elements" (a list locator on the wrong page) found nothing.
  const elementFound = (g.mayWord(W.resolvedTo) || g.mayWord(W.unexpectedValue)) && ELEMENT_RESOLVED.test(text) && !ZERO_RESOLVED.test(text);
  const textLower = lower.slice(0, text.length);
  // The new page checks read the top of the page only (what a user sees first; keeps triage cheap).
  const snapHeadRaw = snapshot.slice(0, 4000);
  // Browser launch logs list command-line flags: never read them as app text.
  const logsAt = g.mayWord(W.nlBrowserLogs) ? textLower.indexOf('\nbrowser logs:') : -1;
  const messageLower = logsAt >= 0 ? textLower.slice(0, logsAt) : textLower;
  // A wait or an element lookup gave up with the page at hand: what the page shows may be why.
  const pageGaveUp = snapshot.length > 0 && (elementNotFound || timedOut);
  const botCheck = (pageGaveUp && mayShowBotCheck(sg) && head4k.get().length > 0 ? BOT_CHECK.exec(head4k.get())?.[0] : undefined) ?? (sg.hasWord(W.heading403Forbidden) && head4k.get().length < 600 ? '403 forbidden' : undefined) ?? (sg.hasWord(W.heading401AuthRequired) && head4k.get().length < 600 ? '401 authorization required (the host asks for HTTP credentials)' : undefined);
  // Playwright puts the failing call's error on the first lines.
  const head = messageLower.slice(0, 240);
  // Assertion failures (expect(...)) never carry these; skipping them keeps triage cheap.
  const envMatch = head.includes('expect(') || !mayBeEnvironment(g, head) ? undefined : ENVIRONMENT.exec(head)?.[0];
  // A test timeout aborts the navigation and closes the page: those words are then its consequence, not the cause.
  const envAfterTimeout = testTimeout && envMatch !== undefined && /aborted|closed|interrupted/.test(envMatch);
  // An action that kept retrying against an element that took its pointer events (an overlay).
  const retriedIntercepted = g.mayWord(W.interceptsPointerEvents) && messageLower.includes('intercepts pointer events') && messageLower.includes('retrying');
  // The page closed under such a click: the test's time ran out mid-action (its timeout line is not in this
  // error), the overlay is the cause.
  const closedWhileIntercepted = envMatch !== undefined && envMatch.endsWith('closed') && retriedIntercepted;
  // Refused: nothing listens (the app is down). Reset / hang-up / empty response: something answered and
  // dropped the connection, which on a remote public host is a proxy, WAF or the network, never a redeploy.
  // The failing call's own error (the message's head), never a value or a page text further down.
  const callHead = messageLower.slice(0, CALL_HEAD);
  // Every CONNECTION_REFUSED match holds "conn".
  const refusedPage = snapshot.length > 0 && snapshot.length <= REFUSED_PAGE_MAX && snapshot.includes('err_connection_refused') && REFUSED_PAGE.test(`\n${snapshot}\n`);
  const refused = (g.mayWord(W.conn) && callHead.includes('conn') && CONNECTION_REFUSED.test(callHead)) || pageRequestRefused(evidence) || refusedPage;
  const reset = mayBeReset(g, callHead) && CONNECTION_RESET.test(callHead);
  const remoteReset = !refused && reset ? remoteHostOf(head) : undefined;
  // The server answered a plain-HTTP request on its HTTPS port (Go's and nginx's wordings): the base URL's scheme is wrong.
  const wrongScheme = snapshot.length > 0 && snapshot.length < 600 && (sg.mayWord(W.httpsServer) || sg.mayWord(W.httpsPort)) && WRONG_SCHEME.test(head4k.get()) ? 'plain HTTP sent to an HTTPS server (the base URL scheme)' : undefined;
  // Vite's dev server answering a URL outside its `base` ("The server is configured with a public base URL of /app/").
  const wrongBase = snapshot.length > 0 && snapshot.length < 600 && sg.mayWord(W.publicBaseUrl) && snapshot.includes('the server is configured with a public base url of') ? 'the dev server serves the app under another base URL (the suite\'s baseURL is wrong)' : undefined;
  // A static file server listing the project's folder (`serve`, http-server, Python's http.server) where the app should be.
  const dirListing = snapshot.length > 0 && !elementFound && (sg.mayWord(W.nodeModules) || sg.mayWord(W.packageJson) || sg.mayWord(W.indexOf) || sg.mayWord(W.listingFor)) && DIRECTORY_LISTING.test(snapshot) ? "a static file server lists the project's folder where the app should be (the suite's baseURL or webServer command is wrong)" : undefined;
  // A tunnel's own error page where the app should be (the page's title or text, or the value the test read).
  const tunnelDown = (mayShowTunnelError(g) && TUNNEL_ERROR.test((received ?? '').toLowerCase())) || (pageGaveUp && mayShowTunnelError(sg) && TUNNEL_ERROR.test(head4k.get())) ? "the base URL answers with a tunnel's error page (the tunnel to the app is not connected): the environment" : undefined;
  const environment = (envAfterTimeout || closedWhileIntercepted ? undefined : envMatch) ?? botCheck ?? wrongScheme ?? wrongBase ?? dirListing ?? tunnelDown ?? (remoteReset ? `connection reset by the remote host ${remoteReset}` : undefined);
  const loginUrlInText = (g.hasWord(W.slashLog) || g.hasWord(W.slashSign)) && LOGIN_URL_IN_TEXT.test(textLower);
  // `expect([200, 503]).toContain(res.status())`: the list is what the test allows, the value what the API answered.
  const expectedStatus = httpStatus(expected);
  const allowed = matcher === 'toContain' && expectedStatus !== undefined ? firstListedStatus(received) : undefined;
  const statusExpected = allowed ?? expectedStatus;
  const statusReceived = allowed !== undefined ? expectedStatus : httpStatus(received);
  // A login URL quoted by the message counts only with the page at hand: without it, the test's own failed
  // login and a lost session look the same.
  // A negative sign-in test (its expected value is a refusal: "You have entered incorrect username.") whose
  // page shows that refusal, or whose locator found the message element: the app refused as the test wanted,
  // so the sign-in form is neither a lost session nor stale credentials; the locator or the value is to blame.
  const expectsRefusal = expected !== undefined && expected.length < 300 && mayRejectCredentials(g) && CREDENTIALS_REJECTED.test(expected.toLowerCase());
  // Or its locator waits for the refusal (getByText('Email o contraseña incorrectos')): the message quotes the test, not the app.
  const locatorWaitsForRefusal = () => locator !== undefined && locator.length < 300 && CREDENTIALS_REJECTED.test(locator.toLowerCase());
  // Or the test's title says it checks that refusal ("should show error with invalid credentials") and the page shows one.
  const refusalAsExpected =
    (expectsRefusal && snapshot.length > 0 && (elementFound || (mayRejectCredentials(sg) && expectedShown(expected, snapshot)))) ||
    (snapshot.length > 0 && titleExpectsRefusal(input.titlePath) && mayRejectCredentials(sg, snapshot) && CREDENTIALS_REJECTED.test(head4k.get()));
  // The text the test waited for is on this login form ("Welcome back" in an h2 where the test reads the h1): the
  // test meant to be on this page, so its locator or value is to blame, not a lost session (asked last: it reads the page).
  const expectedOnPage = () => expected !== undefined && expected.length < 300 && snapshot.length > 0 && expectedShown(expected, snapshot);
  const loginPage = !refusalAsExpected && (loginUrl || (loginUrlInText && snapshot.length > 0) || (snapshot.length > 0 && ((mayShowLoginHeading(sg) && (sg.hasWord(W.password) ? LOGIN_HEADING.test(snapshot) : loginHeadingLeads(snapshot) && (sg.hasWord(W.textbox) || sg.hasWord(W.buttonQuote)))) || (sg.hasWord(W.inTo) || sg.hasWord(W.needToBe) || sg.hasWord(W.please)) && LOGIN_PROMPT.test(head4k.get()) || (sg.hasWord(W.password) && LOGIN_FORM_BUTTON.test(snapshot)) || (sg.mayWord(W.textboxQuote) && sg.mayWord(W.buttonQuote) && mayShowLoginButtonL10n(sg) && LOGIN_BUTTON_L10N.test(head4k.get()) && PASSWORD_BOX_L10N.test(head4k.get()))))) && !expectedOnPage() && !titleShowsLoginPage(input.titlePath);
  // Page checks that only matter when a wait gave up (keeps triage of plain value failures cheap).
  const countZero = matcher === 'toHaveCount' && (received === '0' || /Received:\s{0,4}0\s*$/m.test(text));
  const waitGaveUp = snapshot.length > 0 && (elementNotFound || (waitedForLocator && timedOut)) && !elementFound;
  // waitForURL ran out of time (its own timeout or the test's) with the page at hand.
  const urlWaitGaveUp = snapshot.length > 0 && timedOut && g.mayWord(W.waitforurl) && textLower.includes('page.waitforurl');
  // A locator or URL wait gave up on a snapshot short enough to be a spinner or an empty shell.
  const shortPageAfterWait = (waitGaveUp || urlWaitGaveUp) && snapshot.length < BLANK_PAGE_MAX;
  // A raw JSON body where the app's page should be: the whole snapshot is one text (older snapshots) or one
  // generic element (newer ones) whose value opens a JSON object or array.
  const apiPage = waitGaveUp && snapshot.length < 600 && /^- (?:text|generic(?: \[ref=[a-z0-9]{1,8}\])?): "?[[{]/.test(snapshot.trim());
  const authRefused = statuses.includes(401) || statuses.includes(403) || /^40[13]$/.test(received ?? '');
  const sessionText = maySaySession(g, lower) && saysOutsideExpected(SESSION_TEXT, lower, expected);
  const tokenWords = (g.mayWord(W.expired) || g.mayWord(W.expClaim)) && TOKEN_EXPIRED.test(lower);
  const tokenExpired = tokenWords && (authRefused || TOKEN_EXPIRED.test(`${received ?? ''}\n${bodies}\n${extra}`.toLowerCase()));
  // A form the rules do not know as a login page (another language's heading and button) still is one when it
  // says the credentials were refused and holds what the test typed.
  // Or the test's own login helper threw, quoting the refusal ("Authentication failed for Admin: Invalid email or password").
  // Every LOGIN_THREW match ends in "n failed" (authentication, login, log-in, sign-in, signin).
  const loginThrew = g.mayWord(W.nFailed) && messageLower.includes('n failed') && LOGIN_THREW.test(messageLower) && CREDENTIALS_REJECTED.test(messageLower);
  const wholePageNotFound = snapshot.length > 0 && snapshot.length <= 80 && BARE_NOT_FOUND.test(snapshot.trim()) && !expectsNotFound(expected);
  const notFoundValue = matcher !== undefined && TEXT_MATCHERS.has(matcher) && received !== undefined && received.length < 48 && NOT_FOUND_VALUE.test(received) && !expectsNotFound(expected);
  const ownLoginFailed = refusalAsExpected
    ? undefined
    : !loginPage
    ? (snapshot.length > 0 && sg.mayWord(W.textbox) && mayRejectCredentials(sg, snapshot) && CREDENTIALS_REJECTED.test(head4k.get()) && (TYPED_BOX.test(snapHeadRaw) || credentialsTyped(snapHeadRaw))) || loginThrew ? 'rejected' : undefined
    : (mayRejectCredentials(sg, snapshot) && CREDENTIALS_REJECTED.test(head4k.get())) || (!expectsRefusal && mayRejectCredentials(g, messageLower) && CREDENTIALS_REJECTED.test(messageLower) && !locatorWaitsForRefusal())
      ? 'rejected'
      : g.mayWord(W.nFailed) && LOGIN_THREW.test(callHead.split('\n', 1)[0] as string)
        ? 'threw'
        : mayShowSubmitting(sg) && SUBMIT_IN_FLIGHT.test(snapHeadRaw)
          ? 'pending'
          : credentialsTyped(snapHeadRaw)
        ? 'typed'
        : titleSaysSignIn(input.titlePath)
          ? 'flow'
          : undefined;
  // An assertion about page/console errors quotes them (often without the `TypeError: ` prefix).
  const quotedPageError = browserErrors.find((e) => {
    if (typeof e !== 'string') return false;
    const core = (e.split('\n')[0] ?? '').replace(/^[A-Za-z]{0,30}Error: /, '').slice(0, 200);
    return core.length >= 8 && text.includes(core);
  });
  // The app's own request failed and the page (or the test's helper, in its error) says so.
  const quotedStatus = pageGaveUp && sg.mayWord(W.statusCode) ? pageStatusOf(head4k.get()) : undefined;
  // Asked only when the page quotes no status of its own.
  const quoted404Document = () => (pageGaveUp && mayQuote404Document(sg) && SERVER_404_DOCUMENT.test(head4k.get())) || (mayQuote404Document(g) && SERVER_404_DOCUMENT.test(callHead));
  // Without evidence: an assertion over collected script errors quotes typical JS error texts.
  const jsError = expected === undefined || !mayQuoteJsError(g) ? undefined : JS_ERROR.exec(text)?.[0];

  return {
    project: input.project ?? '',
    text,
    lower,
    grams: g,
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
    // Always set (undefined when absent), like every field: one object shape.
    quotedPageError: quotedPageError || (jsError && expected !== undefined ? jsError : undefined),
    strictMode: g.mayWord(W.strictModeViolation) && /strict mode violation/i.test(text),
    countZero,
    locatorReadZero: received === '0' && matcher !== 'toHaveCount' && countsThroughLocator(input.snippet),
    // Chromium, Node, WebKit ("Could not connect") and Firefox wordings of a refused connection; DNS is the environment.
    // A reset from a remote public host is the network's (see remoteReset), not the app's backend.
    connectionRefused: refused || (reset && remoteReset === undefined),
    remoteServerError: statuses.some(is5xx) && serverErrorsAreRemote(text, responses, evidence.lastUrl),
    sessionText,
    pageUnauthorized: responses.some((r) => r.status === 401),
    // Not when the page says the credentials themselves were refused: a new login would fail the same way.
    unauthorizedPage: (waitGaveUp || urlWaitGaveUp) && snapshot.length < UNAUTHORIZED_PAGE_MAX && sg.mayWord(W.authori) && UNAUTHORIZED_PAGE.test(snapshot) && !(mayRejectCredentials(sg, snapshot) && CREDENTIALS_REJECTED.test(snapshot)),
    tokenExpired,
    // An error page is small or names the error in its heading: "500" and "error" somewhere on a long app page are not one.
    errorPage: snapshot.length > 0 && mayShowErrorPage(sg) && showsErrorPage(head4k.get()) && (snapshot.length <= ERROR_PAGE_MAX || errorInHeading(snapshot) || serverErrorAlone(head4k.get())),
    loginPage,
    loginUrl: loginUrl || loginUrlInText,
    ownLoginFailed,
    refusalAsExpected,
    // A long snapshot always has content; only short ones need the (costly) strip.
    pageLoaded: snapshot.length > 300 || (snapshot.length > 0 && hasContent(snapshot)),
    noSnapshot: !NOT_SPACE.test(snapshot),
    navigation: (g.mayWord(W.pageDot) || g.mayWord(W.navigatingTo)) && /page\.goto|page\.waitforurl|page\.waitforloadstate|page\.reload|navigating to/i.test(text),
    navigationTimeout: timedOut && mayTimeOutNavigating(g, textLower) && /(?:page|frame)\.(?:goto|reload): (?:test timeout of|timeout) \d+ms exceeded/.test(textLower),
    environment,
    // A test that expects the limit's own message is about the limit: its values decide.
    // Or the page the test was stuck on says so (a bare JSON "too_many_requests" body, a "Too many requests" screen);
    // not when the test waits for that very message (its locator names it).
    rateLimited:
      ((mayBeRateLimited(g) && RATE_LIMITED.test(messageLower)) || ((pageGaveUp || testTimeout) && snapshot.length > 0 && mayBeRateLimited(sg) && RATE_LIMITED.test(head4k.get()))) &&
      !RATE_LIMITED.test(`${(locator ?? '').toLowerCase()}\n${expected === '(diff)' ? diffExpectedSide(messageLower) : (expected?.toLowerCase() ?? '')}`),
    // A wait that gave up, or a title the page never got, on the app's 404 page.
    // A value the test read itself (expect(received): a URL, a style, a text) on the 404 page was read from the wrong page.
    notFoundValue,
    wholePageNotFound,
    notFoundPage: notFoundValue || wholePageNotFound || (waitGaveUp || urlWaitGaveUp || (snapshot.length > 0 && (matcher === 'toHaveTitle' || countZero || (locator === undefined && expected !== undefined && received !== undefined)))) && mayShowNotFound(sg) && NOT_FOUND_PAGE.test(snapHeadRaw),
    recordNotFound: waitGaveUp && sg.mayWord(W.notFound) && recordNotFoundIn(snapHeadRaw),
    // Not when the test waits for that very message (a duplicate-entry test): then the locator or the value decides.
    recordExists: waitGaveUp && mayShowRecordExists(sg, snapshot) && RECORD_EXISTS.test(head4k.get()) && !RECORD_EXISTS.test(`${(locator ?? '').toLowerCase()}\n${(expected ?? '').toLowerCase()}`),
    urlWaitGaveUp,
    appCrashed: pageGaveUp && ((mayShowCrash(sg) && APP_CRASHED.test(head4k.get())) || (sg.mayWord(W.phpOnLine) && showsPhpError(head4k.get()))),
    apiResponsePage: apiPage ? (API_NOT_FOUND.test(snapshot) ? 'not-found' : 'other') : undefined,
    errorScreen: sg.mayWord(W.errorColon) && ERROR_SCREEN.test(head4k.get()),
    appErrorText: waitGaveUp && ((sg.mayWord(W.spacedError) && APP_ERROR_TEXT.test(head4k.get())) || (mayShowErrorL10n(sg) && APP_ERROR_TEXT_L10N.test(head4k.get()))),
    pageScriptError: mayShowScriptError(sg) && PAGE_SCRIPT_ERROR.test(head4k.get()),
    stillLoading: (waitGaveUp || (snapshot.length > 0 && received !== undefined && NOTHING_READ.test(received))) && mayShowLoading(sg, snapshot) && STILL_LOADING.test(head4k.get()),
    timingTitle: (matcher === 'toBeLessThan' || matcher === 'toBeLessThanOrEqual') && titleSaysTiming(input.titlePath),
    blankPage: shortPageAfterWait && showsNoText(snapshot),
    renderedNothing: shortPageAfterWait && showsShellOnly(snapshot),
    emptyMain: waitGaveUp && sg.mayWord(W.dashMain) && mainIsEmpty(snapshot),
    valueStillLoading: received !== undefined && mayShowLoading(g) && LOADING_VALUE.test(received) && !LOADING_WORD.test(expected ?? ''),
    // Every field is always set (undefined when absent): one object shape keeps the rule table fast.
    statusExpected: statusReceived === undefined ? undefined : statusExpected,
    statusReceived: statusExpected === undefined ? undefined : statusReceived,
    // Not in a stack frame's path (`at fetch (lib/security/csrf-fetch.ts:59)` names a file, not a control).
    securityText: hasSecurityWord(g) && SECURITY_TEXT.test(messageLower) && SECURITY_TEXT.test(withoutStackFrames(messageLower)),
    // Playwright's own complaints about the test code: how a matcher, fixture or action was used.
    testCodeError: (g.mayWord(W.matcherError) && messageLower.includes('matcher error: ')) || (g.mayWord(W.cannotBeReusedInATest) && messageLower.includes('cannot be reused in a test')) || (g.mayWord(W.notSupportedInBeforeall) && messageLower.includes('not supported in "beforeall"')),
    // A selector Playwright could not parse names the test's own locator, with or without a wait line.
    wrongElement: mayBeWrongElement(g) && (waitedForLocator ? WRONG_ELEMENT.test(messageLower) : SELECTOR_SYNTAX.test(messageLower)),
    missingOption: g.mayWord(W.didNotFindSomeOptions) && messageLower.includes('did not find some options'),
    // `locator.fill: Error: Malformed value`: the input (date, time, number) refuses the test's value's format.
    malformedValue: g.mayWord(W.malformedValue) && messageLower.includes('error: malformed value'),
    pointerIntercepted: retriedIntercepted && (testTimeout || timedOut || closedWhileIntercepted),
    elementDisabled: (testTimeout || timedOut) && g.mayWord(W.elementIsNotEnabled) && messageLower.includes('element is not enabled') && messageLower.includes('retrying'),
    // Or a wait for it to be visible (`locator.waitFor()`) that found it hidden every time.
    elementHidden: timedOut && !testTimeout && elementFound && ((g.mayWord(W.elementIsNotVisible) && messageLower.includes('element is not visible') && messageLower.includes('retrying')) || (g.mayWord(W.resolvedToHidden) && messageLower.includes(' to be visible\n') && messageLower.includes('resolved to hidden'))),
    screenshotDrift: !testTimeout && mayBeScreenshotDrift(g) && SCREENSHOT_DRIFT.test(messageLower),
    a11yAudit: g.mayWord(W.impact) && AXE_VIOLATION.test(messageLower),
    testThrew: TEST_THREW.test(messageLower),
    helperNotFound: g.mayWord(W.find) ? helperNotFoundOf(messageLower) : undefined,
    credentialsRejected: ownLoginFailed === 'rejected' || (authRefused && mayRejectCredentials(g, messageLower) && CREDENTIALS_REJECTED.test(messageLower)),
    // The element shows the browser's "Failed to fetch", unless the test expected an error text of that kind
    // (it checks the app's error state); or the test's own page.evaluate fetch failed to reach anything.
    fetchFailed:
      (received !== undefined && /failed to fetch/i.test(received) && !/failed to fetch/i.test(expected ?? '')) ||
      (g.mayWord(W.failedToFetch) && head.includes('page.evaluate: typeerror: failed to fetch')) ||
      (received !== undefined && expected !== undefined && SERVER_OFFLINE.test(received) && !SERVER_OFFLINE.test(expected)),
    networkErrorShown: snapshot.length > 0 && mayShowNetworkError(sg) && (NETWORK_ERROR_ALERT.test(head4k.get()) || NETWORK_ERROR_TEXT.test(head4k.get())) && !NETWORK_WORD.test(expected ?? ''),
    pageRouteStatus: quotedStatus ?? (quoted404Document() ? 404 : undefined),
    actionAwaitedNavigation:
      testTimeout && mayEndWithAction(g) && ACTION_DONE_STEPS.has(lastCallLogStep(text) ?? ''),
  };
}
