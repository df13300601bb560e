// Checks an app's suite and hand labels without healwright's reporter (a config like suiteConfig() with
// only the json reporter; the specs' healwright/fixtures heal nothing on their own): every test passes on
// release N; on release N+k exactly the labelled tests fail; and every label's target (CSS, and text it
// must contain) finds at least one visible element on the page as the failing test left it (an afterEach
// hook appended to each spec file looks, the way the break-back run's remover does, with querySelectorAll
// and textContent). Prints one line per test and a final OK / NOT OK.
//   node --import tsx bench/release-drift/validate.ts [--held-out] [--app=name]
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir, runInlineTest } from '../../test/helpers/run-inline.js';
import { lastResults, serveOptions, statuses, suiteConfig, withServer } from './harness.js';
import { selectApps } from './index.js';
import { unpackedRelease } from './tarballs.js';
import type { ReleaseApp, Removal } from './types.js';

const REPORT_ENV = 'RD_REPORT';
const CHECK_ENV = 'RD_CHECK_TARGETS';
const ANNOTATION = 'rd-target';

/** suiteConfig() with the json reporter alone. */
export function validateConfig(): string {
  const config = suiteConfig();
  const without = config.replace(/\n\s*\['healwright\/reporter'[^\n]*\n/, '\n');
  if (without === config) throw new Error('validate: suiteConfig() no longer has the healwright reporter line this script removes');
  return without;
}

/** The afterEach appended to a spec: counts the visible elements each labelled target matches. */
function targetHook(targets: Record<string, Removal[]>): string {
  return `
test.afterEach(async ({ page }, testInfo) => {
  if (!process.env.${CHECK_ENV}) return;
  const targets = (${JSON.stringify(targets)} as Record<string, { css: string; text?: string }[]>)[testInfo.title] ?? [];
  for (const target of targets) {
    let found = 0;
    for (let i = 0; i < 15 && found === 0; i++) {
      try {
        found = await page.evaluate(({ css, text }) => [...document.querySelectorAll(css)].filter((e) => (!text || (e.textContent ?? '').includes(text)) && e.getClientRects().length > 0 && (e as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true })).length, target);
      } catch {
        found = 0;
      }
      if (found === 0) await page.waitForTimeout(200);
    }
    testInfo.annotations.push({ type: '${ANNOTATION}', description: \`\${found}\` });
  }
});
`;
}

/** Per test title: the target counts the hook wrote, and the first line of the error. */
function details(file: string): Map<string, { found: number[]; error: string }> {
  const out = new Map<string, { found: number[]; error: string }>();
  for (const [title, { test: t, result: r }] of lastResults(file)) {
    const found = (r?.annotations?.length ? r.annotations : (t?.annotations ?? [])).filter((a) => a.type === ANNOTATION).map((a) => Number(a.description));
    out.set(title, { found, error: (r?.error?.message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0] ?? '' });
  }
  return out;
}

/** Validates one app; prints its lines and returns whether all is well. */
export async function validateApp(app: ReleaseApp, out: (line: string) => void): Promise<boolean> {
  const oldRoot = unpackedRelease(app.pkg, app.from);
  const newRoot = unpackedRelease(app.pkg, app.to);
  const serve = (root: string) => serveOptions(app, root);
  const targets: Record<string, Removal[]> = {};
  for (const l of app.labels) if (l.target) targets[l.test] = [...(targets[l.test] ?? []), l.target];
  const files: Record<string, string> = { 'playwright.config.ts': validateConfig() };
  for (const [name, content] of Object.entries(app.files)) files[name] = /\.spec\.[jt]s$/.test(name) ? content + targetHook(targets) : content;
  const dir = makeTempDir(`validate-release-${app.pkg.replace(/[^\w.-]/g, '_')}`);
  const timeoutMs = 1_200_000;

  out(`${app.name}: ${app.pkg} ${app.from} -> ${app.to} (${dir})`);
  await withServer(serve(oldRoot), (url) => runInlineTest(files, { dir, timeoutMs, env: { BASE_URL: url, [REPORT_ENV]: 'report-old.json' } }));
  await withServer(serve(newRoot), (url) => runInlineTest({}, { dir, timeoutMs, env: { BASE_URL: url, [REPORT_ENV]: 'report-new.json', [CHECK_ENV]: '1' } }));
  const before = statuses(path.join(dir, 'report-old.json'));
  const after = statuses(path.join(dir, 'report-new.json'));
  const oldDetails = details(path.join(dir, 'report-old.json'));
  const newDetails = details(path.join(dir, 'report-new.json'));

  let ok = before.size > 0;
  if (!ok) out('  no tests ran on the old release');
  const w = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  for (const l of app.labels) {
    if (!before.has(l.test)) {
      ok = false;
      out(`  ${w(l.test, 48)} label names no test of the suite`);
    }
  }
  for (const [test, old] of before) {
    const label = app.labels.find((l) => l.test === test);
    const now = after.get(test) ?? 'missing';
    const problems: string[] = [];
    if (old !== 'passed') problems.push(`${old} on ${app.from}: ${oldDetails.get(test)?.error ?? ''}`);
    const failsNow = now !== 'passed';
    if (failsNow && !label) problems.push(`fails on ${app.to} but has no label: ${newDetails.get(test)?.error ?? ''}`);
    if (!failsNow && label) problems.push(`labelled ${label.kind}, but passes on ${app.to}`);
    if (label?.target && failsNow) {
      const found = newDetails.get(test)?.found ?? [];
      if (found.length === 0) problems.push('the target check did not run');
      else if (found.some((n) => !(n > 0))) problems.push(`target ${JSON.stringify(label.target)} finds no visible element (${found.join(', ')})`);
    }
    if (label?.kind === 'data' && label.value === undefined) problems.push('data label without a value');
    if (label?.kind === 'selector' && !label.target) problems.push('selector label without a target');
    if (problems.length) ok = false;
    const found = label?.target ? ` target visible x${(newDetails.get(test)?.found ?? []).join(',') || '?'}` : '';
    out(`  ${w(test, 48)} ${w(label?.kind ?? '-', 9)} ${app.from} ${old}, ${app.to} ${now}${found}${problems.length ? `  PROBLEM: ${problems.join('; ')}` : ''}`);
  }
  out(`  ${app.name}: ${ok ? 'ok' : 'NOT OK'} (${before.size} tests, ${app.labels.length} labelled)`);
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const heldOut = process.argv.includes('--held-out');
  const only = process.argv.find((a) => a.startsWith('--app='))?.slice('--app='.length);
  const apps = selectApps(heldOut, only);
  let ok = apps.length > 0;
  for (const app of apps) {
    const good = await validateApp(app, (line) => process.stdout.write(`${line}\n`));
    ok &&= good;
  }
  process.stdout.write(`${ok ? 'OK' : 'NOT OK'}\n`);
  process.exitCode = ok ? 0 : 1;
}
