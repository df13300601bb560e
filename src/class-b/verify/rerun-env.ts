// The environment of a verification re-run. The re-run executes a patch that an LLM may have written,
// so it gets an allowlist of harmless variables (paths, locale, Node and Playwright settings, the app's
// URLs) plus the names the user lists in `verifyEnv`, and never a credential: tokens, API keys,
// webhooks and anything the redactor's secret-name matcher flags are dropped even when listed.
import { SECRET_SUFFIX, SECRET_WORD, isSecretKeyName, isSecretObjectKey } from '../../redact/secret-names.js';

/** What a `verifyEnv` entry must look like: a plain environment variable name. */
export const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** Passed by exact name (compared case-insensitively on Windows, where `Path` and `PATH` are one). */
const ALLOWED_NAMES = [
  'PATH',
  'HOME',
  'TMPDIR',
  'TMP',
  'TEMP',
  'CI',
  'LANG',
  'LANGUAGE',
  'TZ',
  'BASE_URL',
  'API_URL',
  'CHROMIUM_PATH',
  'DISPLAY',
  'WAYLAND_DISPLAY',
  'XDG_RUNTIME_DIR',
  // Windows: without these Node, npx and the browsers cannot start.
  'SystemRoot',
  'SystemDrive',
  'windir',
  'ComSpec',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
];

/** Passed by prefix: locale, Node's own settings and Playwright's (browsers path, debug switches). */
const ALLOWED_PREFIXES = ['LC_', 'NODE_', 'PLAYWRIGHT_'];

/** Credentials named outright, for the names the generic matcher below cannot tell apart. */
const DENIED_NAMES = new Set(['GITHUB_TOKEN', 'GH_TOKEN', 'GH_ENTERPRISE_TOKEN', 'ANTHROPIC_API_KEY', 'NODE_AUTH_TOKEN', 'HEAL_ALERT_WEBHOOK', 'NPM_TOKEN']);
/** Every Railway variable: project ids and tokens that can redeploy the backend. */
const DENIED_PREFIXES = ['RAILWAY_'];
/** The redactor's secret-name rule (`DB_PASSWORD`, `SECRET_KEY_BASE`, `x-api-key`), anchored at the end of the name. */
const SECRET_NAME_RE = new RegExp(`${SECRET_WORD}${SECRET_SUFFIX}$`, 'i');
/** Names the redactor leaves alone but that carry credentials in env vars: webhooks, credential files, DSNs with passwords. */
const CREDENTIAL_HINT_RE = /(?:webhook(?:_?url)?|credentials?|dsn|auth)$/i;

/** Why `name` never reaches a re-run, or undefined when it may. */
export function secretEnvReason(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (DENIED_NAMES.has(upper)) return `${name} is a credential healwright itself uses`;
  if (DENIED_PREFIXES.some((p) => upper.startsWith(p))) return `${name} is a Railway setting (RAILWAY_* can redeploy the backend)`;
  if (isSecretKeyName(name) && (SECRET_NAME_RE.test(name) || isSecretObjectKey(name))) return `${name} names a secret (the redactor's secret-name rule matches it)`;
  if (CREDENTIAL_HINT_RE.test(name)) return `${name} looks like a credential (webhook, credentials, DSN or auth)`;
  return undefined;
}

/** A `verifyEnv` name healwright refused, and why. */
export interface RefusedEnvName {
  name: string;
  reason: string;
}

export interface RerunEnv {
  env: NodeJS.ProcessEnv;
  /** `verifyEnv` entries that were not passed, with the reason; callers warn about them. */
  refused: RefusedEnvName[];
}

function allowedByDefault(name: string, windows: boolean): boolean {
  const cmp = windows ? name.toUpperCase() : name;
  if (ALLOWED_NAMES.some((n) => (windows ? n.toUpperCase() : n) === cmp)) return true;
  return ALLOWED_PREFIXES.some((p) => cmp.startsWith(p));
}

/**
 * The variables of `base` a verification re-run may see: the built-in allowlist plus `extraNames`,
 * minus every secret. A secret in `extraNames` is refused (reported), never passed.
 */
export function buildRerunEnv(base: NodeJS.ProcessEnv, extraNames: readonly string[] = [], platform: NodeJS.Platform = process.platform): RerunEnv {
  const windows = platform === 'win32';
  const refused: RefusedEnvName[] = [];
  const extra = new Set<string>();
  for (const name of extraNames) {
    if (!ENV_NAME_RE.test(name)) {
      refused.push({ name, reason: `${JSON.stringify(name)} is not an environment variable name (letters, digits and _; not starting with a digit)` });
      continue;
    }
    const secret = secretEnvReason(name);
    if (secret) refused.push({ name, reason: `${secret}; verification re-runs execute proposed code and never get secrets` });
    else extra.add(windows ? name.toUpperCase() : name);
  }
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined || secretEnvReason(name)) continue;
    if (allowedByDefault(name, windows) || extra.has(windows ? name.toUpperCase() : name)) env[name] = value;
  }
  return { env, refused };
}
