// Generated Playwright suites for the fixture scenarios: one project `api` that healwright heals,
// retries 1, healwright's reporter with no cooldown so the runs stay fast.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineConfig, REPO_ROOT, type InlineResult } from '../helpers/run-inline.js';
import type { ClassAFixFile } from '../../src/playbooks/index.js';
import type { FinalOutcome } from '../../src/artifacts/summary.js';
import type { TestOutcomes } from '../../src/reporter/class-a.js';

export interface SuiteConfig {
  /** Extra healwright reporter options (TS source, without braces). */
  reporter?: string;
  /** The project's `use` block (TS source, without braces). */
  use?: string;
  workers?: number;
  retries?: number;
  /** Launch options for Chromium are added when the suite uses a browser. */
  browser?: boolean;
  /** More top-level config (TS source). */
  extra?: string;
  /** Extra reporters besides list and healwright (TS source of array entries). */
  reporters?: string;
}

const LAUNCH = `launchOptions: (await import('${path.join(REPO_ROOT, 'src/browser/index.ts')}')).chromiumLaunchOptions(),`;

export function healConfig(c: SuiteConfig = {}): string {
  const reporterOptions = `{ projects: ['api'], cooldownBetweenFixes: 0${c.reporter ? `, ${c.reporter}` : ''} }`;
  return inlineConfig({
    retries: c.retries ?? 1,
    workers: c.workers ?? 1,
    reporters: `[['list'], ['healwright/reporter', ${reporterOptions}]${c.reporters ? `, ${c.reporters}` : ''}]`,
    projects: `[{ name: 'api', use: { ${c.browser ? LAUNCH : ''} ${c.use ?? ''} } }]`,
    extra: `timeout: 15_000, expect: { timeout: 1_000 }, ${c.extra ?? ''}`,
  });
}

/** The Class A fix records of the run, oldest first. */
export function fixRecords(r: InlineResult): ClassAFixFile[] {
  const dir = path.join(r.runDir(), 'fixes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.startsWith('class-a-'))
    .map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as ClassAFixFile)
    .sort((a, b) => a.at.localeCompare(b.at));
}

/** Final outcomes per test id, as the reporter will hand them to collectClassAFixes. */
export function outcomesOf(r: InlineResult): TestOutcomes {
  const out: TestOutcomes = new Map();
  const report = JSON.parse(r.file('test-output.json')) as { suites: Suite[] };
  const walk = (suite: Suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        const last = t.results[t.results.length - 1];
        out.set(spec.id, { outcome: t.status as FinalOutcome, lastStatus: last?.status ?? 'unknown' });
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  return out;
}

interface Suite {
  specs?: { id: string; tests: { status: string; results: { status: string }[] }[] }[];
  suites?: Suite[];
}
