// Units of triage's text layer, each at its edges: line scanning, fenced blocks, ANSI stripping, the
// locator / status / request / Expected-Received readers, the bigram prefilter, fingerprint
// normalisation, input caps, and how triage combines the rows that matched. Written against the
// mutants Stryker left alive in the `triage-text` group (npm run mutation -- triage-text), and the
// hand-over files between the reporter and the fixtures.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fencedBlock, linesAt, matchLine, someLineStartsWith, splitLines } from '../../src/triage/lines.js';
import { extractExpectedReceived, extractHttpStatuses, extractLocator, extractMatcher, extractRequests, stripAnsi } from '../../src/triage/text.js';
import { anyWord, BigramIndex } from '../../src/triage/bigrams.js';
import { normalizeLocator, normalizeMessage } from '../../src/triage/fingerprint.js';
import { capEvidence, capFailureInput, capInput, capText, EVIDENCE_ENTRIES_CAP, EVIDENCE_TEXT_CAP, TEXT_CAP } from '../../src/triage/input-cap.js';
import { triageFailure } from '../../src/triage/triage.js';
import { parseDomSnapshot } from '../../src/triage/dom-snapshot.js';
import { handoverPath, readRunSettings, readTriageHandover, runSettingsPath, writeRunSettings, writeTriageHandover, type TriageHandover } from '../../src/triage/handover.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TRIAGE_RULES, type TriageRule } from '../../src/triage/rules.js';
import type { Category, FailureInput, HealEvidence } from '../../src/triage/types.js';

describe('lines', () => {
  test('splitLines breaks at \\r\\n, \\n, \\r, U+2028 and U+2029, and answers each text afresh', () => {
    assert.deepEqual(splitLines('a\r\nb\nc\rd\u2028e\u2029f'), ['a', 'b', 'c', 'd', 'e', 'f']);
    assert.deepEqual(splitLines('x\ny'), ['x', 'y']);
    assert.deepEqual(splitLines('a\r\nb\nc\rd\u2028e\u2029f'), ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  test('matchLine reads each line without its leading whitespace, and skips a text without the hint', () => {
    assert.equal(matchLine('first\n    Timeout 5000ms exceeded', /^Timeout (\d+)ms/)?.[1], '5000');
    assert.equal(matchLine('first\n    Timeout 5000ms exceeded', /^Timeout (\d+)ms/, 'Timeout')?.[1], '5000');
    assert.equal(matchLine('first\n    Timeout 5000ms exceeded', /^Timeout (\d+)ms/, 'absent'), undefined);
    assert.equal(matchLine('no such line', /^Timeout/), undefined);
  });

  test('someLineStartsWith: after leading whitespace, on any line, case-insensitive when asked', () => {
    assert.equal(someLineStartsWith('head\n   Error: boom', 'Error:'), true);
    assert.equal(someLineStartsWith('Error: boom', 'Error:'), true);
    assert.equal(someLineStartsWith('head Error: boom', 'Error:'), false);
    assert.equal(someLineStartsWith('head\n  ERROR: boom', 'error:', true), true);
    assert.equal(someLineStartsWith('head\n  ERROR: boom', 'error:'), false);
    assert.equal(someLineStartsWith('head\n  Errors', 'error:', true), false);
    assert.equal(someLineStartsWith('', 'x'), false);
  });

  test('linesAt gives each line with its offset, a \\r\\n counted as one break', () => {
    assert.deepEqual([...linesAt('a\r\nbc\n\nd\re\u2028f\u2029')], [
      { line: 'a', at: 0 },
      { line: 'bc', at: 3 },
      { line: '', at: 6 },
      { line: 'd', at: 7 },
      { line: 'e', at: 9 },
      { line: 'f', at: 11 },
      { line: '', at: 13 },
    ]);
    assert.deepEqual([...linesAt('one')], [{ line: 'one', at: 0 }]);
    assert.deepEqual([...linesAt('')], [{ line: '', at: 0 }]);
  });

  test('fencedBlock: the first fenced body, with its options', () => {
    assert.equal(fencedBlock('x\n```yaml\n- a\n- b\n```\nrest', '```yaml'), '- a\n- b');
    assert.equal(fencedBlock('```yaml\n\n```', '```yaml'), '');
    assert.equal(fencedBlock('```yaml no newline ```yaml\nB\n```', '```yaml'), 'B');
    assert.equal(fencedBlock('```yaml\nnever closed', '```yaml'), undefined);
    assert.equal(fencedBlock('nothing here', '```yaml'), undefined);
    // lineStart: an opening fence in the middle of a line does not count
    assert.equal(fencedBlock('say ```yaml\nA\n```', '```yaml'), 'A');
    assert.equal(fencedBlock('say ```yaml\nA\n```', '```yaml', { lineStart: true }), undefined);
    assert.equal(fencedBlock('say ```yaml\nA\n```\n```yaml\nB\n```', '```yaml', { lineStart: true }), 'B');
    // crlf
    assert.equal(fencedBlock('```yaml\r\nA\r\n```', '```yaml', { crlf: true }), 'A');
    assert.equal(fencedBlock('```yaml\r\nA\r\n```', '```yaml'), undefined);
    assert.equal(fencedBlock('```yaml\nA\r\n```', '```yaml'), 'A\r');
    assert.equal(fencedBlock('```yaml\r\n\r\n```', '```yaml', { crlf: true }), '');
    // maxBody: a body too long is passed over for the next block
    assert.equal(fencedBlock('```yaml\n123456\n```\n```yaml\nok\n```', '```yaml', { maxBody: 3 }), 'ok');
    assert.equal(fencedBlock('```yaml\n123\n```', '```yaml', { maxBody: 3 }), '123');
    assert.equal(fencedBlock('```yaml\n1234\n```', '```yaml', { maxBody: 3 }), undefined);
  });
});

describe('stripAnsi', () => {
  const ESC = '\u001b';
  test('removes colours, CSI with intermediates, OSC hyperlinks and 8-bit CSI', () => {
    assert.equal(stripAnsi(`${ESC}[31mred${ESC}[39m plain`), 'red plain');
    assert.equal(stripAnsi(`a${ESC}[1 qb`), 'ab');
    assert.equal(stripAnsi(`${ESC}]8;;http://x${ESC}\\link${ESC}]8;;\u0007!`), 'link!');
    assert.equal(stripAnsi(`x\u009b2Ky`), 'xy');
    assert.equal(stripAnsi('no escapes'), 'no escapes');
  });

  test('the bounds of each sequence: 32 parameters, 4 intermediates, an OSC body of 2,048', () => {
    assert.equal(stripAnsi(`${ESC}[${'1'.repeat(32)}mx`), 'x');
    assert.equal(stripAnsi(`${ESC}[${'1'.repeat(33)}mx`), `${ESC}[${'1'.repeat(33)}mx`);
    assert.equal(stripAnsi(`${ESC}[1!!!!mx`), 'x');
    assert.equal(stripAnsi(`${ESC}[1!!!!!mx`), `${ESC}[1!!!!!mx`);
    assert.equal(stripAnsi(`\u009b${'1'.repeat(32)}mx`), 'x');
    assert.equal(stripAnsi(`\u009b${'1'.repeat(33)}mx`), `\u009b${'1'.repeat(33)}mx`);
    assert.equal(stripAnsi(`${ESC}]${'b'.repeat(2048)}\u0007x`), 'x');
    assert.equal(stripAnsi(`${ESC}]${'b'.repeat(2049)}\u0007x`), `${ESC}]${'b'.repeat(2049)}\u0007x`);
  });

  test('an unterminated or wrongly terminated sequence is kept as it is', () => {
    assert.equal(stripAnsi(`${ESC}]8;;http://x${ESC}Zrest`), `${ESC}]8;;http://x${ESC}Zrest`);
    assert.equal(stripAnsi(`${ESC}[31`), `${ESC}[31`);
    assert.equal(stripAnsi(`${ESC}x${ESC}[0m.`), `${ESC}x.`);
    assert.equal(stripAnsi(`\u009b${ESC}[1mA\u009b`), `\u009bA\u009b`);
  });
});

describe('extractLocator', () => {
  test('the Locator: line, after leading whitespace, trimmed, at most 400 characters', () => {
    assert.equal(extractLocator("Error: expect(locator).toBeVisible() failed\n\n   Locator:   getByRole('button')  \nExpected: visible"), "getByRole('button')");
    assert.equal(extractLocator("Locator:   \nLocator: getByText('a')"), "getByText('a')");
    assert.equal(extractLocator(`Locator: ${'x'.repeat(400)}`), 'x'.repeat(400));
    assert.equal(extractLocator(`Locator: ${'x'.repeat(401)}`), undefined);
    assert.equal(extractLocator(`Locator: ${'x'.repeat(395)}${' '.repeat(10)}`), undefined); // trailing spaces count toward the 400
  });

  test('waiting for a call followed by whitespace or the end, on its line', () => {
    assert.equal(extractLocator("waiting for locator('#save') "), "locator('#save')");
    assert.equal(extractLocator("  - waiting for locator('#save')"), "locator('#save')");
    assert.equal(extractLocator("waiting for getByText('a)b') to be visible"), "getByText('a)b')");
    assert.equal(extractLocator("call log:\n  - waiting for getByRole('button', { name: 'Save' })\n"), "getByRole('button', { name: 'Save' })");
    assert.equal(extractLocator("waiting for frameLocator('#f').locator('a')\n"), "frameLocator('#f').locator('a')");
    assert.equal(extractLocator('waiting for the page to load'), undefined);
  });

  test('a call that crosses a line break is not a locator, whichever the break', () => {
    for (const br of ['\n', '\r', '\u2028', '\u2029']) assert.equal(extractLocator(`waiting for locator('a${br}b') `), undefined, JSON.stringify(br));
  });

  test('the call closes within 400 characters of its opening', () => {
    const within = `locator('${'a'.repeat(398)}')`; // 400 characters between ( and )
    const beyond = `locator('${'a'.repeat(399)}')`;
    assert.equal(extractLocator(`waiting for ${within} `), within);
    assert.equal(extractLocator(`waiting for ${beyond} `), undefined);
  });

  test('the markers are read in order: a later one is found after an earlier one that fails', () => {
    assert.equal(extractLocator(`waiting for locator('${'a'.repeat(500)}') \nwaiting for locator('b') `), "locator('b')");
    assert.equal(extractLocator("waiting for navigation\nwaiting for locator('b') "), "locator('b')");
    assert.equal(extractLocator("waiting for locator('a\nb') and waiting for getByText('c') "), "getByText('c')");
  });

  test('strict-mode lines: the subject before "resolved to N elements"', () => {
    assert.equal(extractLocator("strict mode violation: getByRole('link') resolved to 12 elements:"), "getByRole('link')");
    assert.equal(extractLocator("Error: strict mode violation:  locator('li') resolved to 2 elements"), "locator('li')");
    assert.equal(extractLocator("strict mode violation: locator('li') resolved to many elements"), undefined);
    assert.equal(extractLocator("strict mode violation: locator('li')\n resolved to 2 elements"), undefined);
    const s = `locator('${'x'.repeat(389)}')`; // 400 characters
    assert.equal(extractLocator(`strict mode violation: ${s} resolved to 2 elements`), s);
    assert.equal(extractLocator(`strict mode violation: ${s}x resolved to 2 elements`), undefined);
    assert.equal(
      extractLocator(`strict mode violation: ${'y'.repeat(500)} resolved to 3 elements\nstrict mode violation: locator('b') resolved to 2 elements`),
      "locator('b')",
    );
    assert.equal(extractLocator("strict mode violation: x\nstrict mode violation: locator('b') resolved to 2 elements"), "locator('b')");
  });

  test('older wordings: expect(...) around the locator, and no whitespace after the call', () => {
    assert.equal(extractLocator("waiting for expect(locator('#x')).toBeVisible()."), "locator('#x')");
    assert.equal(extractLocator("waiting for locator('#x').click()."), "locator('#x')");
    assert.equal(extractLocator("waiting for getByRole('row').first()."), "getByRole('row')");
    assert.equal(extractLocator("waiting for locator('expect(y')."), "locator('expect(y')");
  });

  test('extractMatcher', () => {
    assert.equal(extractMatcher("expect(locator).not.toBeVisible() failed"), 'toBeVisible');
    assert.equal(extractMatcher('expect.soft(received).toBe(expected)'), 'toBe');
    assert.equal(extractMatcher('no matcher'), undefined);
  });
});

describe('statuses, requests, Expected and Received', () => {
  test('extractHttpStatuses: arrows, "Response status" and "status" forms, 100..599 only', () => {
    assert.deepEqual(extractHttpStatuses('← 500 Internal Server Error'), [500]);
    assert.deepEqual(extractHttpStatuses('←500 x'), [500]);
    assert.deepEqual(extractHttpStatuses('←    502 x'), [502]);
    assert.deepEqual(extractHttpStatuses('←     502 x'), []);
    assert.deepEqual(extractHttpStatuses('<-  404 Not Found'), [404]);
    assert.deepEqual(extractHttpStatuses('← 5000'), []);
    assert.deepEqual(extractHttpStatuses('Response status:  503'), [503]);
    assert.deepEqual(extractHttpStatuses('Response status: 5'), []);
    assert.deepEqual(extractHttpStatuses('Response status:    504'), [504], 'four spaces: only the "Response status" form reads it');
    assert.deepEqual(extractHttpStatuses('status=401 then Status code: 403 then status code 409'), [401, 403, 409]);
    assert.deepEqual(extractHttpStatuses('status: 418'), [418]);
    assert.deepEqual(extractHttpStatuses('status : 410'), [410]);
    assert.deepEqual(extractHttpStatuses('status :  400'), []);
    assert.deepEqual(extractHttpStatuses('statusx401'), []);
    assert.deepEqual(extractHttpStatuses('status: abc'), []);
    assert.deepEqual(extractHttpStatuses('status: 099, status: 100, status: 599, status: 600'), [100, 599]);
    assert.deepEqual(extractHttpStatuses('no codes 500 here'), []);
  });

  test('extractRequests: method and URL after an arrow', () => {
    assert.deepEqual(extractRequests('→ GET http://a/x\n->POST  http://b/y\n→    PUT http://c'), [
      { method: 'GET', url: 'http://a/x' },
      { method: 'POST', url: 'http://b/y' },
      { method: 'PUT', url: 'http://c' },
    ]);
    assert.deepEqual(extractRequests('→     GET http://a'), []);
    assert.deepEqual(extractRequests('→ GET     http://a'), []);
    assert.deepEqual(extractRequests('→ get http://a'), []);
  });

  test('extractExpectedReceived: each side alone, both, the diff form, and only at a line start', () => {
    assert.deepEqual(extractExpectedReceived('Expected: 5\nReceived: 4'), { expected: '5', received: '4' });
    assert.deepEqual(extractExpectedReceived('  Expected string: "a"\n  Received string: "b"'), { expected: '"a"', received: '"b"' });
    assert.deepEqual(extractExpectedReceived('Expected: 5\nother'), { expected: '5', received: undefined });
    assert.deepEqual(extractExpectedReceived('other\nReceived: 4'), { expected: undefined, received: '4' });
    assert.deepEqual(extractExpectedReceived('Hint Expected: x\nExpected: 5'), { expected: '5', received: undefined });
    assert.deepEqual(extractExpectedReceived('Hint Received: x\nReceived: 4'), { expected: undefined, received: '4' });
    assert.deepEqual(extractExpectedReceived('- Expected  - 1\n+ Received  + 1\n\n- a\n+ b'), { expected: '(diff)', received: '(diff)' });
    assert.deepEqual(extractExpectedReceived('- Expected  - 1\nnothing received'), {});
    assert.deepEqual(extractExpectedReceived('x - Expected\n+ Received'), {});
    assert.deepEqual(extractExpectedReceived('- Expected\nx + Received'), {});
    assert.deepEqual(extractExpectedReceived('nothing'), {});
    // Every whitespace that trimStart drops may precede the label; every line break starts a line.
    assert.deepEqual(extractExpectedReceived('\u00a0\t\u3000\ufeffExpected: 5'), { expected: '5', received: undefined });
    assert.deepEqual(extractExpectedReceived('a\u2028 Expected: 5\u2029Received: 4'), { expected: '5', received: '4' });
    assert.deepEqual(extractExpectedReceived('a\r\n  Received: 4\rb'), { expected: undefined, received: '4' });
    assert.deepEqual(extractExpectedReceived('a\u3000Expected: 5\n.Expected: 6\n Expectedly: 7\n\u000bExpected: 8'), { expected: '8', received: undefined });
  });

  test('a printed value is kept up to 400 characters after at most 8 spaces of padding', () => {
    const v = 'x'.repeat(400);
    assert.equal(extractExpectedReceived(`Expected: ${v}`).expected, v);
    assert.equal(extractExpectedReceived(`Expected:${' '.repeat(8)}${v}`).expected, v);
    assert.equal(extractExpectedReceived(`Expected:${' '.repeat(9)}${v}`).expected, undefined);
    assert.equal(extractExpectedReceived(`Expected: ${v}x`).expected, undefined);
    assert.equal(extractExpectedReceived(`Expected:${' '.repeat(8)}${'x'.repeat(390)}`).expected, 'x'.repeat(390));
    assert.equal(extractExpectedReceived(`Expected: ${'x'.repeat(395)}${' '.repeat(5)}`).expected, 'x'.repeat(395));
  });
});

describe('BigramIndex', () => {
  test('anyWord: true when any word may occur, false when none can, for each index it is given', () => {
    const check = anyWord('bad gateway', 'xss', '50');
    assert.equal(check(new BigramIndex('a bad gateway page')), true);
    assert.equal(check(new BigramIndex('an XSS filter')), true);
    assert.equal(check(new BigramIndex('status 503')), true);
    assert.equal(check(new BigramIndex('nothing here')), false);
    assert.equal(check(new BigramIndex('')), false);
    // The same check over two indexes filled in turn (the shared map is refilled for the older one).
    const a = new BigramIndex('x-xss-protection');
    const b = new BigramIndex('plain text');
    assert.equal(check(a), true);
    assert.equal(check(b), false);
    assert.equal(check(a), true);
    assert.equal(anyWord()(a), false);
    // Every pair of a word counts, not only the rarest that is tested first; a one-character word is always "may".
    assert.equal(anyWord('qzx')(new BigramIndex('qz zx')), true);
    assert.equal(anyWord('qzxy', 'zqx')(new BigramIndex('qz zx')), false);
    assert.equal(anyWord('zz', 'x')(new BigramIndex('abc')), true);
  });
  test('letters, digits and punctuation each have their own class; upper case shares lower case', () => {
    assert.equal(new BigramIndex('a\u20ac').may('az'), false);
    assert.equal(new BigramIndex('a1').may('a2'), false);
    assert.equal(new BigramIndex('a9').may('a8'), false);
    assert.equal(new BigramIndex('a0').may('a9'), false);
    assert.equal(new BigramIndex('a b').may('a-b'), false);
    assert.equal(new BigramIndex('a+b').may('a*b'), false);
    assert.equal(new BigramIndex('x\u20ac').may('x\u00e9'), true); // both outside ASCII: one shared class
    assert.equal(new BigramIndex('az').may('AZ'), true);
    assert.equal(new BigramIndex('AZ').may('az'), true);
    assert.equal(new BigramIndex('az').may('ay'), false);
    // No two classes collide: 9 is not the shared class, digits are not letters, punctuation not digits.
    assert.equal(new BigramIndex('a\u20ac').may('a9'), false);
    assert.equal(new BigramIndex('az').may('a1'), false);
    assert.equal(new BigramIndex('a9').may('a-'), false);
  });

  test('characters outside ASCII never read as a letter, and the end of the text adds no pair', () => {
    assert.equal(new BigramIndex('x\u00e9').may('xa'), false);
    assert.equal(new BigramIndex('x\u0080').may('xa'), false);
    assert.equal(new BigramIndex('ab').may('b\u20ac'), false);
    assert.equal(new BigramIndex('').may('ab'), false);
    assert.equal(new BigramIndex('').may('a'), true);
  });

  test('has, anyWord, and two indexes sharing a slot', () => {
    const a = new BigramIndex('timeout exceeded');
    assert.equal(a.has('exceeded'), true);
    assert.equal(a.has('timeout!'), false);
    assert.equal(anyWord('zz', 'out')(a), true);
    assert.equal(anyWord('zz', 'qq')(a), false);
    const b = new BigramIndex('connection refused');
    assert.equal(a.may('refused'), false);
    assert.equal(b.may('refused'), true);
    assert.equal(a.may('timeout'), true);
    const other = new BigramIndex('refused', 1);
    assert.equal(other.may('refused'), true);
    assert.equal(a.may('timeout'), true);
  });
});

describe('fingerprint normalisation', () => {
  test('only a line that starts with "call log:" ends the head; blank lines do not count toward six', () => {
    assert.equal(normalizeMessage('Error: see the call log: below\nsecond'), 'Error: see the call log: below second');
    assert.equal(normalizeMessage('one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix\nseven'), 'one two three four five six');
  });

  test('short hex-looking runs of digits are numbers, mixed ones ids; decimals with units are durations', () => {
    assert.equal(normalizeMessage('code 1234567'), 'code <n>');
    assert.equal(normalizeMessage('commit 1a2b3c4'), 'commit <id>');
    assert.equal(normalizeMessage('word abcdefab'), 'word abcdefab');
    assert.equal(normalizeMessage('took 1.25s'), 'took <dur>');
  });

  test('normalizeLocator trims', () => {
    assert.equal(normalizeLocator("  locator('li').nth(3)  "), "locator('li').nth(<n>)");
    assert.equal(normalizeLocator(undefined), '');
  });
});

describe('input caps at their edges', () => {
  test('capText: a text of exactly the cap is kept; a break at offset 0 still cuts', () => {
    assert.equal(capText('a\nbc', 4), 'a\nbc');
    assert.equal(capText('a\nbcd', 4), 'a\n');
    assert.equal(capText('\nabcd', 3), '\n');
    assert.equal(capText('ab\ud83d\ude00cd', 3), 'ab');
    assert.equal(capText('ab\ud83d\ude00cd', 4), 'ab\ud83d\ude00');
    assert.equal(capText('a\ud800b', 2), 'a');
    assert.equal(capText('a\udbffb', 2), 'a');
    assert.equal(capText('a\udc00b', 2), 'a\udc00');
    assert.equal(capText('a\ud7ffb', 2), 'a\ud7ff');
  });

  test('capEvidence keeps every field, its shape and its absence, and bounds lists and texts', () => {
    assert.equal(capEvidence(undefined), undefined);
    assert.equal(capEvidence('odd' as unknown as HealEvidence), 'odd');
    const long = 'u'.repeat(EVIDENCE_TEXT_CAP + 10);
    const ev = {
      version: 1,
      responses: [null, { method: 'GET', url: long, status: 500, statusText: long, bodySnippet: long }, ...Array.from({ length: 150 }, () => ({ method: 'GET', url: 'http://x', status: 404 }))],
      failedRequests: Array.from({ length: 150 }, () => ({ method: 'GET', url: 'http://x', errorText: 'net::ERR' })),
      consoleErrors: [7, long, 'short'],
      lastUrl: long,
    } as unknown as HealEvidence;
    const out = capEvidence(ev) as HealEvidence;
    assert.equal(out.version, 1);
    assert.equal(out.responses?.length, EVIDENCE_ENTRIES_CAP);
    assert.equal(out.responses?.[0], null);
    const r = out.responses?.[1];
    assert.deepEqual({ method: r?.method, status: r?.status, url: r?.url.length, statusText: r?.statusText?.length, body: r?.bodySnippet?.length }, { method: 'GET', status: 500, url: EVIDENCE_TEXT_CAP, statusText: EVIDENCE_TEXT_CAP, body: EVIDENCE_TEXT_CAP });
    assert.equal('statusText' in (out.responses?.[2] ?? {}), false);
    assert.equal('bodySnippet' in (out.responses?.[2] ?? {}), false);
    assert.equal(out.failedRequests?.length, EVIDENCE_ENTRIES_CAP);
    assert.deepEqual(out.consoleErrors?.map((s) => (typeof s === 'string' ? s.length : s)), [7, EVIDENCE_TEXT_CAP, 5]);
    assert.equal('pageErrors' in out, false);
    assert.equal(out.lastUrl?.length, EVIDENCE_TEXT_CAP);
    const pe = capEvidence({ pageErrors: [long] }) as HealEvidence;
    assert.deepEqual(Object.keys(pe), ['pageErrors']);
    assert.equal(pe.pageErrors?.[0]?.length, EVIDENCE_TEXT_CAP);
  });

  test('capInput caps each text it has and adds no field it lacks', () => {
    assert.deepEqual(Object.keys(capInput({ message: 'm' })), ['message']);
    assert.equal(capInput({ message: 42 as unknown as string }).message, 42);
    const big = 'line\n'.repeat(TEXT_CAP);
    const out = capInput({ message: big, stack: big, pageSnapshot: big, snippet: big, evidence: { lastUrl: 'x'.repeat(EVIDENCE_TEXT_CAP + 1) } });
    assert.ok(out.message.length <= TEXT_CAP && out.message.length > TEXT_CAP - 6);
    assert.ok((out.stack?.length ?? 0) <= TEXT_CAP && (out.stack?.length ?? 0) > TEXT_CAP - 6);
    assert.ok((out.pageSnapshot?.length ?? 0) <= TEXT_CAP && (out.pageSnapshot?.length ?? 0) > TEXT_CAP - 6);
    assert.ok((out.snippet?.length ?? 0) <= EVIDENCE_TEXT_CAP && (out.snippet?.length ?? 0) > EVIDENCE_TEXT_CAP - 6);
    assert.equal(out.evidence?.lastUrl?.length, EVIDENCE_TEXT_CAP);
  });

  test('capFailureInput returns the input itself exactly when every text and list fits', () => {
    const same = (input: FailureInput) => capFailureInput(input) === input;
    const n = (k: number, make: () => unknown) => Array.from({ length: k }, make);
    const resp = () => ({ method: 'GET', url: 'http://x', status: 500 });
    assert.equal(same({ message: 'm' }), true);
    assert.equal(same({ message: 'x'.repeat(TEXT_CAP) }), true);
    assert.equal(same({ message: 'x'.repeat(TEXT_CAP + 1) }), false);
    assert.equal(same({ message: 'm', snippet: 's'.repeat(EVIDENCE_TEXT_CAP + 1) }), false);
    assert.equal(same({ message: 'm', evidence: { consoleErrors: n(EVIDENCE_ENTRIES_CAP, () => 'e') as string[] } }), true);
    assert.equal(same({ message: 'm', evidence: { consoleErrors: n(EVIDENCE_ENTRIES_CAP + 1, () => 'e') as string[] } }), false);
    assert.equal(same({ message: 'm', evidence: { responses: n(EVIDENCE_ENTRIES_CAP, resp) as HealEvidence['responses'] } }), true);
    assert.equal(same({ message: 'm', evidence: { responses: [null, resp()] as unknown as HealEvidence['responses'] } }), true);
    assert.equal(same({ message: 'm', evidence: { responses: [{ ...resp(), url: 'x'.repeat(EVIDENCE_TEXT_CAP + 1) }] } }), false);
    assert.equal(same({ message: 'm', evidence: { failedRequests: n(EVIDENCE_ENTRIES_CAP, () => ({ method: 'GET', url: 'x', errorText: 'e' })) as HealEvidence['failedRequests'] } }), true);
    const over = { message: 'm', evidence: { responses: n(EVIDENCE_ENTRIES_CAP + 1, resp) as HealEvidence['responses'], failedRequests: n(EVIDENCE_ENTRIES_CAP + 1, () => ({ method: 'GET', url: 'x', errorText: 'e' })) as HealEvidence['failedRequests'] } };
    const capped = capFailureInput(over);
    assert.equal(capped.evidence?.responses?.length, EVIDENCE_ENTRIES_CAP);
    assert.equal(capFailureInput({ message: 'm', evidence: { responses: over.evidence.responses } }).evidence?.responses?.length, EVIDENCE_ENTRIES_CAP);
    const onlyFailed = { message: 'm', evidence: { failedRequests: over.evidence.failedRequests } };
    assert.equal(capFailureInput(onlyFailed).evidence?.failedRequests?.length, EVIDENCE_ENTRIES_CAP);
  });
});

describe('triageFailure combines the rows that matched', () => {
  const row = (id: string, category: Category, matches: boolean): TriageRule => ({ id, category, confidence: 0.5, when: () => matches, reason: () => `${id} matched` });

  test('the first matching row decides; rows of other categories add one reason each, same-category rows and the fallback none', () => {
    const rules = [row('skip', 'security', false), row('first', 'update-selectors', true), row('same', 'update-selectors', true), row('other', 'performance', true), row('fallback', 'unknown', true)];
    const r = triageFailure({ message: 'x' }, rules);
    assert.deepEqual({ rule: r.rule, category: r.category, class: r.class, confidence: r.confidence }, { rule: 'first', category: 'update-selectors', class: 'B', confidence: 0.5 });
    assert.deepEqual(r.reasons, ['first matched', 'also looked like performance: other matched']);
  });

  test('at most four reasons', () => {
    const cats: Category[] = ['restart-backend', 'clear-session', 'refresh-tokens', 'update-selectors', 'fix-api-routes', 'update-test-data'];
    const r = triageFailure({ message: 'x' }, cats.map((c, i) => row(`r${i}`, c, true)));
    assert.deepEqual(r.reasons, ['r0 matched', 'also looked like clear-session: r1 matched', 'also looked like refresh-tokens: r2 matched', 'also looked like update-selectors: r3 matched']);
  });

  test('nothing matched: the table’s last row (the fallback) with no reasons; the locator only when the error names one', () => {
    const r = triageFailure({ message: 'x' }, [row('a', 'security', false)]);
    const last = TRIAGE_RULES[TRIAGE_RULES.length - 1];
    assert.equal(r.rule, last?.id);
    assert.deepEqual(r.reasons, []);
    assert.equal('locator' in r, false);
    const withLocator = triageFailure({ message: "Error: locator.click: Timeout 5000ms exceeded.\nCall log:\n  - waiting for locator('#save')\n" });
    assert.equal(withLocator.locator, "locator('#save')");
  });
});

describe('parseDomSnapshot shape checks', () => {
  const el = (extra: Record<string, unknown> = {}) => ({ tag: 'div', parent: -1, ...extra });
  const doc = (o: Record<string, unknown>) => JSON.stringify({ version: 1, elements: [el()], frames: [], ...o });

  test('refuses what is not a version-1 snapshot with element and frame lists', () => {
    for (const text of [undefined, '', 'null', '7', '"s"', doc({ version: 2 }), doc({ elements: {} }), doc({ frames: {} }), doc({ elements: [null] }), doc({ elements: [3] }), doc({ elements: [el({ tag: 5 })] }), doc({ elements: [el({ parent: '0' })] }), doc({ elements: [el({ parent: 0 })] })]) {
      assert.equal(parseDomSnapshot(text), undefined, String(text));
    }
  });

  test('normalises each element and the snapshot fields', () => {
    const parsed = parseDomSnapshot(doc({ url: 'http://app/', elements: [el({ visible: 'yes', classes: ['a', 3, 'b'] }), el({ parent: 0, visible: true, frame: 2 })], frames: [null, 5, { url: 7 }, { url: 'http://app/', name: 'main' }], truncated: 'true', testIdAttribute: 9 }));
    assert.deepEqual(parsed, {
      version: 1,
      url: 'http://app/',
      frames: [{ url: 'http://app/', name: 'main' }],
      testIdAttribute: 'data-testid',
      elements: [
        { tag: 'div', parent: -1, visible: false, frame: 0, classes: ['a', 'b'] },
        { tag: 'div', parent: 0, visible: true, frame: 2 },
      ],
      truncated: false,
    });
    const minimal = parseDomSnapshot(doc({ testIdAttribute: 'data-qa', truncated: true, url: 4 }));
    assert.equal(minimal?.testIdAttribute, 'data-qa');
    assert.equal(minimal?.truncated, true);
    assert.equal(minimal && 'url' in minimal, false);
    assert.equal(minimal?.elements[0] && 'classes' in minimal.elements[0], false);
  });
});

describe('the triage hand-over between onTestEnd and the fixtures', () => {
  const h = (testId: string): TriageHandover => ({ testId, retry: 0, category: 'clear-session', class: 'A', confidence: 0.9, rule: 'login-page', fingerprint: 'abc', project: 'p', healable: true, at: '2026-12-03T00:00:00.000Z' });

  test('a plain test id names its file; anything else (a path, a long id) is hashed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hw-handover-'));
    assert.equal(handoverPath(dir, 'abc-123_x'), path.join(dir, 'triage', 'abc-123_x.json'));
    for (const id of ['../escape', 'a/b', ' lead', 'trail ', 'x'.repeat(101), 'é']) {
      assert.match(path.basename(handoverPath(dir, id)), /^[0-9a-f]{40}\.json$/, id);
      assert.equal(path.dirname(handoverPath(dir, id)), path.join(dir, 'triage'));
    }
    assert.equal(path.basename(handoverPath(dir, 'x'.repeat(100))), `${'x'.repeat(100)}.json`);
  });

  test('read back only when the file is there, parses, and names the same test with a category', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hw-handover-'));
    assert.equal(readTriageHandover(dir, 't1'), undefined);
    writeTriageHandover(dir, h('t1'));
    assert.deepEqual(readTriageHandover(dir, 't1'), h('t1'));
    writeFileSync(handoverPath(dir, 't2'), JSON.stringify(h('other')));
    assert.equal(readTriageHandover(dir, 't2'), undefined, 'another test');
    writeFileSync(handoverPath(dir, 't3'), JSON.stringify({ ...h('t3'), category: 7 }));
    assert.equal(readTriageHandover(dir, 't3'), undefined, 'no category');
    writeFileSync(handoverPath(dir, 't4'), 'null');
    assert.equal(readTriageHandover(dir, 't4'), undefined);
    writeFileSync(handoverPath(dir, 't5'), '{');
    assert.equal(readTriageHandover(dir, 't5'), undefined);
  });

  test('run settings round-trip; missing or broken read as undefined', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hw-settings-'));
    assert.equal(readRunSettings(dir), undefined);
    const s = { runId: 'r1', startedAt: '2026-12-03T00:00:00.000Z', dryRun: true, projects: ['a'], maxFixAttemptsPerFailure: 2, maxFixesPerRun: 3, cooldownBetweenFixes: 0, maxRunDuration: 1000 };
    writeRunSettings(dir, s);
    assert.equal(runSettingsPath(dir), path.join(dir, 'run-settings.json'));
    assert.deepEqual(readRunSettings(dir), s);
    writeFileSync(runSettingsPath(dir), '{');
    assert.equal(readRunSettings(dir), undefined);
  });
});
