import type { Dispatcher } from 'undici';
import { RailwayConfigError, type RailwayAuthInfo } from './errors.js';
import { processEnv } from '../config/process-env.js';

export const DEFAULT_RAILWAY_API_URL = 'https://backboard.railway.com/graphql/v2';

/** Sleeps `ms`, rejecting early with the signal's reason when it aborts. */
export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Options of {@link RailwayClient}. Every key is optional: an option wins over its env var, which
 * wins over the default. Empty env vars count as unset.
 */
export interface RailwayClientOptions {
  /** GraphQL endpoint. Env `RAILWAY_API_URL`; default `https://backboard.railway.com/graphql/v2`. */
  apiUrl?: string;
  /** Project token, sent as header `Project-Access-Token`. Env `RAILWAY_TOKEN`. Preferred over `apiToken`. */
  projectToken?: string;
  /** Account or workspace token, sent as `Authorization: Bearer`. Env `RAILWAY_API_TOKEN`. */
  apiToken?: string;
  /** Service to redeploy. Env `RAILWAY_SERVICE_ID`. */
  serviceId?: string;
  /** Environment of that service. Env `RAILWAY_ENVIRONMENT_ID`. */
  environmentId?: string;
  /** Time one HTTP request may take, in ms. Default 15 000. */
  requestTimeoutMs?: number;
  /** Time between two deployment polls, in ms. Default 10 000 (plans allow few requests an hour). */
  pollIntervalMs?: number;
  /** Time a deployment may take to reach SUCCESS, in ms. Default 600 000 (10 min). */
  deadlineMs?: number;
  /** How often a request answered with HTTP 429 is retried before giving up. Default 3. */
  maxRetries?: number;
  /** Longest wait between two 429 retries, in ms, whatever `Retry-After` says. Default 60 000. */
  maxRetryDelayMs?: number;
  /** undici dispatcher (an Agent, a MockAgent, a proxy); default undici's global dispatcher. */
  dispatcher?: Dispatcher;
  /** Where env vars are read from. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Waits between polls and retries; inject a fake in tests. Default a real timer. */
  sleep?: SleepFn;
  /** Receives one line per step (never a token). Default: silent. */
  log?: (line: string) => void;
}

/** Options after env and defaults were applied. */
export interface ResolvedRailwayOptions {
  apiUrl: string;
  token?: { value: string; auth: RailwayAuthInfo };
  serviceId?: string;
  environmentId?: string;
  requestTimeoutMs: number;
  pollIntervalMs: number;
  deadlineMs: number;
  maxRetries: number;
  maxRetryDelayMs: number;
  dispatcher?: Dispatcher;
  sleep: SleepFn;
  log: (line: string) => void;
}

export const PROJECT_TOKEN_AUTH: RailwayAuthInfo = { header: 'Project-Access-Token', envVar: 'RAILWAY_TOKEN', option: 'projectToken' };
export const API_TOKEN_AUTH: RailwayAuthInfo = { header: 'Authorization', envVar: 'RAILWAY_API_TOKEN', option: 'apiToken' };

export const realSleep: SleepFn = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

function clean(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

function number(name: keyof RailwayClientOptions, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) {
    throw new RailwayConfigError(
      `Railway option ${name} must be a number >= ${min}, got ${String(value)}. Example: { ${name}: ${fallback} }.`,
      name,
    );
  }
  return value;
}

/** Applies option > env > default. Throws {@link RailwayConfigError} for an invalid URL or number. */
export function resolveRailwayOptions(options: RailwayClientOptions = {}): ResolvedRailwayOptions {
  const env = options.env ?? processEnv();
  const apiUrl = clean(options.apiUrl) ?? clean(env.RAILWAY_API_URL) ?? DEFAULT_RAILWAY_API_URL;
  let parsed: URL | undefined;
  try {
    parsed = new URL(apiUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new RailwayConfigError(
      `Railway API URL "${apiUrl}" is not an http(s) URL. Set RAILWAY_API_URL (or the apiUrl option) to e.g. ${DEFAULT_RAILWAY_API_URL}.`,
      'apiUrl',
      'RAILWAY_API_URL',
    );
  }

  // A token given as an option beats any token from env, whatever its kind.
  const optProject = clean(options.projectToken);
  const optApi = clean(options.apiToken);
  let token: ResolvedRailwayOptions['token'];
  if (optProject) token = { value: optProject, auth: PROJECT_TOKEN_AUTH };
  else if (optApi) token = { value: optApi, auth: API_TOKEN_AUTH };
  else {
    const envProject = clean(env.RAILWAY_TOKEN);
    const envApi = clean(env.RAILWAY_API_TOKEN);
    if (envProject) token = { value: envProject, auth: PROJECT_TOKEN_AUTH };
    else if (envApi) token = { value: envApi, auth: API_TOKEN_AUTH };
  }

  const resolved: ResolvedRailwayOptions = {
    apiUrl,
    requestTimeoutMs: number('requestTimeoutMs', options.requestTimeoutMs, 15_000, 1),
    pollIntervalMs: number('pollIntervalMs', options.pollIntervalMs, 10_000, 0),
    deadlineMs: number('deadlineMs', options.deadlineMs, 600_000, 1),
    maxRetries: Math.floor(number('maxRetries', options.maxRetries, 3, 0)),
    maxRetryDelayMs: number('maxRetryDelayMs', options.maxRetryDelayMs, 60_000, 0),
    sleep: options.sleep ?? realSleep,
    log: options.log ?? (() => {}),
  };
  if (token) resolved.token = token;
  const serviceId = clean(options.serviceId) ?? clean(env.RAILWAY_SERVICE_ID);
  const environmentId = clean(options.environmentId) ?? clean(env.RAILWAY_ENVIRONMENT_ID);
  if (serviceId) resolved.serviceId = serviceId;
  if (environmentId) resolved.environmentId = environmentId;
  if (options.dispatcher) resolved.dispatcher = options.dispatcher;
  return resolved;
}

/** The token, or a {@link RailwayConfigError} naming both env vars and options. */
export function requireToken(o: ResolvedRailwayOptions): NonNullable<ResolvedRailwayOptions['token']> {
  if (o.token) return o.token;
  throw new RailwayConfigError(
    'No Railway token configured. Set RAILWAY_TOKEN to a project token (sent as Project-Access-Token) or ' +
      'RAILWAY_API_TOKEN to an account token (sent as Authorization: Bearer), or pass the projectToken / apiToken option.',
    'projectToken',
    'RAILWAY_TOKEN',
  );
}

/** The service and environment ids, or a {@link RailwayConfigError} naming the first one missing. */
export function requireServiceInstance(o: ResolvedRailwayOptions): { serviceId: string; environmentId: string } {
  if (!o.serviceId) {
    throw new RailwayConfigError(
      'No Railway service id configured. Set RAILWAY_SERVICE_ID (or the serviceId option) to the id of the service ' +
        'to redeploy (dashboard: service > Settings, or `railway status --json`).',
      'serviceId',
      'RAILWAY_SERVICE_ID',
    );
  }
  if (!o.environmentId) {
    throw new RailwayConfigError(
      'No Railway environment id configured. Set RAILWAY_ENVIRONMENT_ID (or the environmentId option) to the id of ' +
        "the service's environment (`railway status --json`).",
      'environmentId',
      'RAILWAY_ENVIRONMENT_ID',
    );
  }
  return { serviceId: o.serviceId, environmentId: o.environmentId };
}
