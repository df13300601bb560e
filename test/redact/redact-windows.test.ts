// The keyword prefilter's windows (scan.ts, windows.ts) must never change what redaction finds: every
// windowed pattern runs only over the lines holding one of its triggers, and the result must equal the
// same patterns run over the whole text. Checked on every table row, every corpus record, and ~2 KB
// messages mixing them (as the bench and healwright call redact), plus the scanner's own triggers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { redact, redactUnwindowed, KEYWORDS } from '../../src/redact/redact.js';
import { EditLog, shiftLineStarts, windowsOf } from '../../src/redact/windows.js';
import { REDACT_CASES } from '../data/redact/cases.js';
import { DEV, HELD_OUT } from '../data/redact/corpus/index.js';

const ROWS = [...REDACT_CASES.map((c) => c.input), ...DEV.map((r) => r.input), ...HELD_OUT.map((r) => r.input)];

/** ~2 KB messages of rows in a scrambled order, so rows meet neighbours they never meet in the table. */
function messages(seed: number, count: number): string[] {
  const out: string[] = [];
  let x = seed;
  for (let m = 0; m < count; m++) {
    let text = '';
    while (text.length < 2000) {
      x = (x * 1103515245 + 12345) % 2147483648;
      text += (ROWS[x % ROWS.length] as string) + (x % 3 === 0 ? ' ' : '\n');
    }
    out.push(text);
  }
  return out;
}

describe('redact: windows equal whole-text scans', () => {
  test('every table row and corpus record', () => {
    const differ = ROWS.filter((row) => redact(row).text !== redactUnwindowed(row).text);
    assert.deepEqual(differ, []);
  });

  test('~2 KB mixed messages, and the same joined past the chunk threshold', () => {
    const mixed = messages(7, 300);
    for (const m of mixed) assert.deepEqual(redact(m), redactUnwindowed(m), m);
    const big = mixed.join('\n');
    assert.deepEqual(redact(big), redactUnwindowed(big));
  });
});

describe('the prefilter scan', () => {
  const id = (k: string) => KEYWORDS.ids.get(k) as number;
  const cls = (c: Parameters<typeof KEYWORDS.classIds.get>[0]) => KEYWORDS.classIds.get(c) as number;

  test('finds keywords case-insensitively, on the lines they are on, once per line', () => {
    const scan = KEYWORDS.scan('nothing here\nPASSWORD=x password\n\nmail me@x.io\nBearer abc');
    assert.deepEqual([...scan.lineStarts], [0, 13, 33, 34, 47]);
    assert.deepEqual(scan.hits[id('password')], [1]);
    assert.deepEqual(scan.hits[id('@')], [3]);
    assert.deepEqual(scan.hits[id('bearer')], [4]);
    assert.equal(scan.hits[id('cookie')], undefined);
  });

  test('shape triggers fire on their shapes only', () => {
    const lines = (text: string, c: Parameters<typeof cls>[0]) => KEYWORDS.scan(text).hits[cls(c)] ?? [];
    assert.deepEqual(lines('call +1 (555) 123-4567\nat a.ts:12:5 (15 ms)', 'phone-digits'), [0]);
    assert.deepEqual(lines('ssn 123-45-6789\nid 1234 5678', 'id-digits'), [0]);
    assert.deepEqual(lines('v1.2.3\nhost 10.1.2.3', 'ipv4'), [1]);
    // A time or a file:line:column holds neither `::` nor six colons; a run over 50 characters is no address.
    assert.deepEqual(lines('at a.ts:12:5 12:34:56.789\nfe80::1\n2001:db8:85a3:0:0:8a2e:370:7334\n1:2:3:4:5:6:1.2.3.4\n1:2:3:4:5:6\n' + 'a:'.repeat(40) + '\n', 'ipv6'), [1, 2, 3]);
    assert.deepEqual(lines('sid AC' + 'ab12'.repeat(8) + '\nsha ' + 'AB12'.repeat(8), 'hex32'), [0]);
    assert.deepEqual(lines('k ' + 'Ab1/'.repeat(10) + '\n' + 'Ab1'.repeat(13), 'base64-40'), [0]);
  });

  test('windows are whole lines, neighbours merged', () => {
    const text = 'a\nbb\nccc\n' + 'x'.repeat(100) + '\ndd';
    const { lineStarts } = KEYWORDS.scan(text);
    assert.deepEqual(windowsOf([0, 1, 4], lineStarts, text.length), [0, 4, 110, 112]);
  });

  test('line starts follow replacements, and a replaced newline asks for a new scan', () => {
    const log = (...triples: number[]) => {
      const edits = new EditLog();
      for (let i = 0; i < triples.length; i += 3) edits.add(triples[i] as number, triples[i + 1] as number, triples[i + 2] as number);
      return edits;
    };
    const starts = Int32Array.from([0, 10, 20]);
    assert.equal(shiftLineStarts(starts, log(2, 5, 10, 12, 13, 0)), true);
    assert.deepEqual([...starts], [0, 17, 26]);
    assert.equal(shiftLineStarts(Int32Array.from([0, 10, 20]), log(8, 11, 1)), false);
  });

  test('the edit log grows past its first buffer and clear() empties it', () => {
    const edits = new EditLog();
    for (let i = 0; i < 1000; i++) edits.add(i * 10, i * 10 + 2, 5);
    assert.equal(edits.length, 3000);
    assert.deepEqual([...edits.buf.subarray(2997, 3000)], [9990, 9992, 5]);
    const starts = Int32Array.from([0, 5, 9995]);
    assert.equal(shiftLineStarts(starts, edits), true);
    assert.deepEqual([...starts], [0, 8, 9995 + 3000]);
    edits.clear();
    assert.equal(edits.length, 0);
    assert.equal(shiftLineStarts(starts, edits), true);
    assert.deepEqual([...starts], [0, 8, 9995 + 3000]);
  });
});
