import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DemoConfig } from '../config.js';
import type { BackendReady } from '../backend.js';

const BACKEND_ENTRY = fileURLToPath(new URL('../backend.ts', import.meta.url));
// Children load TypeScript the same way `npm run demo` does; resolving tsx here makes that independent of cwd.
const TSX_LOADER = import.meta.resolve('tsx');

export class SupervisorError extends Error {
  override name = 'SupervisorError';
  readonly status = 503;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What the control endpoint answers after a restart. */
export interface RestartResult {
  status: 'restarted';
  previousInstance: string | null;
  instance: string;
  pid: number;
  port: number;
  tookMs: number;
}

export interface SupervisorOptions {
  config: DemoConfig;
  /** How long a new backend may take to listen and answer /health (ms; default 30000). */
  startTimeoutMs?: number;
  /** Where progress lines go (default stdout). */
  log?: (line: string) => void;
}

/**
 * Runs the backend as a child process, so a restart is a real new process with a new instance id
 * and fresh memory. Startup-only settings (DEMO_FAULTS, --reset) go to the first child only:
 * that is what lets a restart clear `api-500` even when it came from DEMO_FAULTS.
 */
export class Supervisor {
  private child: ChildProcess | undefined;
  private instance: string | null = null;
  private boundPort: number;
  private restarting: Promise<RestartResult> | undefined;
  private restartCount = 0;
  private readonly log: (line: string) => void;

  constructor(private readonly options: SupervisorOptions) {
    this.boundPort = options.config.port;
    this.log = options.log ?? ((line) => console.log(line));
  }

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    return `http://${this.options.config.host}:${this.boundPort}`;
  }

  status() {
    return { running: !!this.child && this.child.exitCode === null, pid: this.child?.pid ?? null, instance: this.instance, port: this.boundPort, restarts: this.restartCount };
  }

  /** Starts the first backend, with the startup faults and reset. */
  async start(): Promise<void> {
    await this.spawn(this.options.config);
  }

  /** Kills the backend, starts a new one on the same port, and resolves once it answers /health. Concurrent calls share one restart. */
  restart(): Promise<RestartResult> {
    this.restarting ??= this.doRestart().finally(() => {
      this.restarting = undefined;
    });
    return this.restarting;
  }

  private async doRestart(): Promise<RestartResult> {
    const started = Date.now();
    const previousInstance = this.instance;
    await this.killChild();
    const config: DemoConfig = { ...this.options.config, port: this.boundPort, startupFaults: [], reset: false };
    const ready = await this.spawn(config);
    this.restartCount++;
    this.log(`demo: restarted backend (instance ${ready.instance}, pid ${this.child?.pid})`);
    return { status: 'restarted', previousInstance, instance: ready.instance, pid: this.child?.pid ?? 0, port: ready.port, tookMs: Date.now() - started };
  }

  async stop(): Promise<void> {
    await this.killChild();
  }

  private async spawn(config: DemoConfig): Promise<BackendReady> {
    const env: NodeJS.ProcessEnv = { ...process.env, DEMO_BACKEND_CONFIG: JSON.stringify(config) };
    delete env.DEMO_FAULTS;
    delete env.DEMO_RESET;
    const child = fork(BACKEND_ENTRY, [], { execArgv: ['--import', TSX_LOADER], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    const ready = await this.waitForReady(child);
    this.boundPort = ready.port;
    this.instance = ready.instance;
    await this.waitForHealth();
    child.on('exit', (code, signal) => {
      if (this.child === child) this.log(`demo: backend pid ${child.pid} exited (${signal ?? `code ${code}`}); POST /restart on the control port starts a new one`);
    });
    return ready;
  }

  private waitForReady(child: ChildProcess): Promise<BackendReady> {
    const timeoutMs = this.options.startTimeoutMs ?? 30_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new SupervisorError(`The demo backend did not start within ${timeoutMs} ms. Run \`npm run demo\` in a terminal to see its output.`));
      }, timeoutMs);
      child.once('message', (msg: BackendReady) => {
        clearTimeout(timer);
        resolve(msg);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new SupervisorError(`The demo backend exited before it was ready (${signal ?? `exit code ${code}`}); its error is printed above. Is port ${this.boundPort} free?`));
      });
    });
  }

  private async waitForHealth(): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 30_000);
    let last = 'no answer';
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) return;
        last = `HTTP ${res.status}: ${await res.text()}`;
      } catch (err) {
        last = (err as Error).message;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new SupervisorError(`The demo backend started but ${this.url}/health is not healthy (${last}).`);
  }

  private async killChild(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
