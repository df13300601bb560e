// Table-driven: every case is real Playwright output (test/data/failures/README.md says how it was made).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertGolden } from './golden.js';
import { triageFailure, stripAnsi, CATEGORY_CLASS, CATEGORIES, type Category, type FailureInput } from '../../src/triage/index.js';
import { extractPageSnapshot } from '../../src/artifacts/attachments.js';

interface CorpusCase {
  id: string;
  expected: Category;
  project: string;
  status: string;
  message: string;
  /** Every error of the result, as the reporter joins them. */
  errors?: string[];
  stack?: string;
  pageSnapshot?: string;
  errorContext?: string;
  evidence?: FailureInput['evidence'];
  source: string;
  note: string;
}

const corpus = JSON.parse(readFileSync(new URL('../data/failures/corpus.json', import.meta.url), 'utf8')) as CorpusCase[];

function inputOf(c: CorpusCase): FailureInput {
  const pageSnapshot = c.pageSnapshot ?? (c.errorContext ? extractPageSnapshot(c.errorContext) : undefined);
  return {
    // The reporter triages all of a result's errors together (a test timeout comes with the action's error).
    message: c.errors?.length ? c.errors.join('\n\n') : c.message,
    project: c.project,
    status: c.status,
    ...(c.stack ? { stack: c.stack } : {}),
    ...(pageSnapshot ? { pageSnapshot } : {}),
    ...(c.evidence ? { evidence: c.evidence } : {}),
  };
}

describe('triage on real Playwright output', () => {
  test('the corpus is big enough and covers every category and both message formats', () => {
    assert.ok(corpus.length >= 60, `${corpus.length} cases`);
    for (const cat of CATEGORIES) assert.ok(corpus.filter((c) => c.expected === cat).length >= 5, `category ${cat} has < 5 cases`);
    const plain = corpus.map((c) => stripAnsi(c.message));
    assert.ok(plain.some((m) => /Timed out \d+ms waiting for expect/.test(m)), 'older message format present');
    assert.ok(plain.some((m) => /expect\(locator\)\.\w+\(\) failed/.test(m)), 'current message format present');
    assert.ok(corpus.some((c) => c.message !== stripAnsi(c.message)), 'messages keep their ANSI codes');
  });

  for (const c of corpus) {
    test(`${c.id} [${c.source}] -> ${c.expected}`, () => {
      const r = triageFailure(inputOf(c));
      assert.equal(r.category, c.expected, `rule ${r.rule}: ${r.reasons.join(' | ')}\nnote: ${c.note}`);
      assert.equal(r.class, CATEGORY_CLASS[c.expected]);
      assert.ok(r.confidence > 0 && r.confidence <= 1);
      assert.ok(r.reasons.length >= 1);
    });
  }

  test('ANSI codes do not change the verdict', () => {
    for (const c of corpus) {
      const input = inputOf(c);
      const plain = { ...input, message: stripAnsi(input.message) };
      assert.equal(triageFailure(plain).category, triageFailure(input).category, c.id);
    }
  });
});

// The rule, confidence and reasons of each case, pinned (corpus-reasons.golden.json), as for the real-world
// dev split (real-dev-verdicts.test.ts): the reasons are what users read. HEAL_UPDATE_GOLDEN=1 rewrites it.
test('the rule, confidence and reasons of each corpus case are the ones pinned', () => {
  const golden = new URL('./corpus-reasons.golden.json', import.meta.url);
  const now: Record<string, { rule: string; confidence: number; reasons: string[]; locator?: string }> = {};
  for (const c of corpus) {
    const r = triageFailure(inputOf(c));
    now[c.id] = { rule: r.rule, confidence: r.confidence, reasons: r.reasons, ...(r.locator ? { locator: r.locator } : {}) };
  }
  assertGolden(golden, now);
});
