// Regenerates corpus.json from REAL Playwright runs of the scenario suite in ./suite.
//
//   node --import tsx test/data/failures/generate.ts [--legacy <dir>]
//
// --legacy <dir>: a folder with an older @playwright/test in node_modules (e.g. 1.45.3); the scenarios
// tagged @legacy run there too. Without it, the older cases already in corpus.json are kept as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CATEGORIES, CORPUS_PATH, type FailureCase } from './corpus.js';
import { extractCases } from './lib/extract.js';
import { launchBrowserServer } from './lib/browser-server.js';
import { runSuite, type SuiteRun, type SuiteResult } from './lib/run-suite.js';
import { startCorpusServer } from './suite/server/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');
const suiteDir = join(here, 'suite');
const MIN_PER_CATEGORY = 5;

/** Debian's Chromium when Playwright's own browser is not installed. */
function chromiumPath(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

function collect(result: SuiteResult, idSuffix: string): FailureCase[] {
  const source = `playwright-${result.version}`;
  if (result.report.errors.length > 0) {
    throw new Error(`Playwright ${result.version} reported errors outside tests:\n${result.report.errors.map((e) => e.message).join('\n')}`);
  }
  const { cases, offTarget } = extractCases(result.report, source, idSuffix);
  if (offTarget.length > 0) {
    throw new Error(
      `These scenarios did not fail as designed under Playwright ${result.version}. Fix the scenario, or, ` +
        `if the machine is busy, rerun with fewer workers (--workers 2):\n  ${offTarget.join('\n  ')}`,
    );
  }
  if (cases.length === 0) throw new Error(`Playwright ${result.version} ran no scenario. Its output:\n${result.output.slice(-4000)}`);
  return cases;
}

async function runWithBrowser(run: SuiteRun, executable: string | undefined): Promise<SuiteResult> {
  const browser = await launchBrowserServer(run.playwrightRoot, executable);
  try {
    return await runSuite({ ...run, env: { ...run.env, CORPUS_WS_ENDPOINT: browser.wsEndpoint } });
  } finally {
    await browser.close();
  }
}

function previousCases(): FailureCase[] {
  return existsSync(CORPUS_PATH) ? (JSON.parse(readFileSync(CORPUS_PATH, 'utf8')) as FailureCase[]) : [];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { legacy: { type: 'string' }, workers: { type: 'string', default: '4' } } });
  const started = Date.now();
  const server = await startCorpusServer();
  const executable = chromiumPath();
  const env = {
    CORPUS_BASE_URL: server.baseURL,
    CORPUS_DEAD_URL: server.deadURL,
    CORPUS_WORKERS: values.workers,
    ...(executable ? { CORPUS_CHROMIUM: executable } : {}),
  };
  try {
    const current = await runWithBrowser({ playwrightRoot: repoRoot, workDir: join(repoRoot, '.tmp', 'failure-corpus'), suiteDir, env }, executable);
    const currentSource = `playwright-${current.version}`;
    let cases = collect(current, '');
    console.log(`Playwright ${current.version}: ${cases.length} failures`);

    if (values.legacy) {
      const root = resolve(values.legacy);
      const legacy = await runWithBrowser({ playwrightRoot: root, workDir: join(root, '.failure-corpus'), suiteDir, env, args: ['--grep', '@legacy'] }, executable);
      const legacyCases = collect(legacy, `@${legacy.version}`);
      console.log(`Playwright ${legacy.version}: ${legacyCases.length} failures`);
      cases = cases.concat(legacyCases);
    } else {
      const kept = previousCases().filter((c) => c.source !== currentSource);
      console.log(`No --legacy: keeping ${kept.length} cases of older Playwright versions from corpus.json`);
      cases = cases.concat(kept);
    }

    cases.sort((a, b) => (a.source === b.source ? a.id.localeCompare(b.id) : b.source.localeCompare(a.source, undefined, { numeric: true })));
    const ids = new Set(cases.map((c) => c.id));
    if (ids.size !== cases.length) throw new Error('Two scenarios share an id: make their titles differ.');
    writeFileSync(CORPUS_PATH, JSON.stringify(cases, null, 2) + '\n');

    for (const category of CATEGORIES) {
      const n = cases.filter((c) => c.expected === category).length;
      console.log(`${category.padEnd(18)} ${n}`);
      if (n < MIN_PER_CATEGORY) console.warn(`  fewer than ${MIN_PER_CATEGORY} cases for ${category}: add scenarios to the suite`);
    }
    console.log(`${cases.length} cases written to ${CORPUS_PATH} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
