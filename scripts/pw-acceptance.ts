// Acceptance on real Playwright installs: for each @playwright/test version, a fresh project from
// Playwright's own template config (chromium/firefox/webkit, reporter 'html', no actionTimeout) with a
// tiny static app, healwright installed from `npm pack` of this checkout, `npx healwright init`, then
// `npx playwright test` after a release renamed a button and a test id. Passes when healwright writes
// verified patches for both tests, prints their paths, and the patched suite passes on the renamed app.
//
//   npm run accept:pw                      # the lowest version of the peer range and the newest release
//   npm run accept:pw -- 1.52.0 latest     # given versions (npm specs)
//   npm run accept:pw -- --keep 1.50.1     # keep the temp projects (/tmp/pw-accept-*) to look at them
//
// It installs packages (the npm registry must be reachable), so it is not part of `npm test`.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCEPTANCE_SPEC as SPEC, TEMPLATE_TS } from '../test/helpers/playwright-template.js';
import { chromiumExecutablePath } from '../src/browser/index.js';
import type { HealingSummary } from '../src/artifacts/summary.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 600_000;
const RUN_TIMEOUT_MS = 600_000;

const APP_SERVER = `import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const port = Number(process.argv[2]);
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(new URL('./index.html', import.meta.url)));
}).listen(port, '127.0.0.1');
`;

function appHtml(button: string, testId: string): string {
  return `<!doctype html>
<html>
<head><title>Orders</title></head>
<body>
<main>
  <h1>Orders</h1>
  <p id="status" data-testid="${testId}">Ready</p>
  <button type="button" onclick="document.getElementById('status').textContent = 'Added'">${button}</button>
</main>
</body>
</html>
`;
}


const TESTS = ['adds to the cart', 'shows the status'];

class Failure extends Error {}

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Failure(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

function must(r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (r.status !== 0) throw new Failure(`${what} exited ${r.status}:\n${(r.stdout + r.stderr).slice(-4000)}`);
  return r;
}

/** The environment of a user's shell, without what would reach a real LLM, GitHub or a CI setting. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', PW_TEST_HTML_REPORT_OPEN: 'never' };
  for (const k of Object.keys(env)) if (k.startsWith('HEAL_') || k.startsWith('HEALWRIGHT_') || k.startsWith('PLAYWRIGHT_')) delete env[k];
  for (const k of ['CI', 'GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL', 'OLLAMA_HOST', 'GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'RAILWAY_TOKEN', 'RAILWAY_API_TOKEN', 'npm_config_prefix']) delete env[k];
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** The newest published version matching an npm spec (`latest`, `1.50`, `~1.50.0`, `1.52.0`). */
function resolveVersion(spec: string): string {
  const r = must(sh('npm', ['view', `@playwright/test@${spec}`, 'version', '--json'], REPO_ROOT, process.env, 120_000), `npm view @playwright/test@${spec}`);
  const v = JSON.parse(r.stdout) as string | string[];
  const all = (Array.isArray(v) ? v : [v]).filter((x) => !x.includes('-'));
  const last = all[all.length - 1];
  if (!last) throw new Failure(`no release of @playwright/test matches ${spec}`);
  return last;
}

/** The lowest version of healwright's peer range (`>=1.50.0` -> the newest 1.50.x). */
function lowestSupported(): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> };
  const m = /(\d+)\.(\d+)\.\d+/.exec(pkg.peerDependencies['@playwright/test'] ?? '');
  if (!m) throw new Failure('package.json has no @playwright/test peer range with a version in it');
  return `~${m[1]}.${m[2]}.0`;
}

function pack(into: string): string {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'src', 'reporter', 'index.js'))) throw new Failure('dist/ is missing: run `npm run build` first');
  const r = must(sh('npm', ['pack', '--json', '--pack-destination', into], REPO_ROOT, process.env, 300_000), 'npm pack');
  const [info] = JSON.parse(r.stdout) as { filename: string }[];
  if (!info) throw new Failure(`npm pack printed no file: ${r.stdout}`);
  return path.join(into, info.filename);
}

/** The template with what this machine needs: the app's webServer and baseURL and, without Playwright's browser, a system Chromium. */
function configFor(initialised: string, port: number, executablePath: string | undefined): string {
  const webServer = `  webServer: {\n    command: 'node app/server.mjs ${port}',\n    url: 'http://127.0.0.1:${port}',\n    reuseExistingServer: false,\n  },\n});\n`;
  let text = initialised.replace(/\n {2}\/\* Run your local dev server[\s\S]*$/, `\n${webServer}`);
  text = text.replace("  use: {\n", `  use: {\n    baseURL: 'http://127.0.0.1:${port}',\n`);
  if (executablePath) {
    text = text.replace("use: { ...devices['Desktop Chrome'] }", `use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: ${JSON.stringify(executablePath)} } }`);
  }
  if (!text.includes('webServer') || !text.includes('baseURL') || (executablePath && !text.includes('executablePath'))) {
    throw new Failure(`the template config changed shape; cannot add webServer/baseURL/executablePath:\n${text}`);
  }
  return text;
}

interface Outcome {
  version: string;
  dir: string;
  ok: boolean;
  detail: string;
}

async function accept(version: string, tarball: string): Promise<Outcome> {
  const dir = mkdtempSync(`/tmp/pw-accept-${version}-`);
  const env = userEnv();
  const step = (s: string) => console.log(`[pw ${version}] ${s}`);
  try {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'pw-accept', version: '1.0.0', private: true, scripts: {} }, null, 2) + '\n');
    writeFileSync(path.join(dir, '.gitignore'), '\n# Playwright\nnode_modules/\n/test-results/\n/playwright-report/\n/blob-report/\n/playwright/.cache/\n');
    writeFileSync(path.join(dir, 'playwright.config.ts'), TEMPLATE_TS);
    mkdirSync(path.join(dir, 'tests'));
    writeFileSync(path.join(dir, 'tests', 'orders.spec.ts'), SPEC);
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'app', 'server.mjs'), APP_SERVER);
    writeFileSync(path.join(dir, 'app', 'index.html'), appHtml('Add to cart', 'status'));

    step(`npm install @playwright/test@${version} and ${path.basename(tarball)} in ${dir}`);
    const t0 = Date.now();
    must(sh('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', `@playwright/test@${version}`, tarball], dir, env, INSTALL_TIMEOUT_MS), 'npm install');
    step(`installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const installedVersion = (JSON.parse(readFileSync(path.join(dir, 'node_modules', '@playwright', 'test', 'package.json'), 'utf8')) as { version: string }).version;
    if (installedVersion !== version) throw new Failure(`asked for @playwright/test@${version}, got ${installedVersion}`);

    for (const [cmd, args] of [['git', ['init', '-q']], ['git', ['add', '-A']], ['git', ['-c', 'user.name=accept', '-c', 'user.email=accept@example.com', 'commit', '-qm', 'template']]] as const) {
      must(sh(cmd, [...args], dir, env, 60_000), `${cmd} ${args.join(' ')}`);
    }

    step('npx healwright init');
    const init = must(sh('npx', ['--no', 'healwright', 'init'], dir, env, 120_000), 'npx healwright init');
    const initialised = readFileSync(path.join(dir, 'playwright.config.ts'), 'utf8');
    const expected = TEMPLATE_TS.replace("reporter: 'html',", "reporter: [['html'], ['healwright/reporter', {}]],");
    if (initialised !== expected) throw new Failure(`init did not make the one expected edit:\n${init.stdout}\n${initialised}`);

    // This machine's deviations from a user's: a local app to test, a system Chromium when Playwright's
    // own is not installed, and only the template's projects whose browser is there.
    const installed = installedBrowsers(dir, env);
    const executablePath = installed.has('chromium') ? undefined : chromiumExecutablePath(env);
    const port = await freePort();
    writeFileSync(path.join(dir, 'playwright.config.ts'), configFor(initialised, port, executablePath));
    const projects = ['chromium', ...['firefox', 'webkit'].filter((b) => installed.has(b))];
    const projectArgs = projects.length === 3 ? [] : projects.map((p) => `--project=${p}`);
    must(sh('git', ['-c', 'user.name=accept', '-c', 'user.email=accept@example.com', 'commit', '-qam', 'healwright init, app server'], dir, env, 60_000), 'git commit');

    step(`npx playwright test ${projectArgs.join(' ')} (the app as the tests expect it)${executablePath ? `, Chromium ${executablePath}` : ''}`);
    const green = sh('npx', ['--no', 'playwright', 'test', ...projectArgs], dir, env, RUN_TIMEOUT_MS);
    if (green.status !== 0) throw new Failure(`the suite fails before any rename (exit ${green.status}):\n${(green.stdout + green.stderr).slice(-6000)}`);

    // The release: the button and the test id renamed; the tests not updated.
    writeFileSync(path.join(dir, 'app', 'index.html'), appHtml('Add to basket', 'order-status'));
    must(sh('git', ['-c', 'user.name=accept', '-c', 'user.email=accept@example.com', 'commit', '-qam', 'release: rename the button and the test id'], dir, env, 60_000), 'git commit');

    step(`npx playwright test ${projectArgs.join(' ')} (button and test id renamed)`);
    const t1 = Date.now();
    const red = sh('npx', ['--no', 'playwright', 'test', ...projectArgs], dir, env, RUN_TIMEOUT_MS);
    const out = red.stdout + red.stderr;
    writeFileSync(path.join(dir, 'red-run.log'), out);
    step(`finished in ${((Date.now() - t1) / 1000).toFixed(0)} s, exit ${red.status}`);
    if (red.status !== 1) throw new Failure(`expected exit 1 (the tests fail; healwright never changes that), got ${red.status}:\n${out.slice(-6000)}`);

    const summary = JSON.parse(readFileSync(path.join(dir, 'healing-results', 'latest.json'), 'utf8')) as HealingSummary;
    const titleOf = new Map(summary.failures.map((f) => [f.testId, f.title]));
    const failed = summary.failures.filter((f) => f.outcome === 'unexpected').map((f) => `${f.title}: ${f.triage.category}`).sort();
    const verified = summary.fixes.verified.filter((f) => f.class === 'B');
    const healed = new Set(verified.flatMap((f) => f.testIds.map((id) => titleOf.get(id))));
    const problems: string[] = [];
    for (const t of TESTS) if (!healed.has(t)) problems.push(`no verified fix for "${t}"`);
    const patches = summary.pullRequests.map((p) => p.patchFile);
    if (patches.length === 0) problems.push('no patch written');
    for (const p of patches) {
      if (!existsSync(p)) problems.push(`patch ${p} does not exist`);
      // Printed as the user sees it: absolute or relative to the project.
      if (!out.includes(p) && !out.includes(path.relative(dir, p))) problems.push(`patch path ${p} is not printed`);
    }
    if (problems.length) {
      throw new Failure(`${problems.join('; ')}\nfailures: ${failed.join(', ')}\nattempted: ${JSON.stringify(summary.fixes.attempted, null, 1)}\noutput:\n${out.slice(-6000)}`);
    }

    // The proof: the patches apply and the patched tests pass on the renamed app.
    for (const p of patches) must(sh('git', ['apply', '--verbose', p], dir, env, 60_000), `git apply ${p}`);
    const diff = must(sh('git', ['diff', '--', 'tests'], dir, env, 60_000), 'git diff').stdout;
    step(`patched:\n${diff}`);
    const proof = sh('npx', ['--no', 'playwright', 'test', ...projectArgs], dir, { ...env, HEAL_DRY_RUN: 'true' }, RUN_TIMEOUT_MS);
    if (proof.status !== 0) throw new Failure(`the patched suite still fails (exit ${proof.status}):\n${(proof.stdout + proof.stderr).slice(-6000)}`);
    return { version, dir, ok: true, detail: `failures [${failed.join(', ')}]; ${verified.length} verified fix(es); patches ${patches.map((p) => path.relative(dir, p)).join(', ')}; patched suite passes` };
  } catch (err) {
    if (!(err instanceof Failure)) throw err;
    return { version, dir, ok: false, detail: err.message };
  }
}

/** The browsers the project's Playwright finds its own build of. */
function installedBrowsers(dir: string, env: NodeJS.ProcessEnv): Set<string> {
  const script = "const pw = require('playwright-core'); const fs = require('fs'); process.stdout.write(['chromium', 'firefox', 'webkit'].filter((b) => fs.existsSync(pw[b].executablePath())).join(','))";
  const r = sh(process.execPath, ['-e', script], dir, env, 60_000);
  return new Set(r.stdout.split(',').filter(Boolean));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const keep = args.includes('--keep');
  const specs = args.filter((a) => a !== '--keep');
  const versions = [...new Set((specs.length ? specs : [lowestSupported(), 'latest']).map(resolveVersion))];
  const packDir = mkdtempSync('/tmp/pw-accept-pack-');
  const tarball = pack(packDir);
  console.log(`[pw] ${path.basename(tarball)}; Playwright ${versions.join(', ')}`);
  const outcomes: Outcome[] = [];
  for (const v of versions) {
    const o = await accept(v, tarball);
    outcomes.push(o);
    console.log(`[pw ${v}] ${o.ok ? 'PASS' : 'FAIL'}: ${o.detail}`);
    if (o.ok && !keep) rmSync(o.dir, { recursive: true, force: true });
    else console.log(`[pw ${v}] project kept in ${o.dir}`);
  }
  rmSync(packDir, { recursive: true, force: true });
  console.log('\n' + outcomes.map((o) => `@playwright/test ${o.version}: ${o.ok ? 'PASS' : 'FAIL'}`).join('\n'));
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

process.exitCode = await main();
