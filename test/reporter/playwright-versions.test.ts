// One renamed button and one renamed test id, as each Playwright version reports them to a reporter:
// `result.errors` (message, stack, snippet) and the error-context attachment (a body or a file),
// captured from real runs of scripts/pw-acceptance.ts' project (test/data/playwright-versions/, the
// project folder written `<DIR>`). The recorder must read every shape, triage must call both
// update-selectors, and the rule-based healer must propose the new locators. 1.50 writes no page
// snapshot: there the click that ran into the test timeout still reads as a broken locator (the default
// config's shape of one), but nothing can be proposed without a snapshot, which is why the tested range
// starts at 1.51.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import { AttemptRecorder } from '../../src/reporter/recorder.js';
import { healerInput } from '../../src/heal/class-b-inputs.js';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import type { ClusterEntry, FailureEntry } from '../../src/artifacts/summary.js';
import { buildClusterInput, inlineErrorContexts } from '../../src/heal/llm-context.js';
import { REPO_ROOT } from '../helpers/run-inline.js';
import { ACCEPTANCE_SPEC as SPEC } from '../helpers/playwright-template.js';

const DATA = path.join(REPO_ROOT, 'test', 'data', 'playwright-versions');


interface Shape {
  version: string;
  tests: Record<string, { status: string; errors: { message: string; stack?: string; snippet?: string }[]; attachments: { name: string; contentType: string; body?: string; path?: string; text?: string }[] }>;
}

const LINES: Record<string, number> = { 'adds to the cart': 3, 'shows the status': 9 };

/** What each version must give: the triage category and the healed line (or the refusal). */
const EXPECTED: Record<string, Record<string, { category: string; after?: string; refused?: RegExp }>> = {
  '1.50.1': {
    'adds to the cart': { category: 'update-selectors', refused: /no page snapshot/ },
    'shows the status': { category: 'update-selectors', refused: /no page snapshot/ },
  },
  default: {
    'adds to the cart': { category: 'update-selectors', after: "  await page.getByRole('button', { name: 'Add to basket' }).click();" },
    'shows the status': { category: 'update-selectors', after: "  await expect(page.getByText('Ready')).toHaveText('Ready');" },
  },
};

function replay(shape: Shape, dir: string) {
  const file = path.join(dir, 'tests', 'orders.spec.ts');
  const recorder = new AttemptRecorder();
  const out = new Map<string, { record: ReturnType<AttemptRecorder['tests']['get']>; attempt: NonNullable<ReturnType<AttemptRecorder['record']>> }>();
  for (const [title, t] of Object.entries(shape.tests)) {
    const id = `id-${LINES[title]}`;
    const testCase = {
      id,
      title,
      titlePath: () => ['', 'chromium', 'orders.spec.ts', title],
      parent: { project: () => ({ name: 'chromium' }) },
      location: { file, line: LINES[title], column: 5 },
      expectedStatus: 'passed',
    } as unknown as TestCase;
    const attachments = t.attachments.map((a) => {
      if (a.body !== undefined) return { name: a.name, contentType: a.contentType, body: Buffer.from(a.body) };
      const p = path.join(dir, a.path as string);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, a.text ?? '');
      return { name: a.name, contentType: a.contentType, path: p };
    });
    const result = { status: t.status, retry: 0, duration: 1000, errors: t.errors, error: t.errors[0], attachments } as unknown as TestResult;
    const attempt = recorder.record(testCase, result);
    assert.ok(attempt, `${shape.version} ${title}: not recorded as a failure`);
    out.set(title, { record: recorder.tests.get(id), attempt });
  }
  return { out, recorder };
}

describe('the failure shapes of each supported Playwright version', () => {
  for (const name of readdirSync(DATA).filter((n) => n.endsWith('.json')).sort()) {
    const version = name.replace(/\.json$/, '');
    test(`@playwright/test ${version}`, () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pw-shapes-'));
      try {
        const shape = JSON.parse(readFileSync(path.join(DATA, name), 'utf8').replaceAll('<DIR>', dir)) as Shape;
        assert.equal(shape.version, version);
        assert.deepEqual(Object.keys(shape.tests).sort(), Object.keys(LINES));
        mkdirSync(path.join(dir, 'tests'));
        writeFileSync(path.join(dir, 'tests', 'orders.spec.ts'), SPEC);
        const expected = EXPECTED[shape.version] ?? (EXPECTED.default as (typeof EXPECTED)[string]);
        const { out, recorder } = replay(shape, dir);
        for (const [title, { record, attempt }] of out) {
          const want = expected[title];
          assert.ok(want && record, title);
          assert.equal(attempt.triage.category, want.category, `${shape.version} ${title}: ${attempt.message}`);
          if (want.category !== 'update-selectors') continue;
          const failure = { testId: record.testId, fingerprint: attempt.fingerprint, message: attempt.message, artifacts: attempt.attachments, file: 'tests/orders.spec.ts', line: LINES[title], triage: attempt.triage } as FailureEntry;
          // The LLM's input sees the same page snapshot, from a file or from the recorder's inline text.
          const cluster = { fingerprint: attempt.fingerprint, tests: [title] } as ClusterEntry;
          const llmInput = buildClusterInput(cluster, failure, dir, inlineErrorContexts(recorder.tests).get(record.testId));
          assert.equal(llmInput.pageSnapshotExcerpt === undefined, !!want.refused, `${shape.version} ${title}: page snapshot for the LLM`);
          if (!want.refused) assert.match(llmInput.pageSnapshotExcerpt ?? '', /button "Add to basket"/);
          const input = healerInput(failure, 'update-selectors', record, dir, undefined);
          assert.ok(input);
          const r = proposeClassBFix(input);
          if (want.refused) {
            assert.ok('refused' in r, JSON.stringify(r));
            assert.match(r.refused, want.refused);
            continue;
          }
          assert.ok('proposal' in r, `${shape.version} ${title}: ${'refused' in r ? r.refused : ''}`);
          assert.deepEqual(
            r.proposal.edits.map((e) => [path.relative(dir, e.file), e.line, e.after]),
            [['tests/orders.spec.ts', LINES[title] as number + 2, want.after]],
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
