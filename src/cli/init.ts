// `healwright init`: registers the reporter in playwright.config, git-ignores healing-results/, and on
// request writes a commented healing.config.ts and a GitHub Actions workflow. Everything is planned
// first; a config it cannot edit stops the whole run before anything is written. Idempotent: a second
// run finds every change made and says so. `--dry-run` prints the unified diff and writes nothing.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { CONFIG_FILE_NAMES } from '../config/file.js';
import { UsageError } from './args.js';
import { addReporterEntry, MANUAL_REPORTER_HINT } from './init-config-edit.js';
import { FIXTURES_MODULE, rewriteToFixtures } from './init-fixtures.js';
import { filesImportingPlaywright, findPlaywrightConfigs, gitignoreWithHealingResults, gitRoot, healingConfigTemplate, specsWithoutFixtures } from './init-files.js';
import { planWorkflow, workflowYaml } from './init-workflow.js';

export const INIT_USAGE = `healwright init [--config <playwright.config.ts>] [--config-file] [--workflow [--test-command <cmd>]] [--fixtures] [--dry-run]`;

/** One file init would write, or one it left alone and why. */
interface Step {
  file: string;
  /** Text before (undefined: the file does not exist yet). */
  before: string | undefined;
  /** Text to write; undefined when nothing changes. */
  after: string | undefined;
  what: string;
  /** One of many similar steps (the spec files of --fixtures): the console lists the first few. */
  many?: true;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function read(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function rel(cwd: string, file: string): string {
  return path.relative(cwd, file) || path.basename(file);
}

/** Whether `healwright` resolves from the config's folder (installed in the user's project). */
function installedFrom(dir: string): boolean {
  try {
    createRequire(path.join(dir, 'noop.js')).resolve('healwright/package.json');
    return true;
  } catch {
    return false;
  }
}

function locateConfig(cwd: string, explicit: string | undefined): string {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`--config ${explicit}: ${file} does not exist. Pass the path of your playwright.config.{ts,js,mjs,cjs,mts,cts}.`);
    return file;
  }
  const found = findPlaywrightConfigs(cwd);
  if (found.length === 1) return found[0] as string;
  if (found.length === 0) {
    throw new UsageError(`no playwright.config.{ts,js,mjs,cjs,mts,cts} in ${cwd} or the folders below it. Run init where your Playwright config is, pass --config <path>, or create a Playwright setup first (npm init playwright@latest).`);
  }
  throw new UsageError(`${found.length} Playwright configs found (${found.map((f) => rel(cwd, f)).join(', ')}): pick one with --config <path>.`);
}

/** Spec files listed one by one in the console; the rest are counted. */
const MANY_LISTED = 10;
/** Larger files are not spec or fixture files init should edit. */
const MAX_SOURCE_BYTES = 1024 * 1024;

/**
 * `--fixtures`: one step per file whose test/expect imports move to healwright/fixtures; files it must
 * leave to a person (namespace imports, rest patterns) become notes.
 */
function fixturesSteps(configDir: string, cwd: string, notes: string[]): Step[] {
  const steps: Step[] = [];
  for (const file of filesImportingPlaywright(configDir)) {
    let before: string;
    try {
      if (statSync(file).size > MAX_SOURCE_BYTES) continue;
      before = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const r = rewriteToFixtures(before, file);
    if (r.kind === 'changed') steps.push({ file, before, after: r.text, what: `${r.moved.join(' and ')} now from '${FIXTURES_MODULE}'`, many: true });
    else if (r.reason) notes.push(`left alone: ${rel(cwd, file)}: ${r.reason}`);
  }
  return steps;
}

/** `healwright init [options]`. Exit 0 done or nothing to do; 1 refused (nothing written); 2 usage. */
export async function initCommand(args: string[], ctx: { cwd: string }): Promise<CommandResult> {
  const { values, positionals } = parseArgs({
    args,
    options: { config: { type: 'string' }, 'config-file': { type: 'boolean' }, workflow: { type: 'boolean' }, 'test-command': { type: 'string' }, fixtures: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new UsageError(`init takes no positional arguments (got ${positionals.join(' ')}). Usage: ${INIT_USAGE}`);
  if (values['test-command'] !== undefined && !values.workflow) throw new UsageError('--test-command only applies with --workflow.');
  if (values['test-command'] !== undefined && values['test-command'].trim() === '') throw new UsageError('--test-command is empty: give the command that runs your suite, e.g. --test-command "npx playwright test".');
  const configFile = locateConfig(ctx.cwd, values.config);
  const configDir = path.dirname(configFile);
  const root = gitRoot(configDir) ?? configDir;
  const steps: Step[] = [];

  const configText = readFileSync(configFile, 'utf8');
  const edit = addReporterEntry(configText, path.basename(configFile));
  if (edit.kind === 'refused') {
    return {
      exitCode: 1,
      stdout: '',
      stderr: `healwright init: refusing to edit ${rel(ctx.cwd, configFile)}: ${edit.reason}.\n  Nothing was written. Next: ${MANUAL_REPORTER_HINT}, then run init again for the rest.\n`,
    };
  }
  steps.push({ file: configFile, before: configText, after: edit.kind === 'changed' ? edit.text : undefined, what: edit.summary });

  const gitignore = path.join(root, '.gitignore');
  const ignoreBefore = read(gitignore);
  const ignoreAfter = gitignoreWithHealingResults(ignoreBefore);
  steps.push({ file: gitignore, before: ignoreBefore, after: ignoreAfter, what: ignoreAfter === undefined ? 'healing-results/ is already ignored' : ignoreBefore === undefined ? 'created, ignoring healing-results/' : 'added healing-results/' });

  if (values['config-file']) {
    const existing = CONFIG_FILE_NAMES.map((n) => path.join(configDir, n)).find(existsSync);
    const file = existing ?? path.join(configDir, 'healing.config.ts');
    steps.push({ file, before: read(file), after: existing ? undefined : healingConfigTemplate(), what: existing ? 'already exists; left as it is' : 'created (every option commented, values are the defaults)' });
  }

  const notes: string[] = [];
  if (values.workflow) {
    const plan = planWorkflow(root, configDir, values['test-command']);
    const file = path.join(root, '.github', 'workflows', 'healing.yml');
    const before = read(file);
    steps.push({ file, before, after: before === undefined ? workflowYaml(plan) : undefined, what: before === undefined ? `created: runs \`${plan.testCommand}\` (${plan.testCommandSource}) read-only, then \`healwright publish\` in a job with write access` : 'already exists; left as it is (delete it to regenerate)' });
    if (plan.interactiveScripts?.length && values['test-command'] === undefined) {
      const names = plan.interactiveScripts.map((n) => `"${n}"`).join(', ');
      notes.push(`not used: the ${names} script${plan.interactiveScripts.length > 1 ? 's run' : ' runs'} playwright test with --ui or --debug, which waits for a person and never ends in CI; if the suite needs a step first (a build), pass --test-command "npm run build && npx playwright test"`);
    }
    if (/--reporter\b/.test(plan.testCommand)) notes.push(`the test command \`${plan.testCommand}\` passes --reporter, which replaces the configured reporters (healwright included); add healwright/reporter to it or drop the flag`);
  }

  if (values.fixtures) {
    const moved = fixturesSteps(configDir, ctx.cwd, notes);
    steps.push(...moved);
    if (moved.length === 0 && !notes.some((n) => n.startsWith('left alone'))) notes.push(`--fixtures: no file under ${rel(ctx.cwd, configDir)} takes test or expect from '@playwright/test'`);
  }
  const specs = values.fixtures ? { seen: 0, plain: [] } : specsWithoutFixtures(configDir);
  if (specs.plain.length > 0) {
    const first = rel(ctx.cwd, specs.plain[0] as string);
    notes.push(`${specs.plain.length} of ${specs.seen} spec file(s) import test from '@playwright/test' (${first}${specs.plain.length > 1 ? ` and ${specs.plain.length - 1} more` : ''}): their failures carry no DOM snapshot, so CSS, id and test-id locators are refused or healed to text and roles; to heal them in their own style, import { test, expect } from 'healwright/fixtures' instead (the same API, plus evidence and the Class A fixes), or run init with --fixtures to make that change`);
  }

  const changed = steps.filter((s) => s.after !== undefined);
  const dryRun = !!values['dry-run'];
  const out: string[] = [];
  if (dryRun) {
    for (const s of changed) {
      const name = path.relative(root, s.file).split(path.sep).join('/');
      out.push(createTwoFilesPatch(s.before === undefined ? '/dev/null' : `a/${name}`, `b/${name}`, s.before ?? '', s.after as string, undefined, undefined, { context: 3 }).replace(/^=+\n/, ''));
    }
  } else {
    for (const s of changed) {
      mkdirSync(path.dirname(s.file), { recursive: true });
      writeFileSync(s.file, s.after as string);
    }
  }
  const verb = dryRun ? 'would change' : 'changed';
  out.push(changed.length === 0 ? 'healwright init: nothing to change; already set up.' : `healwright init: ${changed.length} file(s) ${verb}${dryRun ? ' (dry run: nothing written)' : ''}.`);
  const many = steps.filter((s) => s.many);
  for (const s of steps) {
    if (s.many && many.length > MANY_LISTED + 1 && many.indexOf(s) >= MANY_LISTED) continue;
    out.push(`  ${s.after === undefined ? 'unchanged' : dryRun ? 'would    ' : 'changed  '} ${rel(ctx.cwd, s.file)}: ${s.what}`);
  }
  if (many.length > MANY_LISTED + 1) out.push(`  ${dryRun ? 'would    ' : 'changed  '} … and ${many.length - MANY_LISTED} more file(s) the same way`);
  for (const n of notes) out.push(`  note: ${n}`);
  if (dryRun) out.push('Next: run `npx healwright init` without --dry-run to write these changes.');
  else {
    if (!installedFrom(configDir)) out.push(`Next: install healwright where your config is: npm install --save-dev healwright${path.relative(ctx.cwd, configDir) ? ` (in ${rel(ctx.cwd, configDir)})` : ''}.`);
    out.push(`${installedFrom(configDir) ? 'Next: run' : 'Then run'} your tests as usual (npx playwright test): healwright prints its summary at the end.`);
    out.push('      `npx healwright doctor` checks the setup (Playwright version, retries, actionTimeout, browser, LLM).');
  }
  return { exitCode: 0, stdout: out.join('\n') + '\n', stderr: '' };
}
