import { parseRestartProviderConfig, type RestartProviderConfig } from '../restart/index.js';
import { trimTrailingSlashes } from '../common/strings.js';
import { describeThrown } from '../common/errors.js';

/** Env var naming a shell command that restarts the backend (a command restart provider). */
export const RESTART_COMMAND_ENV = 'HEAL_RESTART_COMMAND';
/** Env var overriding the API health URL. */
export const HEALTH_URL_ENV = 'HEAL_API_HEALTH_URL';

export interface ResolvedRestart {
  config?: RestartProviderConfig;
  /** Where it came from: `option`, `HEAL_RESTART_COMMAND` or `RAILWAY_*`. */
  source?: string;
  /** The configured provider is invalid; the message names the key and a good example. */
  error?: string;
}

const set = (v: string | undefined) => !!v?.trim();

/**
 * The restart provider to use: the explicit option, else `HEAL_RESTART_COMMAND` (a command provider),
 * else Railway when `RAILWAY_SERVICE_ID`, `RAILWAY_ENVIRONMENT_ID` and a token (`RAILWAY_TOKEN` or
 * `RAILWAY_API_TOKEN`) are all set. Validates the option with the restart provider schema.
 */
export function resolveRestartConfig(option: RestartProviderConfig | undefined, env: NodeJS.ProcessEnv): ResolvedRestart {
  if (option !== undefined && option !== null) {
    try {
      // Functions and dispatchers (Railway's sleep/log/dispatcher) are not data: validate the rest.
      const { dispatcher: _d, sleep: _s, log: _l, env: _e, ...data } = option as Record<string, unknown>;
      parseRestartProviderConfig(data, 'healRestart');
      return { config: option, source: 'option' };
    } catch (err) {
      return { error: describeThrown(err), source: 'option' };
    }
  }
  const command = env[RESTART_COMMAND_ENV]?.trim();
  if (command) return { config: { type: 'command', command }, source: RESTART_COMMAND_ENV };
  if (set(env.RAILWAY_SERVICE_ID) && set(env.RAILWAY_ENVIRONMENT_ID) && (set(env.RAILWAY_TOKEN) || set(env.RAILWAY_API_TOKEN))) {
    return { config: { type: 'railway' }, source: 'RAILWAY_*' };
  }
  return {};
}

/** Joins a path to a base URL, keeping the base's own path (`http://h/api` + `/health` = `http://h/api/health`). */
export function joinUrl(base: string, suffix: string): string | undefined {
  if (/^https?:\/\//i.test(suffix)) return suffix;
  try {
    const u = new URL(base);
    u.pathname = `${trimTrailingSlashes(u.pathname)}/${suffix.replace(/^\/+/, '')}`;
    u.search = '';
    u.hash = '';
    return u.toString();
  } catch {
    return undefined;
  }
}

/**
 * The API health URL: the option, else `HEAL_API_HEALTH_URL`, else `${API_URL}/health`, else
 * `${baseURL}/health`; undefined when none is known.
 */
export function resolveHealthUrl(option: string | undefined, env: NodeJS.ProcessEnv, baseURL?: string): string | undefined {
  const explicit = option?.trim() || env[HEALTH_URL_ENV]?.trim();
  if (explicit) return explicit;
  const root = env.API_URL?.trim() || baseURL?.trim();
  return root ? joinUrl(root, '/health') : undefined;
}
