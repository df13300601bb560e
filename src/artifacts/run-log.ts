import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import createDebug from 'debug';
import type { LogLevel } from '../common/log.js';
import { describeThrown } from '../common/errors.js';

const debug = createDebug('heal:run');

/**
 * `healing-output.log`: timestamped lines, buffered and flushed synchronously (so a crash loses at most
 * one buffer). `DEBUG=heal:*` also streams every line to stderr through `debug`.
 */
export class RunLog {
  private buffer: string[] = [];
  private file?: string;

  constructor(
    private readonly redact: (s: string) => string = (s) => s,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts writing to `file`; lines logged before are written first. */
  open(file: string): void {
    mkdirSync(path.dirname(file), { recursive: true });
    this.file = file;
    this.flush();
  }

  get path(): string | undefined {
    return this.file;
  }

  log(level: LogLevel | 'debug', message: string): void {
    const safe = this.redact(message);
    debug('%s %s', level, safe);
    for (const line of safe.split('\n')) this.buffer.push(`${this.now().toISOString()} ${level.toUpperCase().padEnd(5)} ${line}`);
    if (this.buffer.length >= 64) this.flush();
  }

  info(message: string): void {
    this.log('info', message);
  }
  warn(message: string): void {
    this.log('warn', message);
  }
  error(message: string): void {
    this.log('error', message);
  }

  flush(): void {
    if (!this.file || this.buffer.length === 0) return;
    const data = this.buffer.join('\n') + '\n';
    this.buffer = [];
    try {
      appendFileSync(this.file, data);
    } catch (err) {
      debug('could not write %s: %s', this.file, describeThrown(err));
    }
  }
}
