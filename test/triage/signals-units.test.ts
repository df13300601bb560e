// The helpers behind triage's signals, each against the behaviour it stands for: the hand-written
// scanners against the regular expressions they replaced, the host ranges one by one.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countsThroughLocator, errorInHeading, hasContent, isPrivateHost, isRegexSpace, showsErrorPage, snapshotHead } from '../../src/triage/signals.js';

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
