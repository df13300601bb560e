import { spawn, type ChildProcess } from 'node:child_process';
import type { RestartContext, RestartOutcome, RestartProvider } from './types.js';
import { processEnv } from '../config/process-env.js';

export interface CommandRestartOptions {
  /** Shell command that restarts the backend (run with `shell: true`), e.g. `docker compose restart api`. */
  command: string;
  /** Time the command may take before its whole process tree is killed, in ms. Default 120 000. */
  timeoutMs?: number;
  /** Working directory. Default the current one. */
  cwd?: string;
  /** Environment of the command. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Output lines kept for the outcome's detail. Default 20. */
  tailLines?: number;
  /** Time between SIGTERM and SIGKILL when the tree is killed, in ms. Default 2 000. */
  killGraceMs?: number;
}

const MAX_LINE = 500;

/** Keeps the last lines of a stream without holding all of it. */
class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';

  constructor(private readonly max: number) {}

  push(chunk: Buffer, onLine: (line: string) => void): void {
    const parts = (this.partial + chunk.toString('utf8')).split(/\r?\n/);
    this.partial = (parts.pop() ?? '').slice(-MAX_LINE);
    for (const line of parts) this.add(line, onLine);
  }

  flush(onLine: (line: string) => void): void {
    if (this.partial) this.add(this.partial, onLine);
    this.partial = '';
  }

  text(): string {
    return this.lines.join('\n');
  }

  private add(line: string, onLine: (line: string) => void): void {
    const l = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
    onLine(l);
    this.lines.push(l);
    if (this.lines.length > this.max) this.lines.shift();
  }
}

/** Kills the command and everything it started: the group on POSIX (spawned detached), taskkill /T on Windows. */
function killTree(child: ChildProcess, graceMs: number): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' }).on('error', () => {});
    return;
  }
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // No group (yet, or any more): signal the shell itself.
      child.kill(sig);
    }
  };
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), graceMs).unref();
}

/** Restarts by running a shell command; exit code 0 means restarted. */
export class CommandRestartProvider implements RestartProvider {
  readonly name = 'command';
  private readonly options: Required<Omit<CommandRestartOptions, 'cwd' | 'env'>> & Pick<CommandRestartOptions, 'cwd' | 'env'>;

  constructor(options: CommandRestartOptions) {
    if (!options.command?.trim()) throw new TypeError('CommandRestartProvider needs a command, e.g. { command: "docker compose restart api" }.');
    this.options = { timeoutMs: 120_000, tailLines: 20, killGraceMs: 2_000, ...options };
  }

  restart(ctx: RestartContext = {}): Promise<RestartOutcome> {
    const { command, timeoutMs, cwd, env, tailLines, killGraceMs } = this.options;
    const start = Date.now();
    const log = (line: string) => ctx.log?.(`command: ${line}`);
    const tail = new OutputTail(tailLines);

    return new Promise<RestartOutcome>((resolve) => {
      let settled = false;
      let killedFor: 'timeout' | 'abort' | undefined;
      let drainTimer: NodeJS.Timeout | undefined;
      const child = spawn(command, {
        shell: true,
        cwd,
        env: env ?? processEnv(),
        // Its own process group, so a timeout can kill the shell and everything it started.
        detached: process.platform !== 'win32',
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });

      const kill = (why: 'timeout' | 'abort') => {
        if (killedFor || settled) return;
        killedFor = why;
        log(why === 'timeout' ? `timed out after ${timeoutMs} ms; killing its process tree` : 'aborted; killing its process tree');
        killTree(child, killGraceMs);
      };
      const timer = setTimeout(() => kill('timeout'), timeoutMs);
      const onAbort = () => kill('abort');
      ctx.signal?.addEventListener('abort', onAbort, { once: true });

      const finish = (ok: boolean, summary: string, error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(drainTimer);
        ctx.signal?.removeEventListener('abort', onAbort);
        child.stdout?.destroy();
        child.stderr?.destroy();
        tail.flush(log);
        const output = tail.text();
        resolve({
          provider: this.name,
          ok,
          detail: output ? `${summary}\nLast output:\n${output}` : summary,
          durationMs: Date.now() - start,
          ...(error ? { error } : {}),
        });
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const took = `${Date.now() - start} ms`;
        if (killedFor === 'timeout') {
          finish(false, `Restart command timed out after ${timeoutMs} ms; its process tree was killed. Raise timeoutMs or make the command return once the backend is up.`, new Error('restart command timed out'));
        } else if (killedFor === 'abort') {
          finish(false, 'Restart command was aborted; its process tree was killed.', new Error('restart command aborted'));
        } else if (code === 0) {
          finish(true, `Restart command exited 0 in ${took}.`);
        } else {
          const how = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${code}`;
          finish(false, `Restart command ${how} after ${took}. Run it by hand to see why, then fix it or the restart config.`, new Error(`restart command ${how}`));
        }
      };

      child.stdout?.on('data', (c: Buffer) => tail.push(c, log));
      child.stderr?.on('data', (c: Buffer) => tail.push(c, log));
      child.on('error', (err) => finish(false, `Restart command could not start (${err.message}). Check the command and cwd.`, err));
      child.on('close', onExit);
      // A grandchild outside the group may hold the pipes open: do not wait for 'close' forever.
      child.on('exit', (code, signal) => {
        drainTimer = setTimeout(() => onExit(code, signal), 1_000);
        drainTimer.unref();
      });
      if (ctx.signal?.aborted) kill('abort');
    });
  }
}
