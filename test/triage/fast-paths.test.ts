// The fast paths of triage (issue 14, throughput) must answer exactly what the slower forms they replaced
// answered: the bigram prefilter never says "absent" for a word that is there, the hand ANSI scan strips
// what the ANSI regex stripped. Checked on every real Playwright text we have plus random texts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { anyWordIn, BigramIndex, word } from '../../src/triage/bigrams.js';
import { escapesEndWithin, stripAnsi, stripAnsiNoting, type EscapeNote } from '../../src/triage/text.js';
import { loadRealFailures } from '../data/real-failures/corpus.js';
import { rng } from '../helpers/random.js';

interface Texts {
  message: string;
  stack?: string;
  errorContext?: string;
  pageSnapshot?: string;
}

const corpus = JSON.parse(readFileSync(new URL('../data/failures/corpus.json', import.meta.url), 'utf8')) as Texts[];
const real = loadRealFailures();
const texts = [...corpus.flatMap((c) => [c.message, c.stack ?? '', c.errorContext ?? '', c.pageSnapshot ?? '']), ...real.flatMap((c) => [c.message, c.pageSnapshot ?? ''])];

// The regex stripAnsi replaced, verbatim.
const OLD_ANSI = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,2048}(?:\u0007|\u001b\\)|\u009b[0-9;?]{0,32}[@-~]/g;

describe('stripAnsi (hand scan)', () => {
  test('strips what the ANSI regex stripped, on real texts', () => {
    for (const t of texts) assert.equal(stripAnsi(t), t.replace(OLD_ANSI, ''));
  });
  test('and on random escape soup (bounds, unterminated and back-to-back sequences)', () => {
    const next = rng(14);
    const alphabet = ['\u001b', '\u009b', '[', ']', '\u0007', '\\', '0', '9', ';', '?', ' ', '/', '@', 'm', '~', 'a', '\n', '\u001b['];
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = Math.floor(next() * 50);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.05) s = `\u001b]${'x'.repeat(2040 + Math.floor(next() * 16))}${next() < 0.5 ? '\u0007' : '\u001b\\'}${s}`;
      if (next() < 0.05) s = `\u001b[${'1;'.repeat(15 + Math.floor(next() * 3))}m${s}`;
      assert.equal(stripAnsi(s), s.replace(OLD_ANSI, ''), JSON.stringify(s));
    }
  });
  test('stripAnsiNoting strips the same and notes what the two scans it spares would say', () => {
    const next = rng(15);
    const alphabet = ['\u001b', '\u009b', '[', ']', '\u0007', '\\', '0', ';', 'm', 'a', '\n', '\u001b[', '\u001b]'];
    const note: EscapeNote = { osc: false, closed: false };
    const check = (s: string, reach: number) => {
      assert.equal(stripAnsiNoting(s, reach, note), stripAnsi(s), JSON.stringify(s));
      assert.deepEqual(note, { osc: s.includes('\u001b]'), closed: escapesEndWithin(s, reach) }, JSON.stringify([s, reach]));
    };
    for (const t of texts) check(t, 39);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      const n = Math.floor(next() * 30);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (next() < 0.3) s = `${'x'.repeat(Math.floor(next() * 60))}${s}`;
      check(s, Math.floor(next() * 45));
    }
  });
  test('a text without escapes is returned as is', () => {
    const t = 'Expected: "a"\nReceived: "b"';
    assert.equal(stripAnsi(t), t);
  });
});

describe('BigramIndex', () => {
  const words = ['expired', '"exp" claim', 'session', 'strict mode violation', 'conn', 'hang up', 'page.', 'ms exceeded', 'timed out ', 'x-frame-options', 'did not find some options', '(s) not found', 'resolved to', 'unexpected value "', 'a', ''];
  test('never says absent for a word that is in the text (any ASCII case)', () => {
    for (const t of texts) {
      const lower = t.toLowerCase();
      const g = new BigramIndex(lower);
      const upper = new BigramIndex(t);
      for (const w of words) {
        if (lower.includes(w)) assert.ok(g.may(w) && upper.may(w), `${w} in ${t.slice(0, 80)}`);
        assert.equal(g.has(w), lower.includes(w));
        // A word's needle kept in a constant answers as the word itself does.
        assert.equal(g.mayWord(word(w)), g.may(w));
        assert.equal(g.hasWord(word(w)), lower.includes(w));
      }
      // Every substring of the text is "may".
      for (let i = 0; i + 12 <= lower.length; i += 37) assert.ok(g.may(lower.slice(i, i + 12)));
    }
  });
  test('says absent for most words that are not there (it prefilters)', () => {
    const g = new BigramIndex("expect(locator).tohavetext(expected) failed\nlocator: getbyrole('heading')\nexpected string: \"orders\"");
    assert.equal(g.may('econnrefused'), false);
    assert.equal(g.may('jwt expired'), false);
    assert.equal(g.may('strict mode violation'), false);
    assert.equal(g.may('orders'), true);
  });
  test('an index filled again after another one was built answers for its own text', () => {
    const a = new BigramIndex('connection refused');
    const b = new BigramIndex('jwt expired');
    assert.equal(a.may('refused'), true);
    assert.equal(b.may('refused'), false);
    assert.equal(a.may('jwt'), false);
    assert.equal(b.may('jwt'), true);
    // An index never asked before another was built fills the map at its first question.
    const c = new BigramIndex('proxy error');
    const d = new BigramIndex('bad gateway');
    assert.equal(d.mayWord(word('gateway')), true);
    assert.equal(c.mayWord(word('proxy')), true);
    assert.equal(c.hasWord(word('gateway')), false);
    assert.equal(d.may('proxy'), false);
  });
  test('anyWordIn: with a text the index holds, whether one of the words is in it; without, the map', () => {
    const words = ['invalid', 'hang up', 'déjà', '已', 'x'];
    const any = anyWordIn(...words);
    const next = rng(9);
    const alphabet = 'invaldhg upéjà已x-';
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const n = Math.floor(next() * 40);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      const g = new BigramIndex(s);
      const from = Math.floor(next() * (s.length + 1));
      const piece = s.slice(from, from + Math.floor(next() * 20));
      assert.equal(any(g, piece), words.some((w) => piece.includes(w)), JSON.stringify([s, piece]));
      assert.equal(any(g), words.some((w) => g.may(w)), JSON.stringify(s));
    }
  });
  test('random texts: may() is a superset of includes()', () => {
    const next = rng(7);
    const alphabet = 'abcdeéxyz .-"İK\u212a0';
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const n = Math.floor(next() * 40);
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      const g = new BigramIndex(s.toLowerCase());
      for (let i = 0; i < s.length; i++) {
        const w = s.slice(i, i + 1 + Math.floor(next() * 5)).toLowerCase();
        if (/^[\x00-\x7f]*$/.test(w)) assert.ok(g.may(w), JSON.stringify([s, w]));
      }
    }
  });
});
