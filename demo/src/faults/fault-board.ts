import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../store/atomic-file.js';
import { FAULT_NAMES, MEMORY_ONLY_FAULTS, type FaultName, isFaultName } from './names.js';

export const FAULTS_FILE = 'faults.json';

/** One switched-on fault. `enabledAt` (ms) is the cut-off for `sessions-invalid` and `tokens-expired`. */
export interface FaultState {
  enabledAt: number;
  /** Kept only in this process (api-500) or persisted in the data dir. */
  persisted: boolean;
}

export interface FaultChange {
  enabled: FaultName[];
  disabled: FaultName[];
}

/**
 * The switchboard. Code- and data-like faults persist in `faults.json` so they survive restarts;
 * `api-500` models a bad instance and lives only in this process.
 */
export class FaultBoard {
  private readonly active = new Map<FaultName, FaultState>();
  private readonly listeners: ((change: FaultChange) => void)[] = [];

  constructor(private readonly dataDir: string) {
    for (const [name, state] of Object.entries(this.readPersisted())) {
      if (isFaultName(name) && !MEMORY_ONLY_FAULTS.includes(name)) this.active.set(name, { enabledAt: state.enabledAt, persisted: true });
    }
  }

  private get file(): string {
    return join(this.dataDir, FAULTS_FILE);
  }

  private readPersisted(): Record<string, { enabledAt: number }> {
    if (!existsSync(this.file)) return {};
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { enabled?: Record<string, { enabledAt: number }> };
      return parsed.enabled ?? {};
    } catch {
      // An unreadable switch file means "no faults": the demo must still boot.
      return {};
    }
  }

  private persist(): void {
    const enabled: Record<string, { enabledAt: number }> = {};
    for (const [name, state] of this.active) if (state.persisted) enabled[name] = { enabledAt: state.enabledAt };
    writeFileAtomic(this.file, JSON.stringify({ enabled }, null, 2));
  }

  /** Called after every change, e.g. to apply or revert the `data-changed` drift. */
  onChange(listener: (change: FaultChange) => void): void {
    this.listeners.push(listener);
  }

  isOn(name: FaultName): boolean {
    return this.active.has(name);
  }

  /** When `name` was switched on (ms since epoch), or undefined when it is off. */
  enabledAt(name: FaultName): number | undefined {
    return this.active.get(name)?.enabledAt;
  }

  list(): { name: FaultName; enabled: boolean; enabledAt: string | null; persisted: boolean }[] {
    return FAULT_NAMES.map((name) => {
      const state = this.active.get(name);
      return { name, enabled: !!state, enabledAt: state ? new Date(state.enabledAt).toISOString() : null, persisted: !MEMORY_ONLY_FAULTS.includes(name) };
    });
  }

  /** Switches faults on and off. Switching on a fault that is already on keeps its original cut-off. */
  update(enable: readonly FaultName[], disable: readonly FaultName[]): FaultChange {
    const change: FaultChange = { enabled: [], disabled: [] };
    for (const name of disable) {
      if (this.active.delete(name)) change.disabled.push(name);
    }
    if (enable.some((name) => !this.active.has(name))) {
      const enabledAt = nextMillisecond();
      for (const name of enable) {
        if (this.active.has(name)) continue;
        this.active.set(name, { enabledAt, persisted: !MEMORY_ONLY_FAULTS.includes(name) });
        change.enabled.push(name);
      }
    }
    if (change.enabled.length + change.disabled.length > 0) {
      this.persist();
      for (const listener of this.listeners) listener(change);
    }
    return change;
  }

  /** Switches off the persisted faults (a data reset); memory-only ones stay until a restart. */
  clearPersisted(): FaultChange {
    return this.update([], [...this.active].filter(([, s]) => s.persisted).map(([name]) => name));
  }
}

/**
 * Returns the current millisecond and waits until the clock has moved past it, so a credential
 * issued in the same millisecond as the switch counts as "before" and one issued after it never does.
 */
function nextMillisecond(): number {
  const now = Date.now();
  while (Date.now() === now) {
    // spin for at most one millisecond
  }
  return now;
}
