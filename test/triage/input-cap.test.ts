// The cap on untrusted triage input: what reaches the rules is bounded, cut at a line, and a message
// past the cap gets the verdict of its first 64 KB (so the corpus verdicts survive any padding).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { capFailureInput, capInput, capText, computeSignals, TEXT_CAP, triageFailure, type Category, type FailureInput } from '../../src/triage/index.js';

interface CorpusCase {
  id: string;
  expected: Category;
  project: string;
  status: string;
  message: string;
  errors?: string[];
  stack?: string;
  pageSnapshot?: string;
  evidence?: FailureInput['evidence'];
}

const corpus = JSON.parse(readFileSync(new URL('../data/failures/corpus.json', import.meta.url), 'utf8')) as CorpusCase[];
const MB = 1024 * 1024;

describe('capText', () => {
  test('leaves short texts alone', () => {
    assert.equal(capText('a\nb'), 'a\nb');
    assert.equal(capText('x'.repeat(TEXT_CAP)), 'x'.repeat(TEXT_CAP));
  });

  test('keeps the head, cut after the last line break that fits', () => {
    const text = 'line one\n'.repeat(20_000);
    const cut = capText(text);
    assert.ok(cut.length <= TEXT_CAP);
    assert.ok(text.startsWith(cut));
    assert.ok(cut.endsWith('line one\n'));
    assert.ok(cut.length > TEXT_CAP - 'line one\n'.length);
  });

  test('cuts a text without line breaks at the cap, never inside a surrogate pair', () => {
    assert.equal(capText(' '.repeat(MB)).length, TEXT_CAP);
    const emoji = 'a' + '😀'.repeat(TEXT_CAP);
    const cut = capText(emoji);
    assert.equal(cut.length, TEXT_CAP - 1);
    assert.doesNotThrow(() => encodeURIComponent(cut));
  });
});

describe('triage sees at most the cap of each untrusted text', () => {
  test('message, stack and snapshot of 1 MB reach the rules capped', () => {
    const big = 'waiting for locator(\n'.repeat(MB / 21);
    const s = computeSignals({ message: big, stack: big.replace(/\(/g, '['), pageSnapshot: big });
    assert.ok(s.text.length <= 2 * TEXT_CAP + 1, `text of ${s.text.length}`);
    assert.ok(s.lower.length <= 2 * TEXT_CAP + 3, `lower of ${s.lower.length}`);
  });

  test('evidence lists and their texts are capped too', () => {
    const input = capInput({ message: 'x', evidence: { consoleErrors: Array.from({ length: 1000 }, () => 'e'.repeat(MB / 8)), responses: [{ method: 'GET', url: '/a', status: 500, bodySnippet: 'b'.repeat(MB) }] } });
    assert.equal(input.evidence?.consoleErrors?.length, 100);
    assert.ok((input.evidence?.consoleErrors?.[0] ?? '').length <= 8 * 1024);
    assert.ok((input.evidence?.responses?.[0]?.bodySnippet ?? '').length <= 8 * 1024);
  });

  test('triage reads an input that fits every cap as it is, and a copy of one that does not', () => {
    const fits: FailureInput = { message: 'm', stack: 's', pageSnapshot: 'p', evidence: { consoleErrors: ['e'], responses: [{ method: 'GET', url: '/a', status: 500, bodySnippet: 'b' }] } };
    assert.equal(capFailureInput(fits), fits);
    const overs: FailureInput[] = [
      { message: 'm'.repeat(TEXT_CAP + 1) },
      { message: 'm', stack: 's'.repeat(TEXT_CAP + 1) },
      { message: 'm', pageSnapshot: 'p'.repeat(TEXT_CAP + 1) },
      { message: 'm', snippet: 'x'.repeat(8 * 1024 + 1) },
      { message: 'm', evidence: { pageErrors: Array.from({ length: 101 }, () => 'e') } },
      { message: 'm', evidence: { consoleErrors: ['e'.repeat(8 * 1024 + 1)] } },
      { message: 'm', evidence: { responses: [{ method: 'GET', url: '/a', status: 500, statusText: 's'.repeat(8 * 1024 + 1) }] } },
      { message: 'm', evidence: { failedRequests: Array.from({ length: 101 }, () => ({ method: 'GET', url: '/a', errorText: 'x' })) } },
      { message: 'm', evidence: { lastUrl: 'u'.repeat(8 * 1024 + 1) } },
    ];
    for (const input of overs) {
      const capped = capFailureInput(input);
      assert.notEqual(capped, input);
      assert.deepEqual(capped, capInput(input));
    }
  });

  test('capping does not change the input object', () => {
    const input = { message: 'm\n'.repeat(TEXT_CAP) };
    capInput(input);
    assert.equal(input.message.length, 2 * TEXT_CAP);
  });
});

describe('a message past the cap is classified as its first 64 KB', () => {
  const fillers = ['\n'.repeat(MB), ' '.repeat(MB), '  - waiting for locator(\'#x\')\n'.repeat(MB / 30), 'Expected: "a"\n'.repeat(MB / 14)];
  // One case per category and message format keeps this quick; the whole corpus runs in corpus.test.ts.
  const picked = [...new Map(corpus.map((c) => [`${c.expected}/${c.id.split('@')[1] ?? ''}`, c])).values()];
  for (const c of picked) {
    test(c.id, () => {
      const message = c.errors?.length ? c.errors.join('\n\n') : c.message;
      const base = { project: c.project, status: c.status, ...(c.stack ? { stack: c.stack } : {}), ...(c.pageSnapshot ? { pageSnapshot: c.pageSnapshot } : {}), ...(c.evidence ? { evidence: c.evidence } : {}) };
      for (const filler of fillers) {
        const big = `${message}\n${filler}`;
        const whole = triageFailure({ ...base, message: big });
        const head = triageFailure({ ...base, message: capText(big) });
        assert.deepEqual(whole, head);
      }
      // Padding after the head keeps the corpus verdict when the filler says nothing of its own.
      assert.equal(triageFailure({ ...base, message: `${message}\n${'\n'.repeat(MB)}` }).category, triageFailure({ ...base, message }).category);
    });
  }
});
