import { resolve } from 'node:path';
import { FAULT_NAMES, type FaultName, isFaultName } from './faults/names.js';

/** Everything the demo reads from the environment and the command line, resolved once. */
export interface DemoConfig {
  /** Interface to listen on (`DEMO_HOST`, `--host`; default 127.0.0.1). */
  host: string;
  /** App port (`DEMO_PORT`, `--port`; default 4280; 0 picks a free one). */
  port: number;
  /** Supervisor control port (`DEMO_CONTROL_PORT`, `--control-port`; default port + 1, or 0 when port is 0). */
  controlPort: number;
  /** Where the JSON store lives (`DEMO_DATA_DIR`, `--data-dir`; default demo/data). */
  dataDir: string;
  /** Guards /__faults, /__reset and the control endpoint (`DEMO_ADMIN_TOKEN`; default demo-admin-token). */
  adminToken: string;
  /** Access-token lifetime in seconds (`DEMO_ACCESS_TTL`; default 900). */
  accessTtlSeconds: number;
  /** Refresh-token lifetime in seconds (`DEMO_REFRESH_TTL`; default 7 days). */
  refreshTtlSeconds: number;
  /** UI session lifetime in seconds (`DEMO_SESSION_TTL`; default 8 hours). */
  sessionTtlSeconds: number;
  /** Delay of the slow page while `slow` is on (`DEMO_SLOW_MS`; default 20000). */
  slowMs: number;
  /** Failed logins per IP per minute before 429 (`DEMO_LOGIN_RATE_LIMIT`; default 10). */
  loginRateLimit: number;
  /** Faults switched on at start (`DEMO_FAULTS=a,b`). */
  startupFaults: FaultName[];
  /** Wipe the data dir before the first start (`DEMO_RESET=1`, `--reset`). */
  reset: boolean;
}

export class DemoConfigError extends Error {
  override name = 'DemoConfigError';
  readonly status = 2;
}

const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'data');

function intSetting(key: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new DemoConfigError(`${key}=${raw} is not valid: use a whole number from ${min} to ${max} (for example ${key}=${fallback}).`);
  }
  return n;
}

/** Parses `DEMO_FAULTS`-style lists; unknown names are an error that lists the known ones. */
export function parseFaultList(raw: string | undefined, key = 'DEMO_FAULTS'): FaultName[] {
  if (!raw) return [];
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !isFaultName(n));
  if (unknown.length > 0) {
    throw new DemoConfigError(`${key} has unknown fault(s) ${unknown.join(', ')}. Known faults: ${FAULT_NAMES.join(', ')}.`);
  }
  return [...new Set(names as FaultName[])];
}

function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new DemoConfigError(`Unexpected argument "${arg}". Options: --port N, --host H, --control-port N, --data-dir DIR, --reset.`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'reset') {
      out.reset = '1';
    } else if (['port', 'host', 'control-port', 'data-dir'].includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new DemoConfigError(`--${name} needs a value, for example --${name} ${name === 'data-dir' ? '.tmp/demo' : '4280'}.`);
      out[name] = value;
    } else {
      throw new DemoConfigError(`Unknown option --${name}. Options: --port N, --host H, --control-port N, --data-dir DIR, --reset.`);
    }
  }
  return out;
}

/** Resolves the config: command line beats env, env beats defaults. */
export function loadDemoConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): DemoConfig {
  const args = parseArgs(argv);
  const port = intSetting(args.port ? '--port' : 'DEMO_PORT', args.port ?? env.DEMO_PORT, 4280, 0, 65535);
  const controlDefault = port === 0 ? 0 : port + 1;
  const controlKey = args['control-port'] ? '--control-port' : 'DEMO_CONTROL_PORT';
  const controlPort = intSetting(controlKey, args['control-port'] ?? env.DEMO_CONTROL_PORT, controlDefault, 0, 65535);
  if (port !== 0 && controlPort === port) throw new DemoConfigError(`The control port must differ from the app port (both are ${port}); set DEMO_CONTROL_PORT.`);
  const dataDirRaw = args['data-dir'] ?? env.DEMO_DATA_DIR;
  return {
    host: args.host ?? env.DEMO_HOST ?? '127.0.0.1',
    port,
    controlPort,
    dataDir: dataDirRaw ? resolve(dataDirRaw) : DEFAULT_DATA_DIR,
    adminToken: env.DEMO_ADMIN_TOKEN?.trim() || 'demo-admin-token',
    accessTtlSeconds: intSetting('DEMO_ACCESS_TTL', env.DEMO_ACCESS_TTL, 900, 1, 86_400),
    refreshTtlSeconds: intSetting('DEMO_REFRESH_TTL', env.DEMO_REFRESH_TTL, 7 * 86_400, 1, 365 * 86_400),
    sessionTtlSeconds: intSetting('DEMO_SESSION_TTL', env.DEMO_SESSION_TTL, 8 * 3600, 1, 30 * 86_400),
    slowMs: intSetting('DEMO_SLOW_MS', env.DEMO_SLOW_MS, 20_000, 0, 600_000),
    loginRateLimit: intSetting('DEMO_LOGIN_RATE_LIMIT', env.DEMO_LOGIN_RATE_LIMIT, 10, 1, 10_000),
    startupFaults: parseFaultList(env.DEMO_FAULTS),
    reset: args.reset === '1' || env.DEMO_RESET === '1' || env.DEMO_RESET === 'true',
  };
}
