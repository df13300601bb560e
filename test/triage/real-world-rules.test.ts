// Rules added for failures from projects nobody here wrote (issue 14): one example of each shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triageFailure, type FailureInput } from '../../src/triage/index.js';

const LOGIN = '- heading "Welcome back" [level=1]\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"';
const cases: [string, FailureInput, string][] = [
  ['DNS failure is the environment', { message: 'Error: page.goto: net::ERR_NAME_NOT_RESOLVED at https://qa.example.com/\nCall log:\n  - navigating to "https://qa.example.com/", waiting until "load"' }, 'unknown'],
  ['certificate error is the environment', { message: 'Error: page.goto: net::ERR_CERT_AUTHORITY_INVALID at https://10.0.0.1/' }, 'unknown'],
  ['bot check page is the environment', { message: "Error: expect(locator).toBeVisible() failed\n\nLocator: getByAltText('Your Store')\nExpected: visible\nError: element(s) not found", pageSnapshot: '- heading "shop.example.com"\n- paragraph: Verifying you are human. This may take a few seconds.' }, 'unknown'],
  ['WebKit connection refused restarts the backend', { message: 'page.goto: Could not connect: Connection refused\nCall log:\n  - navigating to "http://localhost:3000/", waiting until "load"' }, 'restart-backend'],
  ['Firefox connection refused restarts the backend', { message: 'Error: page.goto: NS_ERROR_CONNECTION_REFUSED\nCall log:\n  - navigating to "http://localhost:3000/", waiting until "load"' }, 'restart-backend'],
  ['a test timeout that aborts goto is performance', { message: 'Test timeout of 30000ms exceeded.\n\nError: page.goto: net::ERR_ABORTED; maybe frame was detached?\nCall log:\n  - navigating to "http://localhost:3000/", waiting until "load"' }, 'performance'],
  ['toHaveURL that landed on /login clears the session', { message: 'Error: expect(page).toHaveURL(expected) failed\n\nExpected pattern: /dashboard/\nReceived string:  "http://localhost:3000/login?next=%2Fdashboard"', pageSnapshot: LOGIN }, 'clear-session'],
  ['test timeout waiting for a locator on the sign-in form clears the session', { message: "Test timeout of 30000ms exceeded.\n\nError: locator.click: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for getByRole('button', { name: 'Edit' })", pageSnapshot: '- heading "Reviews"\n- paragraph: Sign in to view your reviews' }, 'clear-session'],
  ['a login form with the typed credentials is not a lost session', { message: "Error: expect(locator).toBeVisible() failed\n\nLocator: getByRole('heading', { name: 'Dashboard' })\nExpected: visible\nError: element(s) not found", pageSnapshot: '- heading "Login"\n- textbox "Username": alice\n- textbox "Password"\n- button "Login"\n- paragraph: Invalid username or password' }, 'update-test-data'],
  ['a test timeout waiting for a locator on a loaded page is selector drift', { message: "Test timeout of 30000ms exceeded.\n\nError: locator.click: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for getByTestId('save')", pageSnapshot: '- heading "Settings" [level=1]\n- button "Save changes"\n- textbox "Name"' }, 'update-selectors'],
  ['Expected 401 / Received 404 is a moved route', { message: 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 401\nReceived: 404' }, 'fix-api-routes'],
  ['Received 401 with no session evidence is not Class A', { message: 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 201\nReceived: 401' }, 'unknown'],
  ['Received 403 with an expired-token body refreshes tokens', { message: 'Error: request failed\n{"error":"jwt expired"}\n\nExpected: 200\nReceived: 403' }, 'refresh-tokens'],
  ['Received 405 is a route/method change', { message: 'Error: expect(received).toBe(expected)\n\nExpected: 200\nReceived: 405' }, 'fix-api-routes'],
  ['a CSP violation quoted in a received array is security', { message: 'Error: expect(received).toEqual(expected)\n\n- Expected  - 1\n+ Received  + 3\n\n- Array []\n+ Array [\n+   "Refused to load the script because it violates the following Content Security Policy directive: script-src \'self\'",\n+ ]\n\nExpected: []\nReceived: ["Refused to load the script because it violates the following Content-Security-Policy"]' }, 'security'],
  ['a 404 page under a locator failure is a moved route', { message: "Error: expect(locator).toBeVisible() failed\n\nLocator: getByRole('heading', { name: 'Product' })\nExpected: visible\nError: element(s) not found", pageSnapshot: '- heading "404" [level=1]\n- paragraph: Page not found' }, 'fix-api-routes'],
  ['a framework error overlay is an app crash, not the backend', { message: "Error: locator.check: Test timeout of 30000ms exceeded.\nCall log:\n  - waiting for getByRole('checkbox')", pageSnapshot: '- dialog "Runtime Error":\n  - paragraph: "ChunkLoadError: Loading chunk app/page failed. (error: http://localhost:3000/_next/static/chunks/app/page.js)"' }, 'unknown'],
  ['an app heading that now reads "Sign in" on the login form clears the session', { message: "Error: expect(locator).toHaveText(expected) failed\n\nLocator:  getByRole('heading', { level: 1 })\nExpected: \"Alder Creek Farm\"\nReceived: \"Sign in\"\nTimeout:  5000ms\n\nCall log:\n  - waiting for getByRole('heading', { level: 1 })\n    12 × locator resolved to <h1>Sign in</h1>\n       - unexpected value \"Sign in\"", pageSnapshot: '- heading "Sign in" [level=1]\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"' }, 'clear-session'],
  ['a list locator that resolved to 0 elements on the login form clears the session', { message: "Error: expect(locator).toHaveText(expected) failed\n\nLocator: getByRole('row', { name: /Dana/ }).getByRole('cell')\nTimeout: 5000ms\n- Expected  - 5\n+ Received  + 1\n\n- Array [\n-   \"3\",\n- ]\n+ Array []\n\nCall log:\n  - waiting for getByRole('row', { name: /Dana/ }).getByRole('cell')\n    13 × locator resolved to 0 elements\n       - unexpected value \"[]\"", pageSnapshot: '- heading "Sign in" [level=1]\n- textbox "Email"\n- textbox "Password"\n- button "Sign in"' }, 'clear-session'],
  ['a connection reset by a remote public host is the network, never a redeploy', { message: 'page.goto: net::ERR_CONNECTION_RESET at https://staging.example.org/app/\nCall log:\n  - navigating to "https://staging.example.org/app/", waiting until "load"' }, 'unknown'],
  ['a connection reset by the local app still restarts the backend', { message: 'Error: page.goto: net::ERR_CONNECTION_RESET at http://localhost:3000/\nCall log:\n  - navigating to "http://localhost:3000/", waiting until "load"' }, 'restart-backend'],
  ['a socket hang-up from a compose service restarts the backend', { message: 'Error: apiRequestContext.get: socket hang up\nCall log:\n  - → GET http://api:8080/health' }, 'restart-backend'],
  ['a refused connection to a remote staging host still restarts the backend', { message: 'Error: page.goto: net::ERR_CONNECTION_REFUSED at https://staging.example.org/' }, 'restart-backend'],
  ['a timing budget is performance', { message: 'Error: Page took 14017ms to paint (budget: 5000ms)\n\nexpect(received).toBeLessThan(expected)\n\nExpected: < 5000\nReceived:   14017' }, 'performance'],
];

for (const [name, input, category] of cases) {
  test(name, () => {
    const r = triageFailure(input);
    assert.equal(r.category, category, `rule ${r.rule}: ${r.reasons.join(' | ')}`);
  });
}
