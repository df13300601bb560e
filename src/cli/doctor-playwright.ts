// The `healwright doctor` checks of the user's Playwright setup: the installed Playwright against the
// tested range, the reporter entry, the `projects` option against the config's projects, retries (Class A
// fixes act before a retry), actionTimeout, and Chromium. The config is loaded as Playwright would see it
// in this environment (tsx, like `config --check`).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserNotFoundError, chromiumExecutablePath } from '../browser/index.js';
import { loadHealConfig } from '../config/load.js';
import { projectOptionWarnings } from '../config/projects.js';
import { configObjectOf, findReporterOptions, loadPlaywrightConfig } from './config-check.js';
import { check, type DoctorCheck } from './doctor-types.js';
import { findPlaywrightConfigs } from './init-files.js';
import { lowestAllowed, satisfiesRange } from './version-range.js';
import { describeThrown } from '../common/errors.js';

/** Options of {@link playwrightChecks}. */
export interface PlaywrightDoctorOptions {
  /** Where to look for playwright.config.* (and, below it, a monorepo's package). */
  cwd: string;
  /** `--config`: the Playwright config to check. */
  config?: string;
  env: NodeJS.ProcessEnv;
  /** The tested @playwright/test range. Default: healwright's peerDependencies entry. */
  peerRange?: string;
  /** Loads a config module (tests inject one). Default: tsx, as `config --check` does. */
  load?: (file: string) => Promise<unknown>;
  /** Finds Chromium (tests inject one). Default: src/browser's detection. */
  chromium?: (env: NodeJS.ProcessEnv) => string | undefined;
}

interface LoadedUse {
  actionTimeout?: unknown;
  browserName?: unknown;
  /** Set by `devices[...]`: the browser when browserName is not. */
  defaultBrowserType?: unknown;
  channel?: unknown;
  launchOptions?: { executablePath?: unknown };
}

interface LoadedProject {
  name?: unknown;
  retries?: unknown;
  use?: LoadedUse;
}

interface LoadedConfig {
  retries?: unknown;
  use?: LoadedUse;
  projects?: LoadedProject[];
}

/** healwright's own `peerDependencies['@playwright/test']`, read from the package.json above this file. */
export function testedPlaywrightRange(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = path.join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; peerDependencies?: Record<string, string> };
        if (pkg.name === 'healwright') return pkg.peerDependencies?.['@playwright/test'];
      } catch {
        return undefined;
      }
    }
    dir = path.dirname(dir);
  }
  return undefined;
}

/** The installed @playwright/test version as the config's folder resolves it, or undefined. */
export function installedPlaywrightVersion(dir: string): string | undefined {
  try {
    const file = createRequire(path.join(dir, 'noop.js')).resolve('@playwright/test/package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export function playwrightVersionCheck(version: string | undefined, range: string | undefined): DoctorCheck {
  if (!version) return check('playwright', 'FAIL', '@playwright/test is not installed where the Playwright config is.', 'npm install --save-dev @playwright/test');
  if (!range) return check('playwright', 'WARN', `@playwright/test ${version}; healwright's tested range could not be read from its package.json.`, 'Reinstall healwright (npm install --save-dev healwright).');
  const ok = satisfiesRange(version, range);
  if (ok === true) return check('playwright', 'OK', `@playwright/test ${version} (tested range ${range}).`);
  if (ok === undefined) return check('playwright', 'WARN', `@playwright/test ${version}; cannot compare it with the tested range ${range}.`);
  const low = lowestAllowed(range);
  const older = low !== undefined && satisfiesRange(version, `<${low}`) === true;
  return older
    ? check('playwright', 'FAIL', `@playwright/test ${version} is older than healwright supports (${range}): its failure output and attachments are not read correctly.`, `npm install --save-dev @playwright/test@${low ? `^${low}` : 'latest'}`)
    : check('playwright', 'WARN', `@playwright/test ${version} is newer than the range healwright is tested with (${range}); it may work.`, 'Upgrade healwright (npm install --save-dev healwright@latest), or report what breaks.');
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The projects as Playwright runs them: the config's list, or one unnamed project when there is none. */
function projectsOf(cfg: LoadedConfig): { name: string; retries: number; actionTimeout: number | undefined }[] {
  const list = Array.isArray(cfg.projects) && cfg.projects.length > 0 ? cfg.projects : [{}];
  return list.map((p: LoadedProject) => ({
    name: typeof p.name === 'string' ? p.name : '',
    retries: num(p.retries) ?? num(cfg.retries) ?? 0,
    actionTimeout: num(p.use?.actionTimeout) ?? num(cfg.use?.actionTimeout),
  }));
}

function shown(names: string[]): string {
  return names.map((n) => (n === '' ? '(unnamed)' : n)).join(', ');
}

/** reporter, projects, retries and actionTimeout of a loaded config. */
export function loadedConfigChecks(mod: unknown, healProjects: readonly string[] | undefined, configName: string): DoctorCheck[] {
  const out: DoctorCheck[] = [];
  const options = findReporterOptions(mod);
  out.push(options ? check('reporter', 'OK', `healwright/reporter is registered in ${configName}.`) : check('reporter', 'FAIL', `${configName} has no healwright reporter entry, so a test run never reaches healwright.`, 'npx healwright init (or add [\'healwright/reporter\', {}] to reporter).'));
  const cfg = (configObjectOf(mod) ?? {}) as LoadedConfig;
  const projects = projectsOf(cfg);
  const names = projects.map((p) => p.name);
  const heal = { projects: healProjects };
  const warnings = projectOptionWarnings(heal, projects);
  const healed = projects.filter((p) => healProjects === undefined || healProjects.includes(p.name));
  if (warnings.length > 0) {
    out.push(check('projects', healed.length === 0 ? 'FAIL' : 'WARN', `${warnings.join('; ')}.`, `Set projects to some of: ${shown(names)}, or remove the option to heal every project.`));
  } else {
    out.push(check('projects', 'OK', healProjects === undefined ? `Heals every project: ${shown(names)}.` : `Heals ${shown(healed.map((p) => p.name))} of ${shown(names)}.`));
  }
  const checked = healed.length > 0 ? healed : projects;
  const noRetry = checked.filter((p) => p.retries < 1);
  out.push(
    noRetry.length === 0
      ? check('retries', 'OK', `retries ${[...new Set(checked.map((p) => p.retries))].join('/')} in ${shown(checked.map((p) => p.name))}.`)
      : check('retries', 'WARN', `retries is 0 in ${shown(noRetry.map((p) => p.name))} (as loaded in this environment): Class A fixes are applied before a retry, so without one they cannot help.`, 'Set retries: 1 (or more) in the config, or in CI only: retries: process.env.CI ? 2 : 1.'),
  );
  const noTimeout = checked.filter((p) => !p.actionTimeout);
  out.push(
    noTimeout.length === 0
      ? check('actionTimeout', 'OK', `actionTimeout ${[...new Set(checked.map((p) => p.actionTimeout))].join('/')} ms.`)
      : check('actionTimeout', 'WARN', `No actionTimeout in ${shown(noTimeout.map((p) => p.name))}: a locator that stopped matching waits until the test timeout, and the failure reads like a slow app instead of a broken locator.`, 'Set use: { actionTimeout: 10_000 } in the config.'),
  );
  return out;
}

/**
 * Chromium projects that leave the browser to Playwright: no `launchOptions.executablePath` and no
 * `channel` (a project's `launchOptions` replaces the top-level one, as Playwright merges `use`).
 */
export function projectsWithoutExecutable(mod: unknown): string[] {
  const cfg = (configObjectOf(mod) ?? {}) as LoadedConfig;
  const list = Array.isArray(cfg.projects) && cfg.projects.length > 0 ? cfg.projects : [{}];
  return list
    .filter((p: LoadedProject) => {
      const browser = p.use?.browserName ?? p.use?.defaultBrowserType ?? cfg.use?.browserName ?? cfg.use?.defaultBrowserType ?? 'chromium';
      const launch = p.use?.launchOptions ?? cfg.use?.launchOptions;
      return browser === 'chromium' && !launch?.executablePath && !(p.use?.channel ?? cfg.use?.channel);
    })
    .map((p: LoadedProject) => (typeof p.name === 'string' ? p.name : ''));
}

/**
 * Where Chromium is. `unpointed`: the config's Chromium projects that set no executable; when only a
 * system Chromium exists (Playwright's own is not installed), those projects cannot launch it.
 */
export function chromiumCheck(find: (env: NodeJS.ProcessEnv) => string | undefined, env: NodeJS.ProcessEnv, unpointed: string[] = []): DoctorCheck {
  try {
    const p = find(env);
    if (p && !env.CHROMIUM_PATH?.trim() && unpointed.length > 0) {
      return check(
        'chromium',
        'WARN',
        `Playwright's own Chromium is not installed and ${unpointed.length > 1 ? `projects ${shown(unpointed)} set` : `project ${shown(unpointed)} sets`} no launchOptions.executablePath, so their tests stop with "Executable doesn't exist"; a system Chromium is at ${p}.`,
        `npx playwright install chromium, or add launchOptions: { executablePath: '${p}' } to use in the config.`,
      );
    }
    return check('chromium', 'OK', p ? `Chromium at ${p}.` : "Playwright's own Chromium is installed.");
  } catch (err) {
    if (err instanceof BrowserNotFoundError) return check('chromium', 'FAIL', err.message.split('. ')[0] + '.', 'npx playwright install chromium (or a system Chromium and CHROMIUM_PATH).');
    throw err;
  }
}

/** The `projects` option as the run would resolve it: env, reporter options, healing.config.*. */
async function healProjectsOption(mod: unknown, configDir: string, env: NodeJS.ProcessEnv): Promise<readonly string[] | undefined> {
  const options = findReporterOptions(mod);
  return (await loadHealConfig({ configDir, ...(options ? { options } : {}), env })).resolved.config.projects;
}

/** Every Playwright setup check, in table order. Never throws for a bad or missing config. */
export async function playwrightChecks(o: PlaywrightDoctorOptions): Promise<DoctorCheck[]> {
  const configs = o.config ? [path.resolve(o.cwd, o.config)] : findPlaywrightConfigs(o.cwd);
  const chromium = chromiumCheck(o.chromium ?? chromiumExecutablePath, o.env);
  const configFile = configs.length === 1 ? (configs[0] as string) : undefined;
  if (!configFile || !existsSync(configFile)) {
    const detail = o.config
      ? `${configs[0]} does not exist.`
      : configs.length > 1
        ? `${configs.length} Playwright configs below ${o.cwd} (${configs.map((c) => path.relative(o.cwd, c)).join(', ')}).`
        : `No playwright.config.* in ${o.cwd} or below; the Playwright checks were skipped.`;
    return [check('playwright', 'WARN', detail, 'Run doctor where your playwright.config is, or pass --config <path>.'), chromium];
  }
  const configDir = path.dirname(configFile);
  const name = path.relative(o.cwd, configFile) || path.basename(configFile);
  const out = [playwrightVersionCheck(installedPlaywrightVersion(configDir), o.peerRange ?? testedPlaywrightRange())];
  let mod: unknown;
  try {
    mod = await (o.load ?? loadPlaywrightConfig)(configFile);
  } catch (err) {
    out.push(check('config', 'WARN', `Could not load ${name}: ${describeThrown(err).split('\n')[0]}; reporter, projects, retries and actionTimeout were not checked.`, `npx playwright test --list shows the same error; fix it, then run doctor again.`));
    return [...out, chromium];
  }
  out.push(...loadedConfigChecks(mod, await healProjectsOption(mod, configDir, o.env), name));
  return [...out, chromium.status === 'OK' ? chromiumCheck(o.chromium ?? chromiumExecutablePath, o.env, projectsWithoutExecutable(mod)) : chromium];
}
