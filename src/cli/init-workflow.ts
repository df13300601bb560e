// The GitHub Actions workflow `healwright init --workflow` offers: the user's own test command in a
// read-only job (test code runs there, so no write token), and a separate publish job that holds the
// write permissions, runs no test code and sends what the first job left (`healwright publish`).
// Modelled on this repository's .github/workflows/healing.yml.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type PackageManager = 'npm' | 'pnpm' | 'yarn';

/** What the workflow is generated from. */
export interface WorkflowPlan {
  /** Folder of playwright.config, relative to the repository root, posix; '' at the root. */
  configDir: string;
  /** Folder of the lock file (where dependencies are installed), relative to the root, posix. */
  installDir: string;
  packageManager: PackageManager;
  /** The command that runs the suite, run in configDir. */
  testCommand: string;
  /** Where the test command came from, for init's message. */
  testCommandSource: string;
  /** Scripts that run `playwright test` interactively (`--ui`, `--debug`) and were passed over. */
  interactiveScripts?: string[];
}

const LOCKS: [file: string, pm: PackageManager][] = [
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
];

const PREFERRED_SCRIPTS = ['test:e2e', 'e2e', 'test:playwright', 'playwright', 'test'];

/** `--ui` and `--debug` wait for a person: in CI such a script never ends. */
const INTERACTIVE = /(?:^|\s)--(?:ui|debug)(?:[\s=]|$)/;

function posixRel(root: string, dir: string): string {
  return path.relative(root, dir).split(path.sep).join('/');
}

function runScript(pm: PackageManager, name: string): string {
  return pm === 'npm' ? (name === 'test' ? 'npm test' : `npm run ${name}`) : `${pm} run ${name}`;
}

/**
 * The test command: a package.json script (nearest to the config) that runs `playwright test`, else
 * `npx playwright test`. `explicit` (--test-command) wins.
 */
function testCommandFor(configDir: string, root: string, pm: PackageManager, explicit?: string): { command: string; source: string; interactive?: string[] } {
  if (explicit) return { command: explicit, source: '--test-command' };
  const interactive: string[] = [];
  for (let dir = configDir; ; dir = path.dirname(dir)) {
    const pkgFile = path.join(dir, 'package.json');
    if (existsSync(pkgFile)) {
      try {
        const scripts = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { scripts?: Record<string, unknown> }).scripts ?? {};
        const all = Object.keys(scripts).filter((n) => typeof scripts[n] === 'string' && (scripts[n] as string).includes('playwright test'));
        interactive.push(...all.filter((n) => INTERACTIVE.test(scripts[n] as string)));
        const names = all.filter((n) => !interactive.includes(n));
        const name = PREFERRED_SCRIPTS.find((n) => names.includes(n)) ?? names[0];
        if (name) {
          const rel = posixRel(root, dir);
          return { command: runScript(pm, name), source: `the "${name}" script of ${rel ? `${rel}/` : ''}package.json`, ...(interactive.length ? { interactive } : {}) };
        }
      } catch {
        // An unreadable package.json: fall back to npx.
      }
    }
    if (dir === root || path.dirname(dir) === dir) break;
  }
  return {
    command: pm === 'npm' ? 'npx playwright test' : `${pm} exec playwright test`,
    source: interactive.length ? 'the default (the scripts that run `playwright test` are interactive)' : 'the default (no package.json script runs `playwright test`)',
    ...(interactive.length ? { interactive } : {}),
  };
}

/** Finds the lock file and test command for a config in `configDir` of the repository at `root`. */
export function planWorkflow(root: string, configDir: string, explicitCommand?: string): WorkflowPlan {
  let installDir = configDir;
  let pm: PackageManager = 'npm';
  search: for (let dir = configDir; ; dir = path.dirname(dir)) {
    for (const [file, manager] of LOCKS) {
      if (existsSync(path.join(dir, file))) {
        installDir = dir;
        pm = manager;
        break search;
      }
    }
    if (dir === root || path.dirname(dir) === dir) break;
  }
  const t = testCommandFor(configDir, root, pm, explicitCommand);
  return { configDir: posixRel(root, configDir), installDir: posixRel(root, installDir), packageManager: pm, testCommand: t.command, testCommandSource: t.source, ...(t.interactive ? { interactiveScripts: t.interactive } : {}) };
}

function installSteps(plan: WorkflowPlan, ignoreScripts: boolean, indent: string): string[] {
  const wd = plan.installDir ? [`${indent}  working-directory: ${plan.installDir}`] : [];
  const cacheLock = plan.installDir ? `${plan.installDir}/` : '';
  const lockName = { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock' }[plan.packageManager];
  const install = {
    npm: `npm ci${ignoreScripts ? ' --ignore-scripts' : ''} --no-audit --no-fund`,
    pnpm: `pnpm install --frozen-lockfile${ignoreScripts ? ' --ignore-scripts' : ''}`,
    yarn: `yarn install --frozen-lockfile${ignoreScripts ? ' --ignore-scripts' : ''}`,
  }[plan.packageManager];
  return [
    ...(plan.packageManager === 'pnpm' ? [`${indent}- uses: pnpm/action-setup@v4`] : []),
    `${indent}- uses: actions/setup-node@v4`,
    `${indent}  with:`,
    `${indent}    node-version: 20`,
    `${indent}    cache: ${plan.packageManager}`,
    `${indent}    cache-dependency-path: ${cacheLock}${lockName}`,
    '',
    `${indent}- name: Install dependencies${ignoreScripts ? ' (no install scripts)' : ''}`,
    `${indent}  run: ${install}`,
    ...wd,
  ];
}

function yamlString(s: string): string {
  return /^[\w./:@ -]+$/.test(s) && !/^[\s-]|\s$|: | #/.test(s) ? s : JSON.stringify(s);
}

/** The workflow file's text. */
export function workflowYaml(plan: WorkflowPlan): string {
  const s = '      ';
  const inConfigDir = plan.configDir ? [`${s}  working-directory: ${plan.configDir}`] : [];
  const results = plan.configDir ? `${plan.configDir}/healing-results` : 'healing-results';
  const testResults = plan.configDir ? `${plan.configDir}/test-results` : 'test-results';
  const exec = { npm: 'npx --no', pnpm: 'pnpm exec', yarn: 'yarn' }[plan.packageManager];
  const pwExec = { npm: 'npx', pnpm: 'pnpm exec', yarn: 'yarn' }[plan.packageManager];
  return [
    '# Generated by `healwright init --workflow`. Runs the Playwright suite with the healwright reporter, then',
    '# publishes what it left (verified patches as PRs, issues, alerts) from a second job.',
    '# Turn on Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests".',
    'name: Healing',
    '',
    'on:',
    '  schedule:',
    "    - cron: '0 6 * * *'",
    '  workflow_dispatch:',
    '',
    '# Read by default; only the publish job, which runs no test code, may write.',
    'permissions:',
    '  contents: read',
    '',
    'concurrency:',
    '  group: healwright-healing',
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  # Runs your tests: no write token here (test code runs in this job). Without a token the reporter',
    '  # writes PRs, issues and alerts into its run folder; the publish job sends them.',
    '  heal:',
    '    name: Test and heal',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 60',
    '    env:',
    "      # 'true' (a repository variable) uploads Playwright's unredacted test-results/ folder.",
    '      HEAL_UPLOAD_TEST_RESULTS: ${{ vars.HEAL_UPLOAD_TEST_RESULTS }}',
    '    permissions:',
    '      contents: read',
    '    steps:',
    `${s}- uses: actions/checkout@v4`,
    `${s}  with:`,
    `${s}    # Test code must not find the job's token in .git/config.`,
    `${s}    persist-credentials: false`,
    '',
    ...installSteps(plan, false, s),
    '',
    `${s}- name: Install Playwright browsers`,
    `${s}  run: ${pwExec} playwright install --with-deps`,
    ...inConfigDir,
    '',
    `${s}- name: Run the tests with healwright`,
    `${s}  env:`,
    `${s}    ANTHROPIC_API_KEY: \${{ secrets.ANTHROPIC_API_KEY }}`,
    `${s}  # A failing test fails this job, as before; the uploads below still run.`,
    `${s}  run: ${yamlString(plan.testCommand)}`,
    ...inConfigDir,
    '',
    `${s}- name: Upload healing-results`,
    `${s}  if: \${{ !cancelled() }}`,
    `${s}  uses: actions/upload-artifact@v4`,
    `${s}  with:`,
    `${s}    name: healing-results-\${{ github.run_id }}-\${{ github.run_attempt }}`,
    `${s}    path: ${results}/`,
    `${s}    retention-days: 7`,
    `${s}    if-no-files-found: warn`,
    '',
    `${s}# Playwright's own output, not redacted (page text, traces, screenshots): off unless the repository`,
    `${s}# variable HEAL_UPLOAD_TEST_RESULTS is 'true'. healing-results/ above is redacted.`,
    `${s}- name: Upload test-results (screenshots, traces, error context)`,
    `${s}  if: \${{ !cancelled() && env.HEAL_UPLOAD_TEST_RESULTS == 'true' }}`,
    `${s}  uses: actions/upload-artifact@v4`,
    `${s}  with:`,
    `${s}    name: test-results-\${{ github.run_id }}-\${{ github.run_attempt }}`,
    `${s}    path: ${testResults}/`,
    `${s}    retention-days: 7`,
    `${s}    if-no-files-found: ignore`,
    '',
    '  # Sends what the heal job left: security alerts, then verified patches as PRs, then issues.',
    '  # Holds the write token and runs no test code: no Playwright, no install scripts.',
    '  publish:',
    '    name: Publish PRs, issues and alerts',
    '    needs: heal',
    '    # Failing tests fail the heal job, and that is when there is most to publish.',
    '    if: ${{ !cancelled() }}',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 15',
    '    permissions:',
    '      contents: write',
    '      pull-requests: write',
    '      issues: write',
    '    steps:',
    `${s}# The commit the heal job tested: the patches apply to its files.`,
    `${s}- uses: actions/checkout@v4`,
    `${s}  with:`,
    `${s}    ref: \${{ github.sha }}`,
    `${s}    persist-credentials: false`,
    '',
    ...installSteps(plan, true, s),
    '',
    `${s}- name: Download healing-results`,
    `${s}  uses: actions/download-artifact@v4`,
    `${s}  with:`,
    `${s}    name: healing-results-\${{ github.run_id }}-\${{ github.run_attempt }}`,
    `${s}    path: ${results}`,
    '',
    `${s}- name: Publish`,
    `${s}  env:`,
    `${s}    GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}`,
    `${s}    HEAL_ALERT_WEBHOOK: \${{ secrets.HEAL_ALERT_WEBHOOK }}`,
    ...inConfigDir,
    `${s}  run: |`,
    `${s}    run_dir=$(ls -d healing-results/run-* 2>/dev/null | sort | tail -n 1)`,
    `${s}    if [ -z "$run_dir" ]; then`,
    `${s}      echo "::warning title=healwright publish::no run folder in the healing-results artifact; nothing to publish"`,
    `${s}      exit 0`,
    `${s}    fi`,
    `${s}    # Never fetch a package in the job that holds the write token.`,
    `${s}    ${exec} healwright publish "$run_dir"${plan.configDir ? ' --repo "$GITHUB_WORKSPACE"' : ''}`,
    '',
  ].join('\n');
}
