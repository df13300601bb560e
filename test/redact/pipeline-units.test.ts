// The redaction pipeline's parts against plain reference implementations: the keyword and shape scan
// (scan.ts) against per-line string searches, windows and line bookkeeping (windows.ts) against
// re-splitting the edited text, the gates (gate.ts), the look-behind helpers (context.ts), clipping,
// placeholders and the deep walk. Random inputs come from a seeded generator, so a failure repeats.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_STEPS, KEYWORDS, redact, redactText, redactUnwindowed } from '../../src/redact/redact.js';
import { PLACEHOLDER_PREFIX, SCAN_CLASSES, TextScanner, escapeLiteral } from '../../src/redact/scan.js';
import { EditLog, lineAt, shiftLineStarts, unionOf, windowsOf } from '../../src/redact/windows.js';
import { compileSteps, gateOpen, windowLines } from '../../src/redact/gate.js';
import { MatchGroups, numberedTwin } from '../../src/redact/groups.js';
import { REDACTION_PATTERNS } from '../../src/redact/patterns/index.js';
import { REDACT_CASES } from '../data/redact/cases.js';
import { DEV } from '../data/redact/corpus/index.js';
import { lineBefore, linesBefore, nameStart, runBefore } from '../../src/redact/context.js';
import { REDACT_MARGIN, clipText, redactClipped } from '../../src/redact/clip.js';
import { PLACEHOLDER_REGEX, isPlaceholder, placeholderFor } from '../../src/redact/placeholder.js';
import { redactDeep, redactDeepWith } from '../../src/redact/deep.js';
import { REDACTION_TYPES, type RedactionPattern, type ScanClass } from '../../src/redact/types.js';
import { rng } from '../helpers/random.js';

const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Maximal runs of characters in `set` on `line`. */
function runs(line: string, inSet: (ch: string) => boolean): string[] {
  const out: string[] = [];
  let run = '';
  for (const ch of line) {
    if (inSet(ch)) run += ch;
    else {
      if (run) out.push(run);
      run = '';
    }
  }
  if (run) out.push(run);
  return out;
}
const count = (s: string, inSet: (ch: string) => boolean) => [...s].filter(inSet).length;
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isAsciiLetter = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

/** What each shape trigger means, on one line (scan.ts's comment, as code). */
const SHAPES: Record<ScanClass, (line: string) => boolean> = {
  'phone-digits': (l) => runs(l, (c) => isDigit(c) || ' .-()+'.includes(c)).some((r) => count(r, isDigit) >= 8),
  'id-digits': (l) => runs(l, (c) => isDigit(c) || c === ' ' || c === '-').some((r) => count(r, isDigit) >= 9),
  ipv4: (l) => runs(l, (c) => isDigit(c) || c === '.').some((r) => count(r, (c) => c === '.') >= 3),
  ipv6: (l) => runs(l, (c) => isDigit(c) || isAsciiLetter(c) || c === ':' || c === '.').some((r) => r.length <= 50 && (r.includes('::') || count(r, (c) => c === ':') >= 6)),
  hex32: (l) => runs(l, (c) => isDigit(c) || (c >= 'a' && c <= 'f')).some((r) => r.length >= 32),
  'base64-40': (l) => runs(l, (c) => isDigit(c) || isAsciiLetter(c) || c === '+' || c === '/').some((r) => r.length >= 40),
};

/** The scan as plain per-line searches: line starts (UTF-16 offsets), keyword lines, shape lines. */
function referenceScan(scanner: TextScanner, text: string) {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStarts.push(at);
    at += l.length + 1;
  }
  const hits: (number[] | undefined)[] = new Array(scanner.triggerCount).fill(undefined);
  const add = (id: number, line: number) => (hits[id] ??= []).push(line);
  lines.forEach((l, i) => {
    const lower = asciiLower(l);
    for (const [kw, id] of scanner.ids) if (lower.includes(kw)) add(id, i);
    for (const c of SCAN_CLASSES) if (SHAPES[c](l)) add(scanner.classIds.get(c) as number, i);
  });
  return { lineStarts, hits };
}

const PIECES = ['password', 'PassWord', 'token', 'Bearer ', 'secret', 'api_key', 'cookie', '@', '://', 'sk_', 'ghp_', 'xox', 'AKIA', '-----BEGIN ', 'eyJ', 'fill(', '%40', '+1 (555) 123-4567', '123-45-6789', '4111 1111 1111 1111', '10.0.0.1', '1.2.3', '2001:db8::1', 'a:b:c', 'fe80::1%eth0', 'AC' + 'ab12'.repeat(8), 'AB12'.repeat(8), 'Ab1/'.repeat(10), 'x'.repeat(41), ' ', ' ', '-', '.', ':', '(', ')', '+', '/', '\n', '\n', 'é', '中', '😀', '0', '7', '9', 'f', 'g', 'Z', 'q', '\t', '"', '='];

function randomText(r: () => number, pieces = PIECES, max = 60): string {
  let s = '';
  const n = Math.floor(r() * max);
  for (let i = 0; i < n; i++) s += pieces[Math.floor(r() * pieces.length)];
  return s;
}

describe('TextScanner against per-line searches', () => {
  test('the built-in keywords and shapes, on 600 random texts', () => {
    const r = rng(42);
    for (let i = 0; i < 600; i++) {
      const text = randomText(r);
      const got = KEYWORDS.scan(text);
      const want = referenceScan(KEYWORDS, text);
      assert.deepEqual([...got.lineStarts], want.lineStarts, JSON.stringify(text));
      assert.deepEqual(Array.from(got.hits), want.hits, JSON.stringify(text));
    }
  });

  test('runs at each shape threshold, one character short and one over', () => {
    const texts: string[] = [];
    for (const n of [7, 8, 9, 12, 13]) texts.push('1'.repeat(n), '1 '.repeat(n), 'x' + '1-'.repeat(n) + 'x', '(' + '2'.repeat(n) + ')');
    for (const n of [2, 3, 4]) texts.push('1.'.repeat(n), '.'.repeat(n), 'a' + '.1'.repeat(n));
    for (const n of [1, 2, 3]) texts.push(':'.repeat(n), 'a:'.repeat(n) + 'b');
    for (const n of [49, 50, 51]) texts.push('a'.repeat(n - 2) + '::', '::' + 'b'.repeat(n - 2) + ' end', '[' + '.:'.repeat(n >> 1) + ']');
    for (const n of [31, 32, 33]) texts.push('a'.repeat(n), 'f0'.repeat(n >> 1) + (n % 2 ? 'e' : ''), 'A'.repeat(n), 'g' + 'e'.repeat(n));
    for (const n of [39, 40, 41]) texts.push('A'.repeat(n), '+/'.repeat(n >> 1) + (n % 2 ? 'z' : ''), '9'.repeat(n), 'a'.repeat(n - 1) + '-b');
    for (const t of [...texts]) texts.push(t + '\n' + t, 'é' + t + '😀', t + '中' + t);
    for (const text of texts) {
      const got = KEYWORDS.scan(text);
      const want = referenceScan(KEYWORDS, text);
      assert.deepEqual([...got.lineStarts], want.lineStarts, JSON.stringify(text));
      assert.deepEqual(Array.from(got.hits), want.hits, JSON.stringify(text));
    }
  });

  test('long runs past every threshold, then each shape just short of its own, on one line', () => {
    // A counter past its threshold is silenced and counts on: hundreds of steps must never carry it
    // into the counter beside it, nor flag it again as something it is not.
    const long = ['7'.repeat(300), '1 '.repeat(300), '1.'.repeat(300), ':'.repeat(300), 'a:'.repeat(300), 'f'.repeat(500), 'Ab1/'.repeat(200), '4-'.repeat(300)];
    const short = ['1234567', '1 2 3 4 5 6 7 8', '1.2.3', 'ab:cd', 'a'.repeat(31), 'B'.repeat(39), 'x:' + 'y'.repeat(48) + ':'];
    for (const l of long) {
      for (const s of short) {
        for (const text of [`${l} ${s}`, `${l}${s}`, `${s}x${l}`, `${l}\n${s}`, `${l}é${s}`]) {
          assert.deepEqual(Array.from(KEYWORDS.scan(text).hits), referenceScan(KEYWORDS, text).hits, JSON.stringify(text.slice(0, 40)) + ' ... ' + JSON.stringify(s));
        }
      }
    }
  });

  test('3,000 random runs of the characters the shapes count', () => {
    // Long mixed runs drive several counters past their thresholds at once, and one past its own
    // threshold while the one beside it nears its own: where a carry would show.
    const r = rng(11);
    const chars = ['1', '2', '1', ' ', '-', '.', ':', 'a', 'f', 'e', 'A', 'z', '+', '/', '(', '\n', 'é'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const n = 20 + Math.floor(r() * 200);
      for (let k = 0; k < n; k++) text += chars[Math.floor(r() * (k % 50 < 25 ? 3 : chars.length))];
      assert.deepEqual(Array.from(KEYWORDS.scan(text).hits), referenceScan(KEYWORDS, text).hits, JSON.stringify(text));
    }
    // Where a counter that went on past its field would carry into the one beside it: a phone run
    // of 24 digits whose last 8 are an id run; 25 id digits after two dots; 11 dots after one colon.
    for (const carry of ['1.'.repeat(16) + '3'.repeat(8), '1.1.' + '2'.repeat(25), 'a:' + '1.'.repeat(11)]) {
      assert.deepEqual(Array.from(KEYWORDS.scan(carry).hits), referenceScan(KEYWORDS, carry).hits, carry);
    }
  });

  test('many lines, long texts and non-ASCII characters keep offsets in UTF-16', () => {
    const r = rng(7);
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) lines.push(randomText(r, PIECES, 12));
    const text = lines.join('\n');
    const big = (text + '\n').repeat(40);
    for (const t of [text, big, '😀\n'.repeat(100), 'é\n中\n😀😀\n']) {
      const got = KEYWORDS.scan(t);
      const want = referenceScan(KEYWORDS, t);
      assert.deepEqual([...got.lineStarts], want.lineStarts);
      assert.deepEqual(Array.from(got.hits), want.hits);
    }
    // A scan of a short text after a long one sees only the short one.
    assert.deepEqual(Array.from(KEYWORDS.scan('token').hits), referenceScan(KEYWORDS, 'token').hits);
  });

  test('a scanner of its own keywords: overlapping words, window keywords, placeholders left out', () => {
    const patterns: RedactionPattern[] = [
      { name: 'a', type: 'TOKEN', regex: /x/g, literals: ['he', 'she', 'his', 'hers'] },
      { name: 'b', type: 'TOKEN', regex: /x/g, literals: ['[redacted_token]', 'usher'], window: { keywords: ['ushers', '[redacted_email]'], classes: ['ipv4'] } },
      { name: 'c', type: 'TOKEN', regex: /x/g, window: 'literals', literals: ['a.b'] },
    ];
    const scanner = new TextScanner(patterns);
    assert.deepEqual([...scanner.ids.keys()], ['a.b', 'he', 'hers', 'his', 'she', 'usher', 'ushers']);
    assert.equal(scanner.triggerCount, 7 + SCAN_CLASSES.length);
    assert.deepEqual([...scanner.classIds.entries()], SCAN_CLASSES.map((c, i) => [c, 7 + i]));
    assert.equal(scanner.regex?.source, 'ushers|usher|hers|a\\.b|his|she|he');
    assert.equal(scanner.regex?.flags, 'gi');
    const r = rng(3);
    const pieces = ['he', 'she', 'His', 'hers', 'usher', 'USHERS', 'ushe', 'a.b', 'a-b', 'h', 's', 'r', 'u', ' ', '\n', 'é', '1.2.3.4'];
    for (let i = 0; i < 400; i++) {
      const text = randomText(r, pieces, 30);
      const got = scanner.scan(text);
      assert.deepEqual(Array.from(got.hits), referenceScan(scanner, text).hits, JSON.stringify(text));
    }
    assert.equal(new TextScanner([]).regex, undefined);
  });

  test('keywords it cannot scan for are refused by name', () => {
    const make = (literals: string[]) => () => new TextScanner([{ name: 'p', type: 'TOKEN', regex: /x/g, literals }]);
    assert.throws(make(['Token']), /keyword "Token": needs lower-case/);
    assert.throws(make(['a\nb']), /keyword "a\\nb": needs lower-case characters and no newline/);
    assert.throws(make(['']), /keyword "": needs lower-case/);
    assert.throws(make(['café']), /keyword "café": needs ASCII/);
    assert.doesNotThrow(make(['~', '\u007f']));
  });

  test('escapeLiteral escapes exactly the regex metacharacters', () => {
    const special = '\\^$.*+?()[]{}|/-';
    assert.equal(escapeLiteral(special), [...special].map((c) => '\\' + c).join(''));
    assert.equal(escapeLiteral('abc_ 9:@,'), 'abc_ 9:@,');
    const re = new RegExp('^' + escapeLiteral('a.b*(c)') + '$');
    assert.equal(re.test('a.b*(c)'), true);
    assert.equal(re.test('axb*(c)'), false);
    assert.equal(PLACEHOLDER_PREFIX, '[redacted_');
  });
});

describe('windows and line bookkeeping', () => {
  const startsOf = (text: string) => {
    const out = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
    return Int32Array.from(out);
  };

  test('windowsOf: whole lines, merged when the gap is 16 characters or less', () => {
    for (const gap of [0, 1, 15, 16, 17, 40]) {
      const text = 'aaaa\n' + 'b'.repeat(Math.max(0, gap - 1)) + (gap > 0 ? '\n' : '') + 'cccc\ndd';
      const starts = startsOf(text);
      const last = starts.length - 1;
      const cLine = last - 1;
      const got = windowsOf([0, cLine], starts, text.length);
      const cStart = starts[cLine] as number;
      const cEnd = (starts[cLine + 1] as number) - 1;
      assert.deepEqual(got, cStart - 4 <= 16 ? [0, cEnd] : [0, 4, cStart, cEnd], `gap ${gap}`);
    }
    const text = 'one\ntwo\nthree';
    assert.deepEqual(windowsOf([2], startsOf(text), text.length), [8, 13]);
    assert.deepEqual(windowsOf([], startsOf(text), text.length), []);
    assert.deepEqual(windowsOf([0], startsOf(text), text.length), [0, 3]);
    const far = 'x\n' + 'y'.repeat(30) + '\nz\n' + 'w'.repeat(30) + '\nv';
    assert.deepEqual(windowsOf([0, 2, 4], startsOf(far), far.length), [0, 1, 33, 34, 66, 67]);
  });

  test('unionOf: ascending, distinct, and the marks left clear', () => {
    const r = rng(11);
    const mark = new Uint8Array(200);
    for (let i = 0; i < 200; i++) {
      const lists: number[][] = [];
      const k = 1 + Math.floor(r() * 4);
      for (let j = 0; j < k; j++) lists.push([...new Set(Array.from({ length: Math.floor(r() * 10) }, () => Math.floor(r() * 200)))].sort((a, b) => a - b));
      const want = [...new Set(lists.flat())].sort((a, b) => a - b);
      assert.deepEqual(unionOf(lists, mark), want);
      assert.equal(mark.every((m) => m === 0), true);
    }
    assert.deepEqual(unionOf([[0], [0]], mark), [0]);
    assert.deepEqual(unionOf([[199], []], mark), [199]);
  });

  test('lineAt: the last line starting at or before the offset', () => {
    const r = rng(5);
    for (let i = 0; i < 100; i++) {
      const starts = [0];
      const n = Math.floor(r() * 20);
      for (let j = 0; j < n; j++) starts.push((starts[starts.length - 1] as number) + 1 + Math.floor(r() * 5));
      const arr = Int32Array.from(starts);
      const end = (starts[starts.length - 1] as number) + 5;
      for (let at = 0; at <= end; at++) {
        let want = 0;
        for (let l = 0; l < starts.length; l++) if ((starts[l] as number) <= at) want = l;
        assert.equal(lineAt(arr, at), want, `${starts} @${at}`);
      }
    }
  });

  test('shiftLineStarts equals re-splitting the edited text, and says when a newline was replaced', () => {
    const r = rng(9);
    for (let i = 0; i < 500; i++) {
      const text = randomText(r, ['ab', 'c', '\n', 'ddd', ' '], 30);
      const edits = new EditLog();
      let out = '';
      let from = 0;
      let newlineHit = false;
      while (from < text.length) {
        const start = from + Math.floor(r() * 6);
        if (start >= text.length) break;
        const end = Math.min(text.length, start + Math.floor(r() * 4));
        const repl = 'R'.repeat(Math.floor(r() * 5));
        if (text.slice(start, end).includes('\n')) newlineHit = true;
        edits.add(start, end, repl.length);
        out += text.slice(from, start) + repl;
        from = end;
      }
      out += text.slice(from);
      const starts = startsOf(text);
      const ok = shiftLineStarts(starts, edits);
      assert.equal(ok, !newlineHit, JSON.stringify(text));
      if (ok) assert.deepEqual([...starts], [...startsOf(out)], JSON.stringify(text));
    }
  });

  test('an edit that ends right at a newline keeps it; one that takes it asks for a new scan', () => {
    const log = (start: number, end: number, len: number) => {
      const e = new EditLog();
      e.add(start, end, len);
      return e;
    };
    const starts = () => Int32Array.from([0, 4, 8]);
    const a = starts();
    assert.equal(shiftLineStarts(a, log(1, 3, 0)), true);
    assert.deepEqual([...a], [0, 2, 6]);
    assert.equal(shiftLineStarts(starts(), log(1, 4, 0)), false);
    assert.equal(shiftLineStarts(starts(), log(3, 4, 1)), false);
    const b = starts();
    assert.equal(shiftLineStarts(b, log(4, 6, 5)), true);
    assert.deepEqual([...b], [0, 4, 11]);
    const c = starts();
    assert.equal(shiftLineStarts(c, log(8, 9, 0)), true);
    assert.deepEqual([...c], [0, 4, 8]);
  });

  test('a grown edit log is let go when cleared; a small one is kept', () => {
    const edits = new EditLog();
    const first = edits.buf;
    edits.add(1, 2, 3);
    edits.clear();
    assert.equal(edits.buf, first);
    for (let i = 0; i < 262_145; i++) edits.add(i, i, 0);
    assert.equal(edits.length, 786_435);
    assert.equal(edits.buf.length > 786_432, true);
    assert.deepEqual([...edits.buf.subarray(786_432, 786_435)], [262_144, 262_144, 0]);
    edits.clear();
    assert.equal(edits.length, 0);
    assert.equal(edits.buf.length, 768);
    const mid = new EditLog();
    for (let i = 0; i < 1000; i++) mid.add(i, i, 0);
    const grown = mid.buf;
    mid.clear();
    assert.equal(mid.buf, grown);
  });
});

describe('gates', () => {
  const patterns: RedactionPattern[] = [
    { name: 'always', type: 'TOKEN', regex: /x/g },
    { name: 'gated', type: 'TOKEN', regex: /x/g, literals: ['alpha', 'beta'] },
    { name: 'placeholder-gated', type: 'TOKEN', regex: /x/g, literals: ['gamma', '[redacted_email]'] },
    { name: 'windowed', type: 'TOKEN', regex: /x/g, window: { keywords: ['alpha', '[redacted_token]'], classes: ['ipv4'] } },
    { name: 'window-literals', type: 'TOKEN', regex: /x/g, literals: ['beta', 'gamma'], window: 'literals' },
  ];
  const scanner = new TextScanner(patterns);
  const steps = compileSteps(patterns, scanner);
  const id = (k: string) => scanner.ids.get(k) as number;

  test('compileSteps resolves literals, placeholders and windows to trigger ids', () => {
    const [always, gated, ph, windowed, wl] = steps as [typeof steps[0], typeof steps[0], typeof steps[0], typeof steps[0], typeof steps[0]];
    assert.equal(always.gate, undefined);
    assert.equal(always.window, undefined);
    assert.equal(always.literalSearch, undefined);
    assert.deepEqual(gated.gate, [id('alpha'), id('beta')]);
    assert.deepEqual(gated.gatePlaceholders, []);
    assert.equal(gated.literalSearch?.source, 'alpha|beta');
    assert.equal(gated.literalSearch?.flags, 'i');
    assert.deepEqual(ph.gate, [id('gamma')]);
    assert.deepEqual(ph.gatePlaceholders, ['[REDACTED_EMAIL]']);
    assert.equal(ph.literalSearch, undefined);
    assert.equal(windowed.gate, undefined);
    assert.deepEqual(windowed.window, { ids: [id('alpha'), scanner.classIds.get('ipv4')], placeholders: ['[REDACTED_TOKEN]'] });
    assert.equal(windowed.literalSearch, undefined);
    assert.deepEqual(wl.gate, [id('beta'), id('gamma')]);
    assert.deepEqual(wl.window, { ids: [id('beta'), id('gamma')], placeholders: [] });
    assert.equal(wl.literalSearch, undefined);
  });

  test('a literal the scanner does not know is refused by name', () => {
    assert.throws(() => compileSteps([{ name: 'p', type: 'TOKEN', regex: /x/g, literals: ['zeta'] }], scanner), /keyword zeta: not in the scanner/);
  });

  test('gateOpen and windowLines against per-line searches', () => {
    const r = rng(21);
    const pieces = ['alpha', 'BETA', 'gamma', '[REDACTED_EMAIL]', '[REDACTED_TOKEN]', '[redacted_token]', '1.2.3.4', 'x', ' ', '\n', '\n'];
    const mark = new Uint8Array(1000);
    for (let i = 0; i < 400; i++) {
      const text = randomText(r, pieces, 25);
      const scan = scanner.scan(text);
      const lines = text.split('\n');
      const has = (w: string) => asciiLower(text).includes(w);
      const [always, gated, ph, windowed, wl] = steps as [typeof steps[0], typeof steps[0], typeof steps[0], typeof steps[0], typeof steps[0]];
      assert.equal(gateOpen(always, scan, text), true);
      assert.equal(gateOpen(gated, scan, text), has('alpha') || has('beta'), text);
      assert.equal(gateOpen(ph, scan, text), has('gamma') || text.includes('[REDACTED_EMAIL]'), text);
      assert.equal(gateOpen(wl, scan, text), has('beta') || has('gamma'), text);
      const want = (test: (l: string) => boolean) => lines.flatMap((l, n) => (test(l) ? [n] : []));
      assert.deepEqual(windowLines(windowed, scan, text, mark), want((l) => asciiLower(l).includes('alpha') || l.includes('[REDACTED_TOKEN]') || SHAPES.ipv4(l)), JSON.stringify(text));
      assert.deepEqual(windowLines(wl, scan, text, mark), want((l) => asciiLower(l).includes('beta') || asciiLower(l).includes('gamma')), JSON.stringify(text));
    }
  });
});

describe('numbered twins of the detectors (groups.ts)', () => {
  const stripNames = (source: string) => source.replace(/\(\?<[A-Za-z]\w{0,30}>/g, '(');

  test('every built-in detector with named groups runs as its numbered twin: the same source less the names', () => {
    const named = REDACTION_PATTERNS.filter((p) => /\(\?<[A-Za-z]/.test(p.regex.source));
    assert.ok(named.length >= 15, `only ${named.length} detectors name groups`);
    for (const written of named) {
      const step = DEFAULT_STEPS.find((s) => s.pattern.name === written.name);
      assert.ok(step?.pattern.groupAt, `${written.name} runs with V8's groups object`);
      assert.equal(step.pattern.regex.source, stripNames(written.regex.source), written.name);
      assert.equal(step.pattern.regex.flags, written.regex.flags, written.name);
    }
  });

  test("MatchGroups holds what V8's groups object holds, on every detector and many inputs", () => {
    const inputs = [...REDACT_CASES.map((c) => c.input), ...DEV.map((r) => r.input)];
    let compared = 0;
    for (const written of REDACTION_PATTERNS) {
      const twin = numberedTwin(written.regex);
      if (!twin) continue;
      for (const input of inputs) {
        const a: RegExp = new RegExp(written.regex.source, written.regex.flags);
        const b: RegExp = new RegExp(twin.regex.source, twin.regex.flags);
        for (let m: RegExpExecArray | null = a.exec(input), n: RegExpExecArray | null = b.exec(input); m !== null; m = a.exec(input), n = b.exec(input)) {
          assert.ok(n !== null && n.index === m.index && n[0] === m[0], `${written.name} on ${JSON.stringify(input.slice(0, 80))}`);
          const groups: MatchGroups = new MatchGroups(n, twin.at);
          for (const [name, value] of Object.entries(m.groups ?? {})) assert.equal(groups[name], value, `${written.name}: group ${name}`);
          compared++;
          if (m[0].length === 0) a.lastIndex = b.lastIndex = a.lastIndex + 1;
        }
      }
    }
    assert.ok(compared >= 300, `only ${compared} matches compared`);
  });

  test('only real group openings change: escapes, classes and look-behinds stay', () => {
    const twin = numberedTwin(/\((?<pre>a)[(?<key>](?<=b)(?<!c)(d)(?<post>e)/g);
    assert.ok(twin);
    assert.equal(twin.regex.source, String.raw`\((a)[(?<key>](?<=b)(?<!c)(d)(e)`);
    // Three captures, as before: pre is the first, post the third, and key (inside a class) is no group.
    assert.equal(new RegExp(`${twin.regex.source}|`).exec('')?.length, 4);
    assert.deepEqual([...twin.at.slice(0, 3)], [1, 3, 0]);
  });

  test('a regex it cannot rename keeps its named groups', () => {
    assert.equal(numberedTwin(/(?<id>\d+)/g), undefined, 'a name outside the known set (a caller\'s own)');
    assert.equal(numberedTwin(/(?<pre>a)\k<pre>/g), undefined, 'a named back-reference');
    assert.equal(numberedTwin(/(a)(b)/g), undefined, 'no names: nothing to gain');
    assert.equal(numberedTwin(new RegExp('(?<pre>a)', 'gv')), undefined, 'the v flag (nested classes)');
  });

  test("a caller's pattern with its own group names still keeps its pre group", () => {
    const out = redactText('acct=12345 and acct=777', { patterns: [{ name: 'acct', type: 'API_KEY', regex: /(?<pre>acct=)(?<id>\d+)/ }] });
    assert.equal(out, 'acct=[REDACTED_API_KEY] and acct=[REDACTED_API_KEY]');
  });
});

describe('look-behind helpers', () => {
  test('lineBefore: the current line before the index, at most maxChars', () => {
    assert.equal(lineBefore('ab\ncd', 5, 10), 'cd');
    assert.equal(lineBefore('ab\ncd', 4, 10), 'c');
    assert.equal(lineBefore('ab\ncd', 3, 10), '');
    assert.equal(lineBefore('abcdef', 6, 3), 'def');
    assert.equal(lineBefore('abcdef', 2, 3), 'ab');
    assert.equal(lineBefore('abcdef', 0, 3), '');
  });

  test('linesBefore: the last n lines, the current one included, at most maxChars', () => {
    const text = 'l1\nl2\nl3\nl4';
    assert.equal(linesBefore(text, text.length, 1, 100), '\nl4');
    assert.equal(linesBefore(text, text.length, 2, 100), '\nl3\nl4');
    assert.equal(linesBefore(text, text.length, 4, 100), 'l1\nl2\nl3\nl4');
    assert.equal(linesBefore(text, text.length, 9, 100), 'l1\nl2\nl3\nl4');
    assert.equal(linesBefore(text, text.length, 9, 5), 'l3\nl4');
    assert.equal(linesBefore(text, text.length, 0, 100), '');
    assert.equal(linesBefore(text, 5, 1, 100), '\nl2');
    assert.equal(linesBefore('abc', 3, 1, 100), 'abc');
  });

  test('nameStart: back over [A-Za-z0-9_.-], at most maxChars', () => {
    assert.equal(nameStart('foo bar.baz_1-2', 15), 4);
    assert.equal(nameStart('x=AZaz09_.-', 11), 2);
    for (const stop of ['/', ':', '@', '[', '`', '{', ' ', '"', '=', 'é']) assert.equal(nameStart(`q${stop}name`, 6), 2, stop);
    assert.equal(nameStart('a'.repeat(100), 100), 36);
    assert.equal(nameStart('a'.repeat(100), 100, 10), 90);
    assert.equal(nameStart('abc', 0), 0);
    assert.equal(nameStart('abc', 2), 0);
  });

  test('runBefore: a run of at most max characters, or -1', () => {
    const digit = (c: number) => c >= 0x30 && c <= 0x39;
    assert.equal(runBefore('xx123', 5, 3, 0, digit), 2);
    assert.equal(runBefore('x1234', 5, 3, 0, digit), -1);
    assert.equal(runBefore('1234', 4, 4, 0, digit), 0);
    assert.equal(runBefore('1234', 4, 3, 1, digit), 1);
    assert.equal(runBefore('1234', 4, 5, 2, digit), 2);
    assert.equal(runBefore('x', 1, 3, 0, digit), -1);
    assert.equal(runBefore('12x', 3, 3, 0, digit), -1);
    assert.equal(runBefore('9', 1, 1, 0, digit), 0);
  });
});

describe('clip and placeholders', () => {
  test('clipText cuts to width with an ellipsis as the last character', () => {
    assert.equal(clipText('abcdef', 4), 'abc\u2026');
    assert.equal(clipText('abcd', 4), 'abcd');
    assert.equal(clipText('abcde', 1), '\u2026');
    assert.equal(clipText('abc', 0), '\u2026');
    assert.equal(clipText('', 0), '');
  });

  test('redactClipped redacts before cutting, a margin past the cut', () => {
    assert.equal(REDACT_MARGIN, 512);
    const card = 'x'.repeat(90) + ' 4111 1111 1111 1111 ' + 'y'.repeat(600);
    const out = redactClipped(card, 100);
    assert.equal(out.length, 100);
    assert.equal(out.includes('4111'), false);
    assert.equal(out, 'x'.repeat(90) + ' [REDACTE\u2026');
    // The secret past width + margin is never read; what is kept is the clipped text.
    const long = 'a'.repeat(50) + ' '.repeat(500) + 'password=hunter2';
    assert.equal(redactClipped(long, 50), 'a'.repeat(49) + '\u2026');
    assert.equal(redactClipped('password=hunter2', 100), 'password=[REDACTED_PASSWORD]');
    const edge = 'b'.repeat(40) + ' '.repeat(REDACT_MARGIN - 10) + 'jane@acme-corp.io tail';
    assert.equal(redactClipped(edge, 50), 'b'.repeat(40) + ' '.repeat(9) + '\u2026');
  });

  test('placeholders', () => {
    for (const t of REDACTION_TYPES) {
      assert.equal(placeholderFor(t), `[REDACTED_${t}]`);
      assert.equal(isPlaceholder(placeholderFor(t)), true, t);
    }
    assert.equal(placeholderFor('NEW_KIND' as never), '[REDACTED_NEW_KIND]');
    assert.equal(isPlaceholder('[REDACTED_' + 'A'.repeat(12) + ']'), true);
    for (const v of ['[REDACTED_' + 'A'.repeat(13) + ']', '[REDACTED_X]', '[redacted_token]', '[REDACTED_TOKEN] ', ' [REDACTED_TOKEN]', '[REDACTED_TOKEN', 'REDACTED_TOKEN]', '[REDACTED_tok]', '[REDACTED_T0K]']) {
      assert.equal(isPlaceholder(v), false, v);
    }
    assert.equal(PLACEHOLDER_REGEX.test('[REDACTED_' + 'A'.repeat(15) + ']'), false);
  });
});

describe('redactDeep', () => {
  test('a value reached twice without a cycle is redacted both times', () => {
    const shared = { email: 'jane@acme-corp.io' };
    assert.deepEqual(redactDeep({ a: shared, b: shared, list: [shared, shared] }), {
      a: { email: '[REDACTED_EMAIL]' },
      b: { email: '[REDACTED_EMAIL]' },
      list: [{ email: '[REDACTED_EMAIL]' }, { email: '[REDACTED_EMAIL]' }],
    });
  });

  test('nesting stops at 64 levels', () => {
    let deep: unknown = 'jane@acme-corp.io';
    for (let i = 0; i < 70; i++) deep = [deep];
    let out = redactDeep(deep) as unknown;
    let depth = 0;
    while (Array.isArray(out)) {
      out = out[0];
      depth++;
    }
    assert.equal(depth, 64);
    assert.equal(out, '[MaxDepth]');
    let shallow: unknown = 'jane@acme-corp.io';
    for (let i = 0; i < 63; i++) shallow = [shallow];
    out = redactDeep(shallow);
    for (let i = 0; i < 63; i++) out = (out as unknown[])[0];
    assert.equal(out, '[REDACTED_EMAIL]');
  });

  test('secret keys: strings and numbers replaced whole, empty strings and objects walked', () => {
    assert.deepEqual(redactDeep({ password: 'x', pin: 1234, apiKey: 'k', token: '', secret: { inner: 'jane@acme-corp.io', n: 5 }, cookie: null, refreshToken: true }), {
      password: '[REDACTED_PASSWORD]',
      pin: 1234,
      apiKey: '[REDACTED_API_KEY]',
      token: '',
      secret: { inner: '[REDACTED_EMAIL]', n: 5 },
      cookie: null,
      refreshToken: true,
    });
    assert.deepEqual(redactDeep({ sessionId: 42 }), { sessionId: '[REDACTED_TOKEN]' });
  });

  test('errors, class instances and null-prototype records', () => {
    const err = new TypeError('bad jane@acme-corp.io');
    const out = redactDeep({ err }) as { err: { name: string; message: string; stack?: string } };
    assert.equal(out.err.name, 'TypeError');
    assert.equal(out.err.message, 'bad [REDACTED_EMAIL]');
    assert.equal(out.err.stack?.includes('jane@'), false);
    assert.equal(out.err.stack?.startsWith('TypeError: bad [REDACTED_EMAIL]'), true);
    const noStack = new Error('x');
    noStack.stack = undefined;
    assert.deepEqual(redactDeep(noStack), { name: 'Error', message: 'x', stack: undefined });
    const date = new Date(0);
    assert.equal((redactDeep({ date }) as { date: Date }).date, date);
    const bare = Object.create(null) as Record<string, unknown>;
    bare.mail = 'jane@acme-corp.io';
    assert.deepEqual(redactDeep(bare), { mail: '[REDACTED_EMAIL]' });
    assert.equal(redactDeep(undefined), undefined);
    assert.equal(redactDeep(true), true);
  });

  test('redactDeepWith uses the caller’s text function for keys and values', () => {
    assert.deepEqual(redactDeepWith({ Ab: ['Cd', { eF: 'gh' }], password: 'pw' }, (s) => s.toUpperCase()), { AB: ['CD', { EF: 'GH' }], PASSWORD: '[REDACTED_PASSWORD]' });
  });
});

describe('windowed and whole-text redaction agree on random mixes', () => {
  test('800 texts built from secret-shaped pieces', () => {
    const r = rng(1234);
    const pieces = [...PIECES, 'password: hunter2', 'token=abc123def456', 'Authorization: Bearer abcdef0123456789', 'jane@acme-corp.io', 'postgres://u:p@db:5432/x', 'AKIAIOSFODNN7EXAMPLE', 'ghp_' + 'a1'.repeat(18), '[REDACTED_TOKEN]', 'Cookie: sid=abc123; Path=/', '.fill(\'s3cret\')', 'getByLabel(\'Password\')', 'type="password"'];
    for (let i = 0; i < 800; i++) {
      const text = randomText(r, pieces, 40);
      assert.deepEqual(redact(text), redactUnwindowed(text), JSON.stringify(text));
      assert.equal(redactText(redactText(text)), redactText(text), JSON.stringify(text));
    }
  });

  test('a placeholder is no field name: a second pass takes nothing more', () => {
    // `[REDACTED_SSN]` holds the field word `ssn`; it named a number, not the field being filled.
    for (const text of ["123-45-6789.fill('(')", "@123-45-6789.fill('s3cret') type=\"password\"", "page.locator('#x').fill('[REDACTED_PASSWORD]abc')"]) {
      const once = redactText(text);
      assert.equal(redactText(once), once, text);
    }
    assert.equal(redactText("123-45-6789.fill('s3cret')"), "[REDACTED_SSN].fill('s3cret')");
    assert.equal(redactText("[REDACTED_PASSWORD].fill('s3cret')"), "[REDACTED_PASSWORD].fill('s3cret')");
    assert.equal(redactText("locator('#ssn') [REDACTED_EMAIL].fill('s3cret')"), "locator('#ssn') [REDACTED_EMAIL].fill('[REDACTED_PASSWORD]')");
    assert.equal(redactText("getByLabel('Password').fill('s3cret') [REDACTED_EMAIL]"), "getByLabel('Password').fill('[REDACTED_PASSWORD]') [REDACTED_EMAIL]");
  });
});
