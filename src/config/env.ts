import { ENV_NAME_HINT, ENV_NAME_PATTERN, type HealConfigInput } from './schema.js';

/** One problem found while reading configuration. */
export interface ConfigIssue {
  /** Where the value came from: `HEAL_MAX_FIXES`, `reporter option maxFixesPerRun`, ... */
  source: string;
  /** Config key, dotted. */
  key: string;
  /** The offending value, as text. */
  value: string;
  message: string;
  /** A valid example. */
  example: string;
}

/** Env vars that override options, with the key they set and an example. Documented in the README. */
export const ENV_VARS = {
  HEAL_DRY_RUN: { key: 'dryRun', example: 'HEAL_DRY_RUN=true' },
  HEAL_SKIP_LLM: { key: 'skipLlm', example: 'HEAL_SKIP_LLM=true' },
  HEAL_PROJECTS: { key: 'projects', example: 'HEAL_PROJECTS=health,contracts' },
  HEAL_MAX_FIXES: { key: 'maxFixesPerRun', example: 'HEAL_MAX_FIXES=3' },
  HEAL_OUTPUT_DIR: { key: 'outputDir', example: 'HEAL_OUTPUT_DIR=healing-results' },
  HEAL_ON_END_TIMEOUT: { key: 'onEndTimeout', example: 'HEAL_ON_END_TIMEOUT=600000' },
  HEAL_ALERT_WEBHOOK: { key: 'alertWebhook', example: 'HEAL_ALERT_WEBHOOK=https://hooks.slack.com/services/T000/B000/XXXX' },
  HEAL_VERIFY_ENV: { key: 'verifyEnv', example: 'HEAL_VERIFY_ENV=DEMO_PORT,E2E_USER_EMAIL' },
} as const;

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off', '']);

function parseBool(name: string, raw: string, issues: ConfigIssue[], example: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  issues.push({ source: name, key: name, value: raw, message: 'expected a boolean (true/false, 1/0, yes/no)', example });
  return undefined;
}

/** Reads the `HEAL_*` overrides. Unset vars are absent from the result; bad values become issues. */
export function readEnvOverrides(env: NodeJS.ProcessEnv): { values: HealConfigInput; issues: ConfigIssue[] } {
  const values: HealConfigInput = {};
  const issues: ConfigIssue[] = [];
  const get = (name: keyof typeof ENV_VARS) => {
    const v = env[name];
    return v === undefined ? undefined : v;
  };

  const dry = get('HEAL_DRY_RUN');
  if (dry !== undefined) {
    const b = parseBool('HEAL_DRY_RUN', dry, issues, ENV_VARS.HEAL_DRY_RUN.example);
    if (b !== undefined) values.dryRun = b;
  }
  const skip = get('HEAL_SKIP_LLM');
  if (skip !== undefined) {
    const b = parseBool('HEAL_SKIP_LLM', skip, issues, ENV_VARS.HEAL_SKIP_LLM.example);
    if (b !== undefined) values.skipLlm = b;
  }
  const projects = get('HEAL_PROJECTS');
  if (projects !== undefined) {
    const list = projects.split(',').map((p) => p.trim()).filter(Boolean);
    if (list.length === 0 || list.some((p) => !/^[\w.-]+$/.test(p))) {
      issues.push({
        source: 'HEAL_PROJECTS',
        key: 'HEAL_PROJECTS',
        value: projects,
        message: 'expected a comma-separated list of Playwright project names',
        example: ENV_VARS.HEAL_PROJECTS.example,
      });
    } else {
      values.projects = list;
    }
  }
  const maxFixes = get('HEAL_MAX_FIXES');
  if (maxFixes !== undefined) {
    const t = maxFixes.trim();
    if (!/^\d{1,6}$/.test(t)) {
      issues.push({
        source: 'HEAL_MAX_FIXES',
        key: 'HEAL_MAX_FIXES',
        value: maxFixes,
        message: 'expected a whole number >= 0',
        example: ENV_VARS.HEAL_MAX_FIXES.example,
      });
    } else {
      values.maxFixesPerRun = Number(t);
    }
  }
  const onEnd = get('HEAL_ON_END_TIMEOUT');
  if (onEnd !== undefined) {
    const t = onEnd.trim();
    if (!/^\d{1,10}$/.test(t) || Number(t) < 1) {
      issues.push({ source: 'HEAL_ON_END_TIMEOUT', key: 'HEAL_ON_END_TIMEOUT', value: onEnd, message: 'expected a whole number of milliseconds > 0', example: ENV_VARS.HEAL_ON_END_TIMEOUT.example });
    } else {
      values.onEndTimeout = Number(t);
    }
  }
  const out = get('HEAL_OUTPUT_DIR');
  if (out !== undefined) {
    if (out.trim() === '') {
      issues.push({ source: 'HEAL_OUTPUT_DIR', key: 'HEAL_OUTPUT_DIR', value: out, message: 'expected a folder path', example: ENV_VARS.HEAL_OUTPUT_DIR.example });
    } else {
      values.outputDir = out.trim();
    }
  }
  const hook = get('HEAL_ALERT_WEBHOOK');
  if (hook !== undefined && hook.trim() !== '') {
    let ok: boolean;
    try {
      ok = ['http:', 'https:'].includes(new URL(hook.trim()).protocol);
    } catch {
      ok = false;
    }
    if (ok) values.alertWebhook = hook.trim();
    else issues.push({ source: 'HEAL_ALERT_WEBHOOK', key: 'HEAL_ALERT_WEBHOOK', value: '(not shown: may hold a secret)', message: 'expected an http(s) URL', example: ENV_VARS.HEAL_ALERT_WEBHOOK.example });
  }
  const verifyEnv = get('HEAL_VERIFY_ENV');
  if (verifyEnv !== undefined) {
    // Empty means "no extra names", like an empty list in the config.
    const list = verifyEnv.split(',').map((n) => n.trim()).filter(Boolean);
    const bad = list.find((n) => !ENV_NAME_PATTERN.test(n));
    if (bad !== undefined) {
      issues.push({
        source: 'HEAL_VERIFY_ENV',
        key: 'HEAL_VERIFY_ENV',
        value: JSON.stringify(verifyEnv),
        message: `${JSON.stringify(bad)} is not an environment variable name (${ENV_NAME_HINT}); expected a comma-separated list of names`,
        example: ENV_VARS.HEAL_VERIFY_ENV.example,
      });
    } else {
      values.verifyEnv = list;
    }
  }
  return { values, issues };
}
