// The helpers behind triage's signals, each against the behaviour it stands for: the hand-written
// scanners against the regular expressions they replaced, the host ranges one by one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FailureInput } from '../../src/triage/types.js';
import { triageFailure } from '../../src/triage/triage.js';
import { computeSignals, countsThroughLocator, credentialsTyped, errorInHeading, hasContent, isPrivateHost, showsErrorPage, snapshotHead, stackBeyondMessage, titleSaysSignIn, titleSaysTiming } from '../../src/triage/signals.js';
import { isRegexSpace, stripAnsi } from '../../src/triage/text.js';
import { rng } from '../helpers/random.js';

// A locator wait that gave up, in Playwright's words, and the signals of a failure with a given message.
const NOT_FOUND = "Error: expect(locator).toBeVisible() failed\n\nLocator: getByRole('button', { name: 'Save' })\nExpected: visible\nReceived: <element(s) not found>\nTimeout: 5000ms\n\nCall log:\n  - Expect \"toBeVisible\" with timeout 5000ms\n  - waiting for getByRole('button', { name: 'Save' })\n";
const sig = (message: string, more: Partial<FailureInput> = {}) => computeSignals({ message, project: 'chromium', status: 'failed', ...more });
// A failure of the chromium project with an optional page snapshot and title path.
const fail = (message: string, pageSnapshot?: string, titlePath?: string[]): FailureInput => ({ message, project: 'chromium', status: 'failed', ...(pageSnapshot ? { pageSnapshot } : {}), ...(titlePath ? { titlePath } : {}) });
// A toBeVisible wait that found nothing; a title path as Playwright's titlePath() gives it (root, project, then the test's own).
const waitFor = (locator: string) => `Error: expect(locator).toBeVisible() failed\n\nLocator: ${locator}\nExpected: visible\nTimeout: 5000ms\nError: element(s) not found\n\nCall log:\n  - Expect "toBeVisible" with timeout 5000ms\n  - waiting for ${locator}\n`;
const path = (...own: string[]) => ['', 'chromium', ...own];

describe('isRegexSpace', () => {
  test('is exactly what \\s matches, for every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    assert.deepEqual(wrong, []);
  });
});

describe('snapshotHead', () => {
  // What it replaced: drop each line's list marker (/^\s*-\s*/ per line), keep the first `max` characters.
  const old = (s: string, max: number) => s.split(/\r\n|[\n\r\u2028\u2029]/).map((l) => l.replace(/^\s*-\s*/, '')).join('\n').slice(0, max);
  const samples = [
    '- heading "Orders" [level=1]\n  - button "Save"\n- text: done',
    '-text\n -  x\n\t- y\n\u00a0-\u3000z\nno marker\n- \n-',
    'a - b\n  -- double\n- - two',
    '- a\r\n- b\r- c\u2028  - d\u2029- e',
    '',
    '\n\n- x\n',
    `- ${'x'.repeat(50)}\n- ${'y'.repeat(50)}`,
  ];
  for (const [i, s] of samples.entries()) {
    test(`sample ${i}: the same lines as the regular expression, cut at max (or just before a line break there)`, () => {
      const full = old(s, Infinity);
      assert.equal(snapshotHead(s, 10_000), full);
      for (const max of [0, 1, 5, 20, 52, 53, 54, 200]) {
        const r = snapshotHead(s, max);
        assert.ok(full.startsWith(r), `max ${max}: ${JSON.stringify(r)} is not a head of ${JSON.stringify(full)}`);
        const whole = r.length === Math.min(max, full.length);
        assert.ok(whole || (r.length === max - 1 && full[r.length] === '\n'), `max ${max}: ${JSON.stringify(r)}`);
      }
    });
  }
  test('reads no further than it needs to (a long snapshot, a short head)', () => {
    const s = '- a\n'.repeat(10_000);
    assert.equal(snapshotHead(s, 7), 'a\na\na\na');
  });
});

describe('isPrivateHost', () => {
  const cases: [string, boolean][] = [
    ['localhost', true], ['app.localhost', true], ['db.local', true], ['api.internal', true], ['backend', true],
    ['127.0.0.1', true], ['127.255.0.9', true], ['10.1.2.3', true], ['0.0.0.0', true],
    ['192.168.1.1', true], ['192.169.1.1', false], ['193.168.1.1', false],
    ['172.16.0.1', true], ['172.31.255.255', true], ['172.15.0.1', false], ['172.32.0.1', false], ['173.16.0.1', false],
    ['169.254.1.1', true], ['169.253.1.1', false], ['170.254.1.1', false],
    ['11.0.0.1', false], ['128.0.0.1', false], ['1.2.3.4', false],
    ['[::1]', true], ['[fc00::1]', true], ['[fd12::1]', true], ['[fe80::1]', true], ['[2001:db8::1]', false], ['[::2]', false],
    ['example.com', false], ['api.example.local.com', false], ['localhost.example.com', false], ['a.b.c', false], ['1.2.3', false], ['1.2.3.x', false], ['1.2.3.4.5', false],
  ];
  for (const [host, want] of cases) test(`${host}: ${want ? 'private' : 'public'}`, () => assert.equal(isPrivateHost(host), want));
});

describe('countsThroughLocator', () => {
  const frame = (line: string) => `  10 |   const items = page.locator('.item');\n> 11 |   ${line}\n     |   ^\n  12 | });`;
  const cases: [string, string | undefined, boolean][] = [
    ['count()', frame('expect(await items.count()).toBe(1);'), true],
    ['all().length', frame('expect((await items.all()).length).toBe(1);'), true],
    ['allTextContents().length', frame('expect((await items.allTextContents()).length).toBe(2);'), true],
    ['allInnerTexts().length', frame('expect((await items.allInnerTexts()).length).toBe(2);'), true],
    ['elementHandles().length', frame('expect((await items.elementHandles()).length).toBe(2);'), true],
    ['a value read, not a count', frame("expect(await items.first().textContent()).toBe('1');"), false],
    ['a count outside expect', frame('const n = await items.count();'), false],
    ['a count on a line that is not the failing one', `> 11 |   expect(x).toBe(1);\n  12 |   expect(await items.count()).toBe(1);`, false],
    ['no snippet', undefined, false],
    ['a snippet without expect', '> 11 |   await items.count();', false],
    ['a failing line with a | inside the code', "> 11 |   expect(await page.locator('a|b').count()).toBe(1);", true],
  ];
  for (const [name, snippet, want] of cases) test(name, () => assert.equal(countsThroughLocator(snippet), want));
});

describe('error pages', () => {
  test('showsErrorPage: the words, and a bare 5xx only with an error word at most 40 characters after it on its line', () => {
    assert.equal(showsErrorPage('heading "internal server error"'), true);
    assert.equal(showsErrorPage('text: gateway timeout'), true);
    assert.equal(showsErrorPage('text: gateway time-out'), true);
    assert.equal(showsErrorPage('status: 503'), true);
    assert.equal(showsErrorPage('http 500'), true);
    assert.equal(showsErrorPage('503 service temporarily down'), false);
    assert.equal(showsErrorPage('502 - the proxy reported an error'), true);
    assert.equal(showsErrorPage(`502 ${'x'.repeat(38)} error`), true); // the word starts 40 characters after the code
    assert.equal(showsErrorPage(`502 ${'x'.repeat(39)} error`), false);
    assert.equal(showsErrorPage('502\nerror'), false);
    assert.equal(showsErrorPage('1,500 gallons, error margin'), false);
    assert.equal(showsErrorPage('$500 error'), false);
    assert.equal(showsErrorPage('1500 errors'), false);
    assert.equal(showsErrorPage('505 error'), false);
    assert.equal(showsErrorPage('504 unavailable'), true);
    assert.equal(showsErrorPage('text: ok'), false);
  });
  test('showsErrorPage: a heading that is the 5xx code alone, the error named on the next line (SvelteKit\'s error page)', () => {
    assert.equal(showsErrorPage('heading "500" [level=1] [ref=e25]\nparagraph [ref=e26]: internal error'), true);
    assert.equal(showsErrorPage('heading "503" [level=1]\ntext: service unavailable'), true);
    assert.equal(showsErrorPage('heading "500" [level=1]\nparagraph: not found'), false, 'no error word under it');
    assert.equal(showsErrorPage('heading "500" [level=1]\nparagraph: ok\ntext: error'), false, 'the line under it only');
    assert.equal(showsErrorPage(`heading "500" [level=1]\nparagraph: ${'x'.repeat(80)} error`), false, 'the first 80 characters of that line');
    assert.equal(showsErrorPage('heading "500 items" [level=1]\nparagraph: error rate'), false, 'a heading that says more than the code');
    assert.equal(showsErrorPage('text: "500"\nparagraph: error'), false, 'a quoted code that is not a heading');
  });
  test('errorInHeading: a server error named in a heading, within 80 characters of the word, on its line', () => {
    assert.equal(errorInHeading('- heading "502 Bad Gateway" [level=1]'.toLowerCase()), true);
    assert.equal(errorInHeading('- heading "oops: internal server error"'), true);
    assert.equal(errorInHeading(`- heading "${'x'.repeat(60)} bad gateway"`), true);
    assert.equal(errorInHeading(`- heading "${'x'.repeat(100)} bad gateway"`), false);
    assert.equal(errorInHeading('- heading "orders"\n- text: internal server error'), false);
    assert.equal(errorInHeading('- paragraph: internal server error'), false);
    assert.equal(errorInHeading('- heading "orders"\n- heading "service unavailable"'), true);
    assert.equal(errorInHeading('- heading "order 5000"'), false);
  });
});

describe('hasContent', () => {
  // What it replaced.
  const old = (s: string) => s.replace(/[\s-]|document|```|yaml/g, '').length > 0;
  for (const s of ['', '- document', '```yaml\n- document\n```', ' \t\n-\u00a0', '- text: x', 'docs', 'yam', '```y', '- document\n  - paragraph']) {
    test(JSON.stringify(s), () => assert.equal(hasContent(s), old(s)));
  }
});

describe('computeSignals: page and value signals, case by case', () => {
  const VALUE = "Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByTestId('total')\nExpected: \"42.00\"\nReceived: \"41.00\"\nTimeout: 5000ms\n\nCall log:\n  - Expect \"toHaveText\" with timeout 5000ms\n  - waiting for getByTestId('total')\n    9 × locator resolved to <span data-testid=\"total\">41.00</span>\n      - unexpected value \"41.00\"\n";

  test('a bot check, only when a wait gave up on it, and a short 403 page', () => {
    const bot = '- heading "Checking your browser before accessing the site" [level=1]\n- text: Ray ID: 7a1b';
    assert.equal(sig(NOT_FOUND, { pageSnapshot: bot }).environment, 'checking your browser');
    // A plain value assertion (no wait gave up, no timeout) on the same page is not about the page.
    assert.equal(sig('Error: expect(received).toBe(expected)\n\nExpected: 1\nReceived: 2\n', { pageSnapshot: bot }).environment, undefined);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- heading "403 Forbidden" [level=1]' }).environment, '403 forbidden');
    assert.equal(sig(NOT_FOUND, { pageSnapshot: `- heading "403 Forbidden" [level=1]\n- text: ${'x'.repeat(600)}` }).environment, undefined);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- heading "Orders" [level=1]' }).environment, undefined);
  });

  test('a login page: a sign-in heading with a form, a prompt, a password box with a sign-in button, a login URL', () => {
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- heading "Sign in to Acme" [level=1]\n- textbox "Email"' }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- heading "Log in" [level=1]\n- button "Continue"' }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- heading "Login" [level=1]\n- text: password' }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- heading "Login history" [level=1]\n- table' }).loginPage, false);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- paragraph: Please log in to continue' }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- paragraph: You need to be signed in' }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- paragraph: please enjoy' }).loginPage, false);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- textbox "Password"\n- button "Sign in"' }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- textbox "Password"\n- button "Save"' }).loginPage, false);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- button "Sign in"' }).loginPage, false);
    assert.equal(sig(NOT_FOUND, { evidence: { lastUrl: 'https://app.test/login?next=/orders' } }).loginPage, true);
    assert.equal(sig(NOT_FOUND, { evidence: { lastUrl: 'https://app.test/auth' } }).loginUrl, true);
    assert.equal(sig(NOT_FOUND, { evidence: { lastUrl: 'https://app.test/authors' } }).loginUrl, false);
    assert.equal(sig(NOT_FOUND).loginPage, false);
  });

  test('a count of 0: toHaveCount, and a value assertion on a count read through a locator', () => {
    const count0 = "Error: expect(locator).toHaveCount(expected) failed\n\nLocator: locator('.item')\nExpected: 2\nReceived: 0\n";
    assert.equal(sig(count0).countZero, true);
    assert.equal(sig(count0.replace('Received: 0', 'Received: 1')).countZero, false);
    const toBe0 = 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 1\nReceived: 0\n';
    const frame = "  10 |   const items = page.locator('.item');\n> 11 |   expect(await items.count()).toBe(1);\n";
    assert.equal(sig(toBe0, { snippet: frame }).locatorReadZero, true);
    assert.equal(sig(toBe0).locatorReadZero, false);
    assert.equal(sig(toBe0.replace('Received: 0', 'Received: 2'), { snippet: frame }).locatorReadZero, false);
    assert.equal(sig(count0, { snippet: frame }).locatorReadZero, false);
  });

  test('a page error the message quotes, with or without its Error: prefix, and only a long enough one', () => {
    const msg = 'Error: expect(received).toEqual(expected)\n\nExpected: []\nReceived: ["Cannot read properties of undefined (reading \'map\')"]\n';
    assert.equal(sig(msg, { evidence: { pageErrors: ["TypeError: Cannot read properties of undefined (reading 'map')\n    at List (app.js:3:9)"] } }).quotedPageError, "TypeError: Cannot read properties of undefined (reading 'map')\n    at List (app.js:3:9)");
    assert.equal(sig(msg, { evidence: { consoleErrors: ["Cannot read properties of undefined (reading 'map')"] } }).quotedPageError, "Cannot read properties of undefined (reading 'map')");
    assert.equal(sig(msg, { evidence: { pageErrors: ['TypeError: boom'] } }).quotedPageError, 'Cannot read properties of undefined');
    assert.equal(sig('Error: something else entirely\n', { evidence: { pageErrors: ['ReferenceError: x is not defined'] } }).quotedPageError, undefined);
  });

  test('a wait gave up: on a page that loaded, only when the element was not found or the wait timed out', () => {
    const page = '- heading "404" [level=1]\n- paragraph: This page could not be found.';
    assert.equal(sig(NOT_FOUND, { pageSnapshot: page }).notFoundPage, true);
    assert.equal(sig(VALUE, { pageSnapshot: page }).notFoundPage, false);
    assert.equal(sig(NOT_FOUND).notFoundPage, false);
    const title = 'Error: expect(page).toHaveTitle(expected) failed\n\nExpected pattern: /Stores/\nReceived string:  ""\nTimeout: 5000ms\n';
    assert.equal(sig(title, { pageSnapshot: page }).notFoundPage, true, 'a title the 404 page never got');
    assert.equal(triageFailure({ message: title, project: 'chromium', status: 'failed', pageSnapshot: page }).category, 'fix-api-routes');
    assert.equal(sig(title, { pageSnapshot: '- heading "Stores" [level=1]' }).notFoundPage, false);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- text: "{\\"error\\":\\"nope\\"}"' }).apiResponsePage, 'other');
    assert.equal(sig(NOT_FOUND, { pageSnapshot: `- text: "{\\"a\\":1}" ${'x'.repeat(600)}` }).apiResponsePage, undefined);
    assert.equal(sig(NOT_FOUND, { pageSnapshot: '- paragraph: Loading articles' }).stillLoading, true);
    assert.equal(sig(VALUE, { pageSnapshot: '- paragraph: Loading articles' }).stillLoading, false);
  });

  test('API responses: API-looking URLs or any non-GET', () => {
    const r = (url: string, method = 'GET') => ({ url, method, status: 500 });
    const s = sig(NOT_FOUND, { evidence: { responses: [r('https://app.test/api/orders'), r('https://app.test/graphql'), r('https://app.test/v2/items'), r('https://app.test/page.css'), r('https://app.test/form', 'POST'), r('https://app.test/v/x')] } });
    assert.deepEqual(s.apiResponses.map((x) => x.url), ['https://app.test/api/orders', 'https://app.test/graphql', 'https://app.test/v2/items', 'https://app.test/form']);
    assert.deepEqual(s.statuses, [500, 500, 500, 500, 500, 500]);
  });
});

describe('the rules neither corpus fires, whole verdicts', () => {
  const STATUS = 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 200\nReceived: 503\n';
  test('status-unavailable: the API answered 503 where 200 was expected', () => {
    assert.deepEqual(triageFailure({ message: STATUS, project: 'api', status: 'failed' }), {"class": "A", "category": "restart-backend", "confidence": 0.75, "reasons": ["the API answered 503 (gateway / unavailable): the backend is down", "also looked like unknown: the API answered 503 where the test expected 200: the app behaves differently (one 500 or 200 is not proof the backend is down), a human must look", "also looked like update-test-data: the assertion's value changed (expected 200, received 503)"], "rule": "status-unavailable"});
  });
  test('error-page: a small server error page where a wait gave up', () => {
    assert.deepEqual(triageFailure({ message: NOT_FOUND, project: 'chromium', status: 'failed', pageSnapshot: '- heading "502 Bad Gateway" [level=1]\n- separator\n- text: nginx' }), {"class": "A", "category": "restart-backend", "confidence": 0.85, "reasons": ["the page snapshot shows a server error page (500 / Bad Gateway / Service Unavailable)", "also looked like update-selectors: getByRole('button', { name: 'Save' }) was not found on a page that otherwise loaded", "also looked like update-test-data: the assertion's value changed (expected visible, received <element(s) not found>)"], "rule": "error-page", "locator": "getByRole('button', { name: 'Save' })"});
  });
  test('remote-server-error: the 503 came from a public host the page is not on', () => {
    const evidence = { lastUrl: 'http://localhost:3000/', responses: [{ url: 'https://api.public-demo.example/v1/items', method: 'GET', status: 503 }] };
    assert.deepEqual(triageFailure({ message: STATUS, project: 'chromium', status: 'failed', evidence }), {"class": "C", "category": "unknown", "confidence": 0.6, "reasons": ["a public host the suite does not run answered 503 (a demo API or a third-party service): not a backend to restart, a human must look", "also looked like restart-backend: the API answered 503 (gateway / unavailable): the backend is down", "also looked like update-test-data: the assertion's value changed (expected 200, received 503)"], "rule": "remote-server-error"});
  });
});

describe('rules, detail by detail: whole first reasons', () => {
  const m = (e: string, r: string, matcher = 'toBe') => `Error: expect(received).${matcher}(expected)\n\nExpected: ${e}\nReceived: ${r}\n`;
  const cases: [string, FailureInput][] = [
  ['status-auth from a call log', { message: 'Error: apiRequestContext.get: Request failed\nCall log:\n  - → GET https://api.example.test/v1/me\n  - ← 401 Unauthorized\n', project: 'api', status: 'failed' }],
  ['status 599', { message: 'Error: apiRequestContext.get: failed\nCall log:\n  - ← 599 Network Connect Timeout\n', project: 'api', status: 'failed' }],
  ['a long value clipped', { message: m(`"${'a'.repeat(70)}"`, `"${'b'.repeat(70)}"`), project: 'chromium', status: 'failed' }],
  ['a value of 60 characters', { message: m(`"${'a'.repeat(58)}"`, `"${'b'.repeat(58)}"`), project: 'chromium', status: 'failed' }],
  ['timing budget', { message: 'Error: expect(received).toBeLessThan(expected)\n\nExpected: < 2000\nReceived:   3150\n\n  > 12 |   expect(loadTime).toBeLessThan(2000); // load time budget\n', project: 'chromium', status: 'failed' }],
  ['a boolean check', { message: m('true', 'false'), project: 'chromium', status: 'failed' }],
  ['received null', { message: m('"Ann"', 'null', 'toEqual'), project: 'chromium', status: 'failed' }],
  ['received nullish text', { message: m('"Ann"', 'nullable', 'toEqual'), project: 'chromium', status: 'failed' }],
  ['expected 0', { message: m('0', '3'), project: 'chromium', status: 'failed' }],
  ['received a login URL', { message: m('"https://app.test/orders"', '"https://app.test/login"'), project: 'chromium', status: 'failed' }],
  ['received a login-ish URL', { message: m('"https://app.test/orders"', '"https://app.test/logins-report"'), project: 'chromium', status: 'failed' }],
  ['received a sign-up URL', { message: m('"https://app.test/auth/terms"', '"https://app.test/register"'), project: 'chromium', status: 'failed' }],
  ['a sign-up URL renamed', { message: m('"https://app.test/signup"', '"https://app.test/register"'), project: 'chromium', status: 'failed' }],
  ['a sign-in URL renamed', { message: m('"https://app.test/login?next=%2F"', '"https://app.test/sign-in?next=%2F"'), project: 'chromium', status: 'failed' }],
  ['an upstream timeout text with a 500', { message: 'Error: apiRequestContext.get: failed\nCall log:\n  - ← 500 Internal Server Error\n  - upstream request timeout\n', project: 'api', status: 'failed' }],
];
  const want: Record<string, [rule: string, reason: string]> = {
    "status-auth from a call log": [
      "status-auth",
      "the API answered 401 with no sign of a stored session (an API key, role or credential problem): not a session to clear, a human must look"
    ],
    "status 599": [
      "server-error",
      "the server answered 599 during the test"
    ],
    "a long value clipped": [
      "value-drift",
      "the assertion's value changed (expected \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..., received \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb...)"
    ],
    "a value of 60 characters": [
      "value-drift",
      "the assertion's value changed (expected \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", received \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\")"
    ],
    "timing budget": [
      "timing-budget",
      "a timing budget was exceeded (received 3150, expected < 2000)"
    ],
    "a boolean check": [
      "no-value",
      "a yes/no check failed or the value is missing altogether: there is no new value to update the test with, a human must look"
    ],
    "received null": [
      "no-value",
      "a yes/no check failed or the value is missing altogether: there is no new value to update the test with, a human must look"
    ],
    "received nullish text": [
      "value-drift",
      "the assertion's value changed (expected \"Ann\", received nullable)"
    ],
    "expected 0": [
      "fallback",
      "no rule matched: a human should look"
    ],
    "received a login URL": [
      "fallback",
      "no rule matched: a human should look"
    ],
    "received a login-ish URL": [
      "value-drift",
      "the assertion's value changed (expected \"https://app.test/orders\", received \"https://app.test/logins-report\")"
    ],
    "received a sign-up URL": [
      "fallback",
      "no rule matched: a human should look"
    ],
    "a sign-up URL renamed": [
      "value-drift",
      "the assertion's value changed (expected \"https://app.test/signup\", received \"https://app.test/register\")"
    ],
    "a sign-in URL renamed": [
      "value-drift",
      "the assertion's value changed (expected \"https://app.test/login?next=%2F\", received \"https://app.test/sign-in?next=%2F\")"
    ],
    "an upstream timeout text with a 500": [
      "upstream-timeout",
      "a gateway timed out waiting for the backend (504 / \"upstream request timeout\"): the backend is unhealthy, not slow tests"
    ]
  };
  for (const [name, input] of cases) {
    test(name, () => {
      const r = triageFailure(input);
      assert.deepEqual([r.rule, r.reasons[0]], want[name]);
    });
  }
});

describe('computeSignals: one signal per word it knows', () => {
  test('HTTP statuses after an arrow of either kind or the word status, and none without', () => {
    assert.deepEqual(sig('Error: apiRequestContext.get: Request failed\n  \u2190 502 Bad Gateway\n').statuses, [502]);
    assert.deepEqual(sig('Error: request failed\n  <- 503 Service Unavailable\n').statuses, [503]);
    assert.deepEqual(sig('Error: expect(received).toBeOK()\n\nResponse status: 500\n').statuses, [500]);
    assert.deepEqual(sig('Error: failed with STATUS CODE: 404\n').statuses, [404]);
    assert.deepEqual(sig('Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 404\n').statuses, []);
  });
  test('a state matcher on an element that exists is a state mismatch; a value matcher is not', () => {
    const state = (m: string) => `Error: expect(locator).${m}() failed\n\nLocator: getByRole('checkbox')\nExpected: checked\nReceived: unchecked\n\nCall log:\n  - waiting for getByRole('checkbox')\n    9 × locator resolved to <input type="checkbox"/>\n`;
    for (const m of ['toBeVisible', 'toBeHidden', 'toBeAttached', 'toBeEnabled', 'toBeDisabled', 'toBeChecked', 'toBeEditable', 'toBeFocused', 'toBeInViewport', 'toBeEmpty']) assert.equal(sig(state(m)).stateMismatch, true, m);
    assert.equal(sig(state('toHaveText')).stateMismatch, false);
  });
  test("a secret field's values never reach the signals; another field's do", () => {
    const pw = "Error: expect(locator).toHaveValue(expected) failed\n\nLocator: getByLabel('Password')\nExpected: \"hunter2\"\nReceived: \"\"\n";
    const s = sig(pw);
    assert.deepEqual([s.expected, s.received], ['[REDACTED_PASSWORD]', '[REDACTED_PASSWORD]']);
    const e = sig(pw.replace("getByLabel('Password')", "getByLabel('Email')"));
    assert.deepEqual([e.expected, e.received], ['"hunter2"', '""']);
    const only = sig("Error: expect(locator).toHaveValue(expected) failed\n\nLocator: getByLabel('Password')\nExpected: \"hunter2\"\n");
    assert.deepEqual([only.expected, only.received], ['[REDACTED_PASSWORD]', undefined]);
  });
  test('the test timed out after a click that was performed: each last step of the call log', () => {
    const tt = (step: string) => `Test timeout of 30000ms exceeded.\n\nError: locator.click: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for getByRole('button', { name: 'Pay' })\n  - ${step}\n`;
    for (const step of ['performing click action', 'click action done', 'waiting for scheduled navigations to finish']) assert.equal(sig(tt(step)).actionAwaitedNavigation, true, step);
    assert.equal(sig(tt('attempting click action')).actionAwaitedNavigation, false);
  });
  test("Playwright's complaints about the test code, each wording", () => {
    assert.equal(sig('Error: Fixture "page" cannot be reused in a test').testCodeError, true);
    assert.equal(sig('Error: "context" and "page" fixtures are not supported in "beforeAll"').testCodeError, true);
    assert.equal(sig('Error: Matcher error: received value must be a Locator').testCodeError, true);
    assert.equal(sig('Error: boom').testCodeError, false);
    assert.equal(sig("Error: locator.fill: Error: Malformed value\nCall log:\n  - waiting for locator('#date')").malformedValue, true);
    assert.equal(sig('Error: the value is malformed').malformedValue, false);
  });
  test('credentials rejected with a 401, not with a 500', () => {
    const body = (status: number) => `Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: ${status}\n\n{"error":"Invalid username or password"}`;
    assert.equal(sig(body(401)).credentialsRejected, true);
    assert.equal(sig(body(500)).credentialsRejected, false);
  });
  test('both sides of a status assertion, only when both are HTTP statuses', () => {
    const st = (e: string, r: string) => {
      const s = sig(`Error: expect(received).toBe(expected)\n\nExpected: ${e}\nReceived: ${r}\n`);
      return [s.statusExpected, s.statusReceived];
    };
    assert.deepEqual(st('200', '401'), [200, 401]);
    assert.deepEqual(st('200', '"x"'), [undefined, undefined]);
    assert.deepEqual(st('"x"', '401'), [undefined, undefined]);
    assert.deepEqual(st('200', '299'), [undefined, undefined]);
  });
  test('a reset by a public host is the environment (either wording of the URL); by the local app it is a refused backend', () => {
    assert.equal(sig('Error: page.goto: net::ERR_CONNECTION_RESET at https://api.public-demo.example/v1\n').environment, 'connection reset by the remote host api.public-demo.example');
    assert.equal(sig('Error: page.goto: net::ERR_CONNECTION_RESET navigating to "https://shop.public-demo.example/", waiting until "load"\n').environment, 'connection reset by the remote host shop.public-demo.example');
    const local = sig('Error: page.goto: net::ERR_CONNECTION_RESET at http://localhost:3000/\n');
    assert.deepEqual([local.environment, local.connectionRefused], [undefined, true]);
  });
});

describe('stackBeyondMessage', () => {
  // What it replaced: strip the stack, drop it when its first 200 characters are in the message.
  const reference = (rawMessage: string, rawStack: string | undefined) => {
    const message = stripAnsi(rawMessage);
    const stack = rawStack ? stripAnsi(rawStack) : '';
    if (!stack) return '';
    const head = stack.slice(0, 200);
    return message.startsWith(head) || message.includes(head) ? '' : stack;
  };
  const check = (rawMessage: string, rawStack: string | undefined) =>
    assert.equal(stackBeyondMessage(rawMessage, stripAnsi(rawMessage), rawStack), reference(rawMessage, rawStack), JSON.stringify([rawMessage, rawStack]));

  test('equals stripping the stack and comparing heads, on stacks that repeat the message and escapes cut at its end', () => {
    const escapes = ['\u001b[31m', '\u001b[39m', '\u001b[2;33m', '\u001b[1', '\u001b[', '\u001b', '\u001b]8;;https://x.test/\u0007', '\u001b]8;;', '\u001b]8;;https://x.test/', '\u009b31m', '\u009b'];
    const tails = ['m', '9m', ';1m', '\u0007', '\u001b\\', '\n    at a (a.ts:1:1)', ''];
    const next = rng(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    for (let i = 0; i < 3000; i++) {
      let message = '';
      const len = pick([0, 10, 150, 199, 200, 230, 238, 239, 240, 260, 400]);
      while (message.length < len) message += pick(['Error: expect(locator).toHaveText() failed ', 'x', 'Locator: getByRole("row") ', '\n', ...escapes]);
      const stack = pick([message + pick(tails) + '\n    at a (a.ts:1:1)', message + pick(escapes) + pick(tails), message, message.slice(0, -3) + 'zzz\n    at b', 'other\n' + message, '']);
      check(message, stack);
      check(message, undefined);
    }
  });

  test('a message of 239 characters or more that the stack starts with: the stack is not needed', () => {
    const message = 'Error: ' + 'a'.repeat(232);
    assert.equal(stackBeyondMessage(message, message, message + '\n    at a (a.ts:1:1)'), '');
    const short = 'Error: boom';
    assert.equal(stackBeyondMessage(short, short, short + '\n    at a (a.ts:1:1)'), short + '\n    at a (a.ts:1:1)');
    assert.equal(stackBeyondMessage(short, short, short), '');
    assert.equal(stackBeyondMessage(short, short, ''), '');
  });

  test('a colour sequence cut at the end of the message, starting before its 200th character', () => {
    const message = 'E'.repeat(199) + '\u001b[' + '1;'.repeat(15) + '1';
    const stack = message + 'm\n    at a (a.ts:1:1)';
    check(message, stack);
    assert.equal(stackBeyondMessage(message, stripAnsi(message), stack), 'E'.repeat(199) + '\n    at a (a.ts:1:1)');
  });

  test('a short message whose last colour sequence is left open at its longest reach: the stack finishes it', () => {
    // ESC [ + 32 parameters + 4 intermediates: 38 characters, the final byte only in the stack.
    const open = '\u001b[' + '1'.repeat(32) + '    ';
    for (const pad of ['', 'x', 'xx']) {
      const message = 'Error: boom ' + open + pad;
      check(message, message + 'm\n    at a (a.ts:1:1)');
      check(message, message + '\n    at a (a.ts:1:1)');
    }
    // Around 200 characters: the stack is needed while the message is shorter than the head compared.
    for (const n of [198, 199, 200, 201]) {
      const message = '\u001b[31m' + 'E'.repeat(n) + '\u001b[39m';
      const stack = message + '\n    at a (a.ts:1:1)';
      check(message, stack);
      assert.equal(stackBeyondMessage(message, stripAnsi(message), stack), n < 200 ? 'E'.repeat(n) + '\n    at a (a.ts:1:1)' : '');
    }
    const closed = 'Error: boom \u001b[31m401\u001b[39m';
    check(closed, closed + '\n    at a (a.ts:1:1)');
    assert.equal(stackBeyondMessage(closed, stripAnsi(closed), closed + '\u001b[2m\n    at a\u001b[22m'), 'Error: boom 401\n    at a');
  });

  test('an OSC hyperlink left open at the end of a long message is read through the stack', () => {
    const message = 'Error: ' + 'b'.repeat(300) + '\u001b]8;;https://x.test/';
    const stack = message + '\u0007link\u001b]8;;\u0007\n    at a (a.ts:1:1)';
    check(message, stack);
    const early = 'Error: \u001b]8;;' + 'c'.repeat(300);
    check(early, early + '\u0007 tail\n    at a (a.ts:1:1)');
    assert.notEqual(stackBeyondMessage(early, stripAnsi(early), early + '\u0007 tail\n    at a (a.ts:1:1)'), '');
  });
});

describe('titleSaysSignIn and the own-login-test rule', () => {
  // Playwright's titlePath(): root, project, file, describes, title.
  test('a file, describe or title that names signing in, up or out, or registering, counts', () => {
    for (const own of [
      ['auth.spec.ts', 'logs in an existing user'],
      ['login.spec.ts', 'shows the form'],
      ['flows.spec.ts', 'Sign up', 'creates an account'],
      ['flows.spec.ts', 'user signs out'],
      ['flows.spec.ts', 'signing in with SSO'],
      ['flows.spec.ts', 'log-out clears the menu'],
      ['account/register.spec.ts', 'works'],
      ['a.spec.ts', 'Registration form'],
      ['a.spec.ts', 'Authentication', 'rejects a bad password'],
      ['a.spec.ts', 'pom login'],
    ]) {
      assert.equal(titleSaysSignIn(path(...own)), true, own.join(' > '));
    }
  });
  test('a signed-in state, an auth token, a longer word or the project do not count', () => {
    for (const own of [
      ['orders.spec.ts', 'as a logged in user', 'lists orders'],
      ['orders.spec.ts', 'signed in users see their orders'],
      ['reviews.spec.ts', 'GET /reviews is called with the auth token'],
      ['orders.spec.ts', 'authenticated user sees the dashboard'],
      ['blog.spec.ts', 'bloginfo renders'],
      ['shop.spec.ts', 'the catalog in stock'],
      ['design.spec.ts', 'signature pad draws', 'logistics page'],
      ['a.spec.ts', 'the registered address is shown'],
      ['contracts.spec.ts', 'signing the contract'],
    ]) {
      assert.equal(titleSaysSignIn(path(...own)), false, own.join(' > '));
    }
    assert.equal(titleSaysSignIn(['', 'login', 'orders.spec.ts', 'lists orders']), false, 'a project named login');
    assert.equal(titleSaysSignIn(['', 'chromium']), false);
    assert.equal(titleSaysSignIn(undefined), false);
    assert.equal(titleSaysSignIn(['', 'chromium', 42, null, 'login'] as unknown as string[]), true, 'a segment that is not a string is skipped, the rest still read');
    assert.equal(titleSaysSignIn('login' as unknown as string[]), false, 'not an array');
  });
  test('reads at most 16 segments, each up to 300 characters', () => {
    const filler = Array.from({ length: 15 }, (_, i) => `part ${i}`);
    assert.equal(titleSaysSignIn(path(...filler, 'login')), true, 'the 16th segment is read');
    assert.equal(titleSaysSignIn(path(...filler, 'x', 'login')), false, 'the 17th is not');
    assert.equal(titleSaysSignIn(path(`${'x '.repeat(147)}login`)), true, 'within 300 characters');
    assert.equal(titleSaysSignIn(path(`${'x '.repeat(150)}login`)), false, 'past 300 characters');
  });
  // The sign-in form where the test wanted its dashboard, as a lost session shows it.
  const failure: FailureInput = {
    message: 'Error: expect(page).toHaveURL(expected) failed\n\nExpected pattern: /\\/dashboard/\nReceived string:  "http://localhost:3000/login"\nTimeout: 5000ms\n',
    pageSnapshot: '- heading "Sign in" [level=1]\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"',
    project: 'chromium',
    status: 'failed',
  };
  test('the login form is a lost session, unless the test signs in by itself', () => {
    const lost = triageFailure({ ...failure, titlePath: path('orders.spec.ts', 'lists orders') });
    assert.equal(lost.rule, 'login-page');
    assert.equal(lost.category, 'clear-session');
    const own = triageFailure({ ...failure, titlePath: path('auth.spec.ts', 'logs in an existing user') });
    assert.equal(own.rule, 'own-login-test');
    assert.equal(own.category, 'unknown');
    assert.equal(own.class, 'C');
    assert.equal(triageFailure(failure).rule, 'login-page', 'no title path: the page decides');
  });
  test('only where the login-page rule would decide: a sign-in test whose goto timed out on the form is not moved', () => {
    const slow = { ...failure, message: 'Error: page.goto: Timeout 30000ms exceeded.\nCall log:\n  - navigating to "http://localhost:3000/login", waiting until "load"\n' };
    assert.equal(triageFailure(slow).rule === 'login-page', false, 'login-page itself does not decide here');
    const own = triageFailure({ ...slow, titlePath: path('auth.spec.ts', 'logs in') });
    assert.notEqual(own.rule, 'own-login-test');
    assert.equal(own.rule, triageFailure(slow).rule, 'the title changes nothing where the page is not the deciding evidence');
    assert.equal(sig(failure.message, { pageSnapshot: failure.pageSnapshot, titlePath: path('auth.spec.ts', 'logs in') }).ownLoginFailed, 'flow');
  });
  test('a test whose own title says it shows the login page is looking at the right page: what it misses there is the locator', () => {
    const copy = { ...failure, message: "Error: expect(locator).toBeVisible() failed\n\nLocator: locator('text=Welcome to Jaaduwrld').first()\nExpected: visible\nTimeout: 5000ms\nError: element(s) not found\n\nCall log:\n  - waiting for locator('text=Welcome to Jaaduwrld').first()\n" };
    for (const title of ['should display login page and phone number input', 'shows the sign-in form', 'login page renders', 'Sign-in screen is displayed', 'loads the login view']) {
      const r = triageFailure({ ...copy, titlePath: path('auth.spec.ts', title) });
      assert.equal(r.rule, 'element-not-found', title);
      assert.equal(sig(copy.message, { pageSnapshot: copy.pageSnapshot, titlePath: path('auth.spec.ts', title) }).loginPage, false, title);
    }
    // Only the test's own title, and only a page it shows: a describe block named so, or a test that signs in, is not.
    assert.equal(sig(copy.message, { pageSnapshot: copy.pageSnapshot, titlePath: ['', 'chromium', 'orders.spec.ts', 'shows the login page', 'lists orders'] }).loginPage, true);
    assert.equal(triageFailure({ ...copy, titlePath: path('auth.spec.ts', 'logs in from the login page') }).rule, 'own-login-test');
    assert.equal(triageFailure({ ...copy, titlePath: path('orders.spec.ts', 'shows the dashboard after login') }).rule, 'own-login-test');
    assert.equal(triageFailure({ ...copy, titlePath: path('auth.spec.ts', 'shows login errors for a wrong password') }).rule, 'own-login-test', 'a page, form, screen or view must be named');
  });
});

describe('rules from the 2026-12-05 corpus batch, each at its edge', () => {
  const notFound = (locator = "getByRole('heading', { name: 'Gombe City Tour' })") => `Error: expect(locator).toBeVisible() failed\n\nLocator: ${locator}\nExpected: visible\nTimeout: 5000ms\nError: element(s) not found\n\nCall log:\n  - Expect "toBeVisible" with timeout 5000ms\n  - waiting for ${locator}\n`;
  test("Next.js's Server Error and Build Error overlays are an app crash, not a selector or a backend", () => {
    for (const dialog of ['Server Error', 'Build Error', 'Unhandled Runtime Error']) {
      const r = triageFailure(fail(notFound(), `- alert\n- dialog "${dialog}":\n  - text: 1 of 1 error Next.js (14.2.18)\n  - heading "Error: Cannot find module './vendor-chunks/next.js'"`));
      assert.equal(r.rule, 'app-crashed', dialog);
    }
    assert.equal(triageFailure(fail(notFound(), '- dialog "Server settings":\n  - button "Save"')).rule, 'element-not-found');
  });
  test("Next.js 15's default error page (\"This page couldn't load\") is an app crash; a heading that only mentions loading is not", () => {
    for (const apostrophe of ['\u2019', "'"]) {
      const page = `- generic [ref=e1]:\n  - heading "This page couldn${apostrophe}t load" [level=1] [ref=e122]\n  - paragraph [ref=e123]: Reload to try again, or go back.\n  - button "Reload" [ref=e126] [cursor=pointer]`;
      assert.equal(triageFailure(fail(notFound(), page)).rule, 'app-crashed', apostrophe);
    }
    assert.equal(triageFailure(fail(notFound(), '- heading "This page could load faster" [level=1]\n- button "Reload"')).rule, 'element-not-found');
  });
  test('an error text received is not a new value; one expected and received is', () => {
    const m = (e: string, r: string) => `Error: expect(locator).toContainText(expected) failed\n\nLocator: locator('h1')\nExpected pattern: ${e}\nReceived string:  ${r}\nTimeout: 5000ms\n\nCall log:\n  - Expect "toContainText" with timeout 5000ms\n  - waiting for locator('h1')\n    9 × locator resolved to <h1>…</h1>\n      - unexpected value ${r}\n`;
    for (const received of ['"Server Error"', '"Internal Server Error"', '"Something went wrong"', '"An unexpected error occurred."', '"502 Bad Gateway"', '"Error 500"']) {
      assert.notEqual(triageFailure(fail(m('/Welcome/', received))).rule, 'value-drift', received);
    }
    assert.equal(triageFailure(fail(m('/Welcome/', '"Welcome back, Ada"'))).rule, 'value-drift');
    assert.equal(triageFailure(fail(m('"Server error"', '"Something went wrong"'))).rule, 'value-drift', 'the test expected an error text too');
    assert.equal(triageFailure(fail(m('/Welcome/', '"Errors in the form: 2"'))).rule, 'value-drift', 'a text that merely begins with "error"');
  });
  test("an API's JSON 404 in place of the page is a route not served; another JSON body stays unknown", () => {
    const wait = "Test timeout of 60000ms exceeded.\n\nError: locator.fill: Test timeout of 60000ms exceeded.\nCall log:\n  - waiting for getByTestId('destination-url-input')\n";
    const json404 = '- generic [ref=e2]: "{\\"statusCode\\":404,\\"message\\":\\"URL not found for short code: index.html\\"}"';
    assert.equal(triageFailure(fail(wait, json404)).rule, 'api-not-found-page');
    assert.equal(triageFailure(fail(wait, '- text: "{\\"error\\":\\"Not Found\\"}"')).rule, 'api-not-found-page');
    const other = triageFailure(fail(wait, '- generic [ref=e2]: "{\\"items\\":[],\\"total\\":0}"'));
    assert.equal(other.rule, 'api-response-page');
    assert.equal(other.category, 'unknown');
  });
  test("a URL wait that timed out on the app's 404 page is a missing route", () => {
    const url = 'TimeoutError: page.waitForURL: Timeout 10000ms exceeded.\n=========================== logs ===========================\nwaiting for navigation until "load"\n============================================================';
    const page404 = '- generic [active] [ref=e1]:\n  - heading "404" [level=1] [ref=e5]\n  - heading "This page could not be found." [level=2] [ref=e7]';
    assert.equal(triageFailure(fail(url, page404)).rule, 'not-found-page');
    assert.notEqual(triageFailure(fail(url, '- heading "Dashboard" [level=1]\n- button "Log out"')).rule, 'not-found-page');
    assert.notEqual(triageFailure(fail(url.replace('Timeout 10000ms exceeded.', 'navigation interrupted'), page404)).rule, 'not-found-page', 'not timed out');
  });
  test('a WebSocket upgrade answered 404 is a moved route', () => {
    assert.equal(triageFailure(fail('Error: Unexpected server response: 404')).rule, 'api-not-found');
    assert.deepEqual(sig('Error: Unexpected server response: 502').statuses, [502]);
    assert.notEqual(triageFailure(fail('Error: Unexpected server response')).rule, 'api-not-found');
  });
  test("Vite's answer outside its base URL is the environment", () => {
    const r = triageFailure(fail(notFound("locator('#root')"), '- text: The server is configured with a public base URL of /app/ - did you mean to visit\n- link "/app/login":\n  - /url: /app/login\n- text: instead?'));
    assert.equal(r.rule, 'environment');
    assert.match(r.reasons[0] ?? '', /base URL/);
  });
  test('a page with no text at all when a wait gave up is still loading; a rendered layout is not', () => {
    for (const snap of ['- img', '- img [ref=e4]', '- generic [ref=e1]:\n  - img [ref=e3]\n  - progressbar', '- generic [active] [ref=e1]:\n  - status [ref=e2]']) {
      assert.equal(triageFailure(fail(notFound("getByText('Dashboard')"), snap)).rule, 'blank-page', snap);
    }
    assert.equal(triageFailure(fail('TimeoutError: page.waitForURL: Timeout 12000ms exceeded.\n', '- img [ref=e4]')).rule, 'blank-page', 'a URL wait too');
    for (const snap of ['- img "Logo"', '- main [ref=e2]', '- generic [ref=e2]: Loading', '- img\n- text: Hello']) {
      assert.notEqual(triageFailure(fail(notFound("getByText('Dashboard')"), snap)).rule, 'blank-page', snap);
    }
    assert.notEqual(triageFailure(fail(notFound("getByText('Dashboard')"), `${'- img\n'.repeat(80)}`)).rule, 'blank-page', 'longer than a spinner');
    assert.notEqual(triageFailure(fail(notFound("getByText('Dashboard')"), '\n  \n')).rule, 'blank-page', 'a snapshot of blank lines shows nothing at all');
    assert.notEqual(triageFailure(fail('Error: expect(received).toBe(expected)\n\nExpected: 1\nReceived: 2\n', '- img')).rule, 'blank-page', 'no wait gave up');
  });
  test("a page that rendered nothing but a framework's shell (route announcer, notifications region) is unknown, not loading and not a selector", () => {
    for (const snap of ['- alert', '- region "Notifications alt+T"', '- generic [active] [ref=e1]:\n  - region "Notifications alt+T"', '- generic [ref=e1]:\n  - alert [ref=e2]\n  - region "Notifications (F8)"']) {
      const r = triageFailure(fail(notFound("getByRole('heading', { name: 'Dashboard' })"), snap));
      assert.equal(r.rule, 'rendered-nothing', snap);
      assert.equal(r.category, 'unknown', snap);
    }
    assert.equal(triageFailure(fail('TimeoutError: page.waitForURL: Timeout 12000ms exceeded.\n', '- alert')).rule, 'rendered-nothing', 'a URL wait too');
    // A spinner is loading; a container alone has no portal; a named alert or a region with content is the page's own.
    for (const snap of ['- img\n- alert', '- generic [ref=e1]', '- status', '- alert: Saved', '- region "Notifications alt+T":\n  - listitem: Saved', '- region "Sidebar"']) {
      assert.notEqual(triageFailure(fail(notFound("getByRole('heading', { name: 'Dashboard' })"), snap)).rule, 'rendered-nothing', snap);
    }
    assert.notEqual(triageFailure(fail(notFound("getByText('Dashboard')"), `${'- alert\n'.repeat(80)}`)).rule, 'rendered-nothing', 'longer than a shell');
    assert.notEqual(triageFailure(fail('Error: expect(received).toBe(expected)\n\nExpected: 1\nReceived: 2\n', '- alert')).rule, 'rendered-nothing', 'no wait gave up');
  });
  test("Next.js's dev tools button (and its icon) is the framework's: a page with only it and a shell rendered nothing, with only it and a spinner shows no text", () => {
    const heading = notFound("getByRole('heading', { name: /Welcome/i })");
    for (const snap of ['- alert\n- button "Open Next.js Dev Tools":\n  - img', '- generic [active] [ref=e1]:\n  - button "Open Next.js Dev Tools" [ref=e7] [cursor=pointer]:\n    - img [ref=e8]\n  - alert [ref=e9]']) {
      assert.equal(triageFailure(fail(heading, snap)).rule, 'rendered-nothing', snap);
    }
    assert.equal(triageFailure(fail(heading, '- button "Open Next.js Dev Tools":\n  - img\n- img')).rule, 'blank-page', 'a spinner beside it');
    // Only that button's own block is left out: content after it, or another button, is the page's.
    for (const snap of ['- alert\n- button "Open Next.js Dev Tools":\n  - img\n- heading "Sign in"', '- alert\n- button "Open menu":\n  - img']) {
      assert.notEqual(triageFailure(fail(heading, snap)).rule, 'rendered-nothing', snap);
    }
  });
  test("an upper bound in a test whose title names a time is a timing budget; elsewhere it is not", () => {
    const lt = (e: string, r: string, matcher = 'toBeLessThan') => `Error: expect(received).${matcher}(expected)\n\nExpected: < ${e}\nReceived:   ${r}\n`;
    assert.equal(triageFailure(fail(lt('50', '1000'), undefined, path('leaderboard.test.ts', 'Real-time Update Latency', 'stays low'))).rule, 'timing-budget');
    assert.equal(triageFailure(fail(lt('10000', '14853'), undefined, path('release-gates.spec.ts', 'homepage loads within smoke threshold'))).rule, 'timing-budget');
    assert.equal(triageFailure(fail(lt('3', '3', 'toBeLessThanOrEqual'), undefined, path('perf.spec.ts', 'renders'))).rule, 'timing-budget');
    assert.notEqual(triageFailure(fail(lt('5', '5'), undefined, path('timelapse.spec.ts', 'keyboard shortcuts control playback'))).rule, 'timing-budget');
    assert.notEqual(triageFailure(fail(lt('3', '3'), undefined, ['', 'performance', 'addresses.spec.ts', 'can delete an address'])).rule, 'timing-budget', 'the project is not read');
    assert.notEqual(triageFailure(fail(`Error: expect(received).toBeGreaterThan(expected)\n\nExpected: > 5\nReceived:   4\n`, undefined, path('perf.spec.ts', 'latency'))).rule, 'timing-budget', 'a lower bound');
    for (const title of ['page paints fast', 'response time', 'p95 under 200 ms', 'loads in under 2s', 'Performance budget']) assert.equal(titleSaysTiming(path('a.spec.ts', title)), true, title);
    for (const title of ['breakfast menu', 'slowly typed text', 'speedometer widget', 'the 5 steps']) assert.equal(titleSaysTiming(path('a.spec.ts', title)), false, title);
  });
  test('a sign-in box holds a value on its line or as a text child under its placeholder, not in a sibling', () => {
    assert.equal(credentialsTyped('- textbox "Email": ada@example.com'), true);
    assert.equal(credentialsTyped('- textbox "E-mail":\n  - /placeholder: you@example.com\n  - text: ada@example.com'), true);
    assert.equal(credentialsTyped('- textbox "Senha":\n  - text: "123456"'), true);
    assert.equal(credentialsTyped('- textbox "Email (System ID)":\n  - /placeholder: staff@example.com\n- text: Passkey'), false, 'a sibling text is a label');
    assert.equal(credentialsTyped('- textbox "Email":\n  - /placeholder: you@example.com\n  - img\n  - text: x'), false, 'only right under the placeholder');
    assert.equal(credentialsTyped('- textbox "Search":\n  - text: shoes'), false, 'not a sign-in box');
    assert.equal(credentialsTyped('- textbox "Email":\n- text: ada'), false);
    assert.equal(credentialsTyped('- textbox "Email":\n  - img\n  - text: ada'), false, 'a child that is neither the placeholder nor the value ends the look');
  });
  test('a boolean the test computed on the login form is no lost session; a URL on it is', () => {
    const loginForm = '- heading "Welcome Back" [level=1]\n- paragraph: Sign in to access races\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"';
    assert.notEqual(triageFailure(fail('Error: expect(received).toBeTruthy()\n\nReceived: false\n', loginForm)).category, 'clear-session');
    assert.equal(triageFailure(fail('Error: expect(page).toHaveURL(expected) failed\n\nExpected pattern: /\\/races/\nReceived string:  "http://localhost:3000/login"\n', loginForm)).category, 'clear-session');
  });
  test("a test that looks for the app's not-found page and got the sign-in form met the guard on unknown routes, not a lost session", () => {
    const loginForm = '- heading "Sign in" [level=3]\n- paragraph: Enter your credentials to continue\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"';
    const missing = (locator: string) => `Error: expect(locator).toBeVisible() failed\n\nLocator: ${locator}\nExpected: visible\nTimeout: 5000ms\nError: element(s) not found\n\nCall log:\n  - Expect "toBeVisible" with timeout 5000ms\n  - waiting for ${locator}\n`;
    for (const locator of ["locator('text=404')", "getByText('Page not found')", "getByRole('heading', { name: /not found/i })"]) {
      assert.notEqual(triageFailure(fail(missing(locator), loginForm)).category, 'clear-session', locator);
    }
    assert.notEqual(triageFailure(fail('Error: expect(locator).toHaveText(expected) failed\n\nLocator: locator(\'h1\')\nExpected string: "404"\nTimeout: 5000ms\nError: element(s) not found\n', loginForm)).category, 'clear-session', 'an expected 404');
    // Any other element looked for on the sign-in form is still a lost session (and 4040 is no 404).
    for (const locator of ["getByRole('heading', { name: 'Dashboard' })", "getByText('Order 4040')"]) {
      assert.equal(triageFailure(fail(missing(locator), loginForm)).category, 'clear-session', locator);
    }
  });
});

describe('rules from the 2026-12-05 batch, second round, each at its edge', () => {
  const loaded = `- banner:\n  - link "Home"\n- main:\n  - heading "Inventory" [level=1]\n${'  - listitem: item\n'.repeat(20)}`;
  test("the page quoting its own request's 5xx is a failing backend; 404/405 stay a moved route", () => {
    const r = triageFailure(fail(waitFor("getByRole('button', { name: 'a' })"), `${loaded}- paragraph: "Failed to fetch ingredients: Request failed with status code 500"`));
    assert.equal(r.rule, 'page-server-status');
    assert.equal(r.category, 'restart-backend');
    assert.equal(triageFailure(fail(waitFor("getByRole('button', { name: 'a' })"), `${loaded}- paragraph: Request failed with status code 405`)).rule, 'page-route-status');
    assert.notEqual(triageFailure(fail(waitFor("getByRole('button', { name: 'a' })"), `${loaded}- paragraph: Request failed with status code 501`)).category, 'restart-backend', '501 is not a failing backend');
  });
  test('a sign-in prompt naming its account, and a sign-in button naming where it signs in to, are a login form', () => {
    const form = '- heading "Amoha Admin" [level=1]\n- paragraph: Sign in to your admin account\n- textbox "admin@amoha.com"\n- textbox "Password"\n- button "Sign In to Admin Panel"';
    assert.equal(triageFailure(fail(waitFor("locator('main')"), form)).rule, 'login-page');
    assert.equal(sig(waitFor("locator('main')"), { pageSnapshot: '- paragraph: Sign in to your admin account' }).loginPage, true);
    assert.equal(sig(waitFor("locator('main')"), { pageSnapshot: '- textbox "Password"\n- button "Sign In to Admin Panel"' }).loginPage, true);
    assert.equal(sig(waitFor("locator('main')"), { pageSnapshot: '- paragraph: Sign in to your very long winded and wordy account\n- button "Open"' }).loginPage, false, 'one word between your and account, at most 20 letters');
  });
  test('a URL or event wait that ran into the timeout on a loaded page is the flow not getting there', () => {
    const url = 'Test timeout of 30000ms exceeded.\n\nError: page.waitForURL: Test timeout of 30000ms exceeded.\n=========================== logs ===========================\nwaiting for navigation to "**/preview/1" until "load"\n';
    const r = triageFailure(fail(url, loaded));
    assert.equal(r.rule, 'flow-wait-timeout');
    assert.match(r.reasons[0] ?? '', /the URL the test waited for/);
    assert.match(triageFailure(fail(url.replace(/waitForURL/g, 'waitForEvent'), loaded)).reasons[0] ?? '', /the event the test waited for/);
    assert.equal(triageFailure(fail(url)).rule, 'test-timeout', 'no page: slowness cannot be told apart');
    assert.equal(triageFailure(fail(url.replace(/waitForURL/g, 'waitForTimeout'), loaded)).rule, 'test-timeout');
    assert.equal(triageFailure(fail('TimeoutError: page.waitForURL: Timeout 30000ms exceeded.\n', loaded)).rule, 'flow-wait-timeout', 'its own timeout too');
  });
  test("the app's own error message where the element should be is the step failing in the app", () => {
    assert.equal(triageFailure(fail(waitFor("getByTestId('link-row')"), `${loaded}- alert: An unexpected system error occurred.`)).rule, 'app-error-message');
    assert.equal(triageFailure(fail(waitFor("getByTestId('link-row')"), `${loaded}- alert: An error has occurred`)).rule, 'app-error-message');
    assert.equal(triageFailure(fail(waitFor("getByTestId('link-row')"), `${loaded}- paragraph: we log every error that occurred last week`)).rule, 'element-not-found');
    // The same message in the languages of the apps the corpus holds.
    for (const text of ['حدث خطأ غير متوقع', 'Ocurrió un error inesperado', 'Ocorreu um erro inesperado.', "Une erreur inattendue s'est produite", 'Ein unerwarteter Fehler ist aufgetreten', 'Si è verificato un errore', 'Произошла непредвиденная ошибка', '发生意外错误', '予期しないエラーが発生しました', 'Beklenmeyen bir hata oluştu', 'Er is een fout opgetreden', 'Wystąpił nieoczekiwany błąd', '오류가 발생했습니다']) {
      assert.equal(triageFailure(fail(waitFor("getByTestId('link-row')"), `${loaded}- alert: ${text}`)).rule, 'app-error-message', text);
    }
    assert.equal(triageFailure(fail(waitFor("getByTestId('link-row')"), `${loaded}- paragraph: Kein Fehler ist aufgetreten? Un error de cálculo en la tabla`)).rule, 'element-not-found');
  });
  test('no new value in a membership check, an empty state or a status that stayed put', () => {
    const m = (e: string, r: string, matcher = 'toBe', rl = 'Received') => `Error: expect(received).${matcher}(expected)\n\nExpected: ${e}\n${rl}: ${r}\n`;
    assert.notEqual(triageFailure(fail(m('400', '[200, 401, 500]', 'toContain', 'Received array'))).rule, 'value-drift');
    assert.equal(triageFailure(fail(m('"a"', '["b"]', 'toEqual'))).rule, 'value-drift', 'an array compared whole is a value');
    assert.notEqual(triageFailure(fail(m('"Dropped item-1"', '"No events yet"', 'toContain'))).rule, 'value-drift');
    assert.notEqual(triageFailure(fail(m('"3 results"', '"No results found"'))).rule, 'value-drift');
    assert.equal(triageFailure(fail(m('"No orders yet"', '"No results found"'))).rule, 'value-drift', 'an empty state for an empty state');
    assert.equal(triageFailure(fail(m('"Nothing"', '"Nobody"'))).rule, 'value-drift');
    assert.notEqual(triageFailure(fail(m('"failed"', '"idle"'))).rule, 'value-drift');
    assert.equal(triageFailure(fail(m('"failed"', '"failed: disk full"'))).rule, 'value-drift', 'a status with more said is a value');
    assert.equal(triageFailure(fail(m('"Active"', '"Active users"'))).rule, 'value-drift');
    assert.equal(triageFailure(fail(m('"done"', '"Job failed"'))).rule, 'value-drift', 'a status word at the end of a sentence is a value');
  });
  test('a locator naming a value the test made at run time (a timestamp) is the record missing, never drift', () => {
    for (const loc of ["getByText('Tarea E2E 1784771719286')", "locator('text=Group 1778378031798').first()", "getByTestId('row-1600000000000')", "getByText('AUTO-20260707162105')"]) {
      const r = triageFailure(fail(waitFor(loc), loaded));
      assert.equal(r.rule, 'run-value-missing', loc);
      assert.equal(r.category, 'unknown');
    }
    assert.equal(triageFailure(fail(waitFor("getByText('Tarea E2E 1784771719286')"))).rule, 'run-value-missing', 'no page needed: the value cannot be stale');
    // Not a run-time stamp: too short or too long a number, one from before 2017, or the digits inside a longer number.
    for (const loc of ["getByText('Order 178477171928')", "getByText('Order 17847717192861')", "getByText('Ref 1400000000000')", "getByText('+11784771719286')"]) {
      assert.equal(triageFailure(fail(waitFor(loc), loaded)).rule, 'element-not-found', loc);
    }
  });
  test('a wait for an empty state on a loaded page is the data not being empty', () => {
    for (const loc of ["getByText('No notebooks yet')", 'getByText(/no expired contracts/i)', "locator('text=No results')", "locator('text=\"Nothing to show\"')"]) {
      const r = triageFailure(fail(waitFor(loc), loaded));
      assert.equal(r.rule, 'empty-state-expected', loc);
      assert.equal(r.category, 'update-test-data');
    }
    for (const loc of ["getByText('Notebooks')", "getByText('Note: yet another')", "getByRole('heading', { name: 'No results' })"]) {
      assert.notEqual(triageFailure(fail(waitFor(loc), loaded)).rule, 'empty-state-expected', loc);
    }
    assert.notEqual(triageFailure(fail(waitFor("getByText('No notebooks yet')"))).rule, 'empty-state-expected', 'no page to tell');
    assert.equal(triageFailure(fail(waitFor("locator('.list').getByText('No results')"), loaded)).rule, 'empty-state-expected', 'the text step of a chain');
  });
});

describe('rules from the 2026-12-05 batch, third round', () => {
  const signIn = '- heading "Sign in to your account" [level=2]\n- textbox "you@example.com"\n- textbox "Password"\n- button "Sign In"';
  test('toHaveURL against a string prints "Received:", against a pattern "Received string:": both read the login URL', () => {
    const plain = 'Error: expect(page).toHaveURL(expected) failed\n\nExpected: "http://localhost:3000/"\nReceived: "http://localhost:3000/login"\nTimeout:  5000ms\n';
    assert.equal(triageFailure(fail(plain, signIn)).rule, 'login-page');
    assert.equal(sig(plain).loginUrl, true);
    assert.equal(sig(plain.replace('Received: ', 'Received string:  ')).loginUrl, true);
    assert.equal(sig(plain.replace('/login"', '/catalog"')).loginUrl, false);
    // Without the page, a login URL alone is no evidence of a lost session (the test's own login may have failed).
    assert.notEqual(triageFailure(fail(plain)).category, 'clear-session');
    assert.notEqual(triageFailure(fail(plain.replace('Expected: "http://localhost:3000/"', 'Expected pattern: /dashboard/').replace('Received: ', 'Received string:  '))).category, 'clear-session');
  });
  test('a page that is only an "Unauthorized" message where a wait gave up is a lost session; "Forbidden" or a long page is not', () => {
    const wait = "Test timeout of 30000ms exceeded.\n\nError: page.waitForSelector: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for locator('text=Generated Posts') to be visible\n";
    const r = triageFailure(fail(wait, '- generic [ref=e2]: Unauthorized Access'));
    assert.notEqual(triageFailure(fail(wait, '- generic [ref=e2]: Unauthorized: invalid username or password')).category, 'clear-session', 'credentials refused');
    assert.equal(r.rule, 'unauthorized-page');
    assert.equal(r.category, 'clear-session');
    assert.equal(triageFailure(fail(wait, '- heading "401"\n- paragraph: You are not authorised to view this page')).rule, 'unauthorized-page');
    assert.notEqual(triageFailure(fail(wait, '- heading "403 Forbidden"\n- paragraph: You do not have access')).category, 'clear-session');
    assert.notEqual(triageFailure(fail(wait, `- paragraph: Unauthorized Access\n${'- listitem: row\n'.repeat(30)}`)).rule, 'unauthorized-page', 'a long page says more than that');
    assert.notEqual(triageFailure(fail('Error: expect(received).toBe(expected)\n\nExpected: 1\nReceived: 2\n', '- generic: Unauthorized')).rule, 'unauthorized-page', 'no wait gave up');
    assert.notEqual(triageFailure(fail(wait, '- generic: Unauthorizedness is a word nobody uses')).rule, 'unauthorized-page', 'a whole word');
  });
});

describe('the 2026-12-05 rules: the details mutation testing found untested', () => {
  const m = (e: string, r: string) => `Error: expect(received).toBe(expected)\n\nExpected: ${e}\nReceived: ${r}\n`;
  test('an error text or an empty state counts only at the start of the value', () => {
    assert.equal(triageFailure(fail(m('"2 entries"', '"3 entries in the server error log"'))).rule, 'value-drift');
    assert.equal(triageFailure(fail(m('"3 results"', '"Showing 3; no filters found"'))).rule, 'value-drift');
    assert.notEqual(triageFailure(fail(m('"Welcome"', '  Something went wrong'))).rule, 'value-drift', 'after spaces, unquoted');
  });
  test('an empty-state locator needs a word after "no"', () => {
    assert.notEqual(triageFailure(fail(waitFor("getByText('No')"), `- main:\n${'  - listitem: item\n'.repeat(20)}`)).rule, 'empty-state-expected');
  });
  test('title words: signin written as one word, login written as one word in a prompt, loads or loading times', () => {
    assert.equal(titleSaysSignIn(path('signin.spec.ts', 'works')), true);
    assert.equal(titleSaysTiming(path('a.spec.ts', 'load time stays low')), true);
    assert.equal(titleSaysTiming(path('a.spec.ts', 'page paint')), true);
    assert.equal(titleSaysTiming(path('a.spec.ts', 'the painter draws')), false);
    assert.equal(sig(waitFor("locator('main')"), { pageSnapshot: '- paragraph: Login to your account\n- button "Go"' }).loginPage, true);
  });
  test("an API's JSON 404 reads its status code with or without escaped quotes", () => {
    const wait = "Test timeout of 60000ms exceeded.\n\nError: locator.fill: Test timeout of 60000ms exceeded.\nCall log:\n  - waiting for getByTestId('url')\n";
    assert.equal(sig(wait, { pageSnapshot: '- text: "{"statusCode": 404}"' }).apiResponsePage, 'not-found');
    assert.equal(sig(wait, { pageSnapshot: '- text: "{\\"code\\":404}"' }).apiResponsePage, 'not-found');
    assert.equal(sig(wait, { pageSnapshot: '- text: "{\\"status\\":4040}"' }).apiResponsePage, 'other');
  });
  test('a blank page is whole lines of images and empty containers, and a Vite base-URL page is short', () => {
    assert.notEqual(triageFailure(fail(waitFor("getByText('Dashboard')"), '- paragraph: Loading - img')).rule, 'blank-page');
    assert.equal(triageFailure(fail(waitFor("getByText('Dashboard')"), '- img  [ref=e4]  [cursor=pointer]')).rule, 'blank-page');
    const vite = '- text: The server is configured with a public base URL of /app/ - did you mean to visit\n- link "/app/login"';
    assert.equal(triageFailure(fail(waitFor("locator('#root')"), vite)).rule, 'environment');
    assert.notEqual(triageFailure(fail(waitFor("locator('#root')"), `${vite}\n${'- paragraph: docs about base urls\n'.repeat(30)}`)).rule, 'environment', 'a long page that quotes it');
  });
});

describe('fifth-batch rules (2026-12-05): selector syntax, a socket that never connected, a click an overlay kept taking', () => {
  test('a selector Playwright could not parse is the locator, with or without a wait line; a script\'s Unexpected token is not', () => {
    const css = 'Error: locator.click: Unexpected token "=" while parsing css selector "a[href="/jobs"], text="Jobs"". Did you mean to CSS.escape it?\nCall log:\n  - waiting for a[href="/jobs"], text="Jobs" >> nth=0\n';
    assert.equal(triageFailure(fail(css)).category, 'update-selectors');
    const role = 'Error: locator.count: Error: Unknown attribute "aria-label", must be one of "checked", "disabled", "expanded", "include-hidden", "level", "name", "pressed", "selected".\n    at validateAttributes (<anonymous>:4915:15)\n';
    assert.equal(triageFailure(fail(role)).category, 'update-selectors');
    assert.equal(sig('Error: page.evaluate: SyntaxError: Unexpected token "=" in JSON at position 3').wrongElement, false);
    assert.equal(sig('Error: Unknown attribute "x" in the config').wrongElement, false);
  });

  test('net::ERR_SOCKET_NOT_CONNECTED from the app\'s own host is a backend that is not up', () => {
    const local = 'Error: page.goto: net::ERR_SOCKET_NOT_CONNECTED at http://localhost:8080/profile\nCall log:\n  - navigating to "http://localhost:8080/profile", waiting until "load"\n';
    const r = triageFailure(fail(local));
    assert.equal(r.category, 'restart-backend');
    // Read as a refused connection wherever it points, as ERR_CONNECTION_REFUSED is.
    const other = local.replaceAll('localhost:8080', 'shop.example.com');
    assert.equal(triageFailure(fail(other)).rule, triageFailure(fail(other.replaceAll('ERR_SOCKET_NOT_CONNECTED', 'ERR_CONNECTION_REFUSED'))).rule);
  });

  test('a click that another element kept taking until the test ended is the locator, not slowness', () => {
    const msg = (tail: string) => `Error: page.click: Test ended.\nCall log:\n  - waiting for locator('button.btn-primary:has-text("Run")')\n    - locator resolved to 2 elements. Proceeding with the first one: <button class="btn-primary">Run Agent</button>\n  - attempting click action\n    2 × waiting for element to be visible, enabled and stable\n      - element is visible, enabled and stable\n      - <div class="rad-overlay">…</div> intercepts pointer events\n${tail}`;
    assert.equal(triageFailure(fail(msg('    - retrying click action\n    - waiting 20ms\n'))).category, 'update-selectors');
    assert.equal(triageFailure(fail(msg('    - retrying click action\n'))).rule, 'pointer-intercepted');
    // Not retried, or no time ran out: not this rule.
    assert.equal(sig(msg('')).pointerIntercepted, false);
    assert.equal(sig(msg('    - retrying click action\n').replace('Test ended.', 'Element is not attached to the DOM')).pointerIntercepted, false);
  });

  test('a page closed under a click still retrying against an element that took its pointer events is the overlay, not the environment', () => {
    const msg = (log: string) => `Error: locator.click: Target page, context or browser has been closed\nCall log:\n  - waiting for getByRole('button', { name: 'Start focus' })\n    - locator resolved to <button type="button">Start focus</button>\n  - attempting click action\n${log}`;
    const intercepted = '    2 × waiting for element to be visible, enabled and stable\n      - element is visible, enabled and stable\n      - <div class="ob__card">…</div> from <bf-onboarding>…</bf-onboarding> subtree intercepts pointer events\n    - retrying click action\n      - waiting 100ms\n';
    const r = triageFailure(fail(msg(intercepted)));
    assert.equal(r.rule, 'pointer-intercepted');
    assert.equal(sig(msg(intercepted)).environment, undefined);
    // Closed with no element taking the clicks, or before any retry: the browser or page went away, the environment.
    assert.equal(triageFailure(fail(msg('    - waiting for element to be visible, enabled and stable\n    - retrying click action\n'))).rule, 'environment');
    assert.equal(triageFailure(fail(msg(intercepted.replace('    - retrying click action\n', '')))).rule, 'environment');
    assert.equal(triageFailure(fail(msg(''))).rule, 'environment');
  });

  test('an action that kept finding its element disabled until the time ran out is neither the locator nor slowness', () => {
    const msg = (head: string, tail: string) =>
      `${head}\nCall log:\n  - waiting for getByTestId('execute-shorten-btn')\n    - locator resolved to <button disabled data-testid="execute-shorten-btn"> Shorten </button>\n  - attempting click action\n    2 × waiting for element to be visible, enabled and stable\n      - element is not enabled\n${tail}`;
    const timeout = 'Test timeout of 60000ms exceeded.\n\nError: locator.click: Test timeout of 60000ms exceeded.';
    const retried = '    - retrying click action\n    - waiting 20ms\n';
    const r = triageFailure(fail(msg(timeout, retried), '- button "Shorten" [disabled]\n- textbox "Destination URL"'));
    assert.equal(r.rule, 'element-disabled');
    assert.equal(r.category, 'unknown');
    assert.match(r.reasons[0] ?? '', /getByTestId\('execute-shorten-btn'\) resolved, but the element stayed disabled/);
    assert.equal(sig(msg('TimeoutError: locator.click: Timeout 10000ms exceeded.', retried)).elementDisabled, true, 'an action timeout too');
    // Not retried, or no time ran out: not this rule.
    assert.equal(sig(msg(timeout, '')).elementDisabled, false);
    assert.equal(sig(msg('Error: locator.click: Target page, context or browser has been closed', retried)).elementDisabled, false);
  });

  test('a screenshot that differs from its baseline, or has none yet, is an expectation to update', () => {
    const pixels = 'Error: expect(page).toHaveScreenshot(expected) failed\n\n  1115 pixels (ratio 0.01 of all image pixels) are different.\n\n  Snapshot: explore-390.png\n';
    const size = 'Error: expect(page).toHaveScreenshot(expected) failed\n\n  Expected an image 390px by 844px, received 390px by 1210px. 5120 pixels (ratio 0.02 of all image pixels) are different.\n';
    const onlySize = 'Error: expect(page).toHaveScreenshot(expected) failed\n\n  Expected an image 390px by 844px, received 390px by 1210px.\n';
    const missing = "Error: A snapshot doesn't exist at /home/runner/work/app/tests/visual.spec.ts-snapshots/home-chromium-linux.png, writing actual.";
    for (const m of [pixels, size, onlySize, missing]) {
      const r = triageFailure(fail(m));
      assert.equal(r.rule, 'screenshot-drift', m);
      assert.equal(r.category, 'update-test-data');
    }
    // A page that never held still, or a test that ran out of time while taking it: not a drift of the image.
    assert.equal(sig('Error: expect(page).toHaveScreenshot(expected) failed\n\n  Timeout 5000ms exceeded.\n  Failed to take two consecutive stable screenshots.\n').screenshotDrift, false);
    assert.equal(sig(`Test timeout of 30000ms exceeded.\n\n${pixels}`).screenshotDrift, false);
  });

  test("a launch that failed (a browser's or an Electron app's) is the environment, never a backend to restart", () => {
    const electron = 'Error: electron.launch: WebSocket error: read ECONNRESET\nCall log:\n  - <launching> /app/node_modules/electron/dist/electron -r loader.js --inspect=0 --remote-debugging-port=0 .\n  - <ws connecting> ws://127.0.0.1:33945/df397c01\n';
    const r = triageFailure(fail(electron));
    assert.equal(r.rule, 'environment');
    assert.equal(r.category, 'unknown');
    const persistent = 'Error: browserType.launchPersistentContext: Failed to launch the browser process!\n[pid=412][err] error while loading shared libraries: libnss3.so\n';
    assert.equal(triageFailure(fail(persistent)).rule, 'environment');
  });

  test("a hosting platform's own 404 page (Vercel's \"404: NOT_FOUND\") is a route the deployment does not serve", () => {
    const snapshot = '- main [ref=e3]:\n  - paragraph [ref=e4]:\n    - generic [ref=e5]:\n      - strong [ref=e6]: "404"\n      - text: ": NOT_FOUND"\n    - generic [ref=e7]:\n      - text: "Code:"\n      - code [ref=e8]: "`NOT_FOUND`"\n';
    const wait = "Test timeout of 30000ms exceeded.\nError: page.click: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for locator('text=Site Extractions')\n";
    const r = triageFailure(fail(wait, snapshot));
    assert.equal(r.rule, 'not-found-page');
    assert.equal(r.category, 'fix-api-routes');
    assert.notEqual(triageFailure(fail(wait, snapshot.replace(': NOT_FOUND', ': Welcome'))).rule, 'not-found-page');
  });

  test('a count of 0 read while the page still shows its loading placeholder is a page that had not loaded', () => {
    const count = 'Error: expect(received).toBeGreaterThan(expected)\n\nExpected: > 0\nReceived:   0\n';
    const loading = '- generic [active] [ref=e1]:\n  - generic [ref=e2]: Loading Design Studio...\n  - alert [ref=e3]\n';
    const r = triageFailure(fail(count, loading));
    assert.equal(r.rule, 'still-loading');
    assert.equal(r.category, 'performance');
    assert.match(r.reasons[0] ?? '', /the test read 0 while the page still showed its loading placeholder/);
    // A value that is something, or a page that has loaded: not this rule.
    assert.notEqual(triageFailure(fail(count.replace('Received:   0', 'Received:   -1'), loading)).rule, 'still-loading');
    assert.notEqual(triageFailure(fail(count, loading.replace('Loading Design Studio...', 'Design Studio'))).rule, 'still-loading');
    // A locator wait on such a page, as before.
    assert.equal(triageFailure(fail("Error: expect(locator).toBeVisible() failed\n\nLocator: getByText('Swatches')\nExpected: visible\nTimeout: 5000ms\nError: element(s) not found\n", loading)).rule, 'still-loading');
  });
});

describe('seventh-batch rules (2026-12-05): a framework 404 body, a build-error overlay, a fixture that never set up, an axe audit, a host waking up', () => {
  test('Express\'s default 404 body ("Cannot GET /path") is a route the server does not serve; the words elsewhere are not', () => {
    const r = triageFailure(fail(waitFor("locator('#mobile-menu-toggle')"), '- generic [ref=e2]: Cannot GET /forge/'));
    assert.equal(r.rule, 'not-found-page');
    assert.equal(r.category, 'fix-api-routes');
    assert.notEqual(triageFailure(fail(waitFor("locator('#mobile-menu-toggle')"), '- paragraph [ref=e2]: We cannot get your orders right now')).rule, 'not-found-page');
    // Playwright's flags before the ref (the body element has focus): the same page.
    assert.equal(triageFailure(fail(waitFor("locator('input[type=\"text\"]')"), '- generic [active] [ref=e1]: Cannot GET /login')).rule, 'not-found-page');
  });

  test('a count of 0 on the app\'s 404 page is a route that is gone, not a locator', () => {
    const count = "Error: expect(locator).toHaveCount(expected) failed\n\nLocator:  locator('button').filter({ hasText: 'Export' })\nExpected: 1\nReceived: 0\nTimeout:  5000ms\n";
    const page = '- generic [ref=e3]:\n  - heading "404" [level=1] [ref=e4]\n  - heading "This page could not be found." [level=2] [ref=e6]\n';
    const r = triageFailure(fail(count, page));
    assert.equal(r.rule, 'not-found-page');
    assert.equal(triageFailure(fail(count, '- heading "Reports" [level=1]')).rule, 'count-zero');
  });

  test("Next.js's build-error overlay that names its dialog nothing is the app's code failing, not a locator", () => {
    const overlay = '- dialog [ref=e4]:\n  - generic [ref=e5]:\n    - heading "Build Error" [level=1] [ref=e7]\n    - paragraph [ref=e8]: Failed to compile\n';
    const r = triageFailure(fail("TimeoutError: page.waitForSelector: Timeout 15000ms exceeded.\nCall log:\n  - waiting for locator('input[type=\"tel\"]') to be visible\n", overlay));
    assert.equal(r.rule, 'app-crashed');
    assert.equal(r.category, 'unknown');
  });

  test('a test that ran out of time while Playwright set up its page, context or browser is the environment; a fixture of its own is not', () => {
    const r = triageFailure(fail('Test timeout of 30000ms exceeded while setting up "page".'));
    assert.equal(r.rule, 'environment');
    assert.equal(r.category, 'unknown');
    assert.equal(sig('Test timeout of 30000ms exceeded while setting up "context".').environment !== undefined, true);
    assert.equal(sig('Test timeout of 30000ms exceeded while setting up "loggedInPage".').environment, undefined);
  });

  test("an axe audit's violations, as JSON or a printed object, are the app's accessibility, not test data", () => {
    const json = 'Error: [\n  {\n    "id": "color-contrast",\n    "impact": "serious",\n    "nodes": 1\n  }\n]\n\nexpect(received).toEqual(expected) // deep equality\n\n- Expected  - 1\n+ Received  + 7\n';
    const r = triageFailure(fail(json));
    assert.equal(r.rule, 'a11y-audit');
    assert.equal(r.category, 'unknown');
    assert.equal(sig("Error: expect(received).toEqual(expected)\n+   Object {\n+     impact: 'critical',\n").a11yAudit, true);
    assert.equal(sig('Error: expect(received).toEqual(expected)\n- "impact": "high"\n+ "impact": "low"\n').a11yAudit, false, 'another impact scale is data');
  });

  test('a free host\'s cold-start page ("Service waking up ...") is a page that had not loaded', () => {
    const page = '- generic [ref=e7]:\n  - generic [ref=e8]: 21:41:05 Incoming HTTP request detected ...\n  - generic [ref=e9]: 21:41:08 Service waking up ...\n';
    const r = triageFailure(fail("TimeoutError: page.fill: Timeout 30000ms exceeded.\nCall log:\n  - waiting for locator('#email')\n", page));
    assert.equal(r.rule, 'still-loading');
    assert.equal(r.category, 'performance');
  });
});

describe('eighth-batch readings (2026-12-05): a test of the session itself, a JavaScript error in the test, a server-side exception page', () => {
  test("a test whose title says it checks the session's persistence lands on the login form as its own result, not a stale session", () => {
    const url = 'Error: expect(page).toHaveURL(expected) failed\n\nExpected pattern: /\\/dashboard/i\nReceived string:  "http://localhost:3001/login"\nTimeout: 5000ms\n';
    const login = '- heading "Welcome Back" [level=1]\n- paragraph: Please login to your account\n- textbox "Email"\n- textbox "Password"\n- button "Log in"\n';
    const own = triageFailure(fail(url, login, path('auth.spec.js', 'Authenticated User Session', 'should persist session after page reload')));
    assert.equal(own.class, 'C');
    assert.equal(triageFailure(fail(url, login, path('dashboard.spec.ts', 'Dashboard', 'shows the orders'))).rule, 'login-page');
    assert.equal(titleSaysSignIn(path('auth.spec.ts', 'keeps the user session after a refresh')), true);
    for (const title of ['deve persistir a sessão após recarregar a página', 'debe mantener la sesión al recargar', 'la session persiste après rechargement', 'a sessão continua após recarregar a página', 'deve manter a sessão do usuário']) {
      assert.equal(titleSaysSignIn(path('auth.spec.ts', title)), true, title);
    }
    assert.equal(titleSaysSignIn(path('cart.spec.ts', 'carrinho da sessão de convidado')), false, 'a session named in Portuguese, not tested');
    assert.equal(titleSaysSignIn(path('cart.spec.ts', 'Cart — guest session', 'adds an item')), false, 'a session named, not tested');
    assert.equal(titleSaysSignIn(path('app.spec.ts', 'dashboard after the session expired')), false, 'an expired session is how the test starts: a stale session to clear');
  });

  test("a JavaScript error the test's own code threw is the test's bug, whatever the page shows; a Playwright call's or an assertion's is not", () => {
    const login = '- heading "Sign in to your account" [level=1]\n- textbox "Username or email"\n- textbox "Password"\n- button "Sign in"\n';
    const r = triageFailure(fail('TypeError: _page$textContent.includes is not a function', login));
    assert.equal(r.rule, 'test-threw');
    assert.equal(r.category, 'unknown');
    assert.equal(sig("ReferenceError: orderId is not defined\n    at /app/tests/orders.spec.ts:12:5").testThrew, true);
    assert.equal(sig("TypeError: Cannot read properties of undefined (reading 'locator')").testThrew, true);
    assert.equal(sig('TypeError: expect(received).toMatch(expected)\n\nMatcher error: received value must be a string').testThrew, false);
    assert.equal(sig('TypeError: apiRequestContext.post: Invalid URL').testThrew, false);
    assert.equal(sig('Error: locator.click: Target page, context or browser has been closed').testThrew, false);
  });

  test("Next.js's \"Application error: a server-side exception has occurred\" is the app crashing, not a backend to restart", () => {
    const page = '- generic [ref=e2]:\n  - heading "Application error: a server-side exception has occurred while loading localhost (see the server logs for more information)." [level=2]\n  - heading "Digest: 1234567" [level=2]\n';
    const r = triageFailure(fail(waitFor("getByRole('button', { name: 'English' })"), page));
    assert.equal(r.rule, 'app-crashed');
    assert.equal(r.category, 'unknown');
  });
});
