import type { RunSettings, TriageHandover } from '../triage/handover.js';
import type { RestartProviderConfig } from '../restart/index.js';
import type { ClassAFixStatus } from './records.js';

/** A user- or healwright-provided step (sign in again, refresh tokens). Resolves to a line for the record. */
export interface NamedStep {
  /** Shown in records, e.g. `healLogin` or `healLoginForm`. */
  name: string;
  run: () => Promise<string>;
}

/** What the Class A playbooks may use; the fixtures build it from their options and the environment. */
export interface ClassAInputs {
  /** API health URL to probe (2xx = healthy). */
  healthUrl?: string;
  /** How long to wait for health after a restart, in ms. */
  healthTimeoutMs: number;
  /** How long one health probe before deciding may take, in ms. Default 3 000. */
  probeTimeoutMs?: number;
  restart?: RestartProviderConfig;
  /** Why the configured restart provider is unusable (invalid config), when it is. */
  restartConfigError?: string;
  /** Absolute path of the storageState file the test uses. */
  storageStatePath?: string;
  /** Absolute path of the API tokens file (`{accessToken, refreshToken}`). */
  tokensFile?: string;
  /** Absolute URL the default refresh POSTs `{refreshToken}` to. */
  refreshEndpoint?: string;
  /** Signs in again and saves the new session; absent when no login is configured. */
  relogin?: NamedStep;
  /** The user's refresh hook; absent: the default refresh through `refreshEndpoint`. */
  refresh?: NamedStep;
  /** Env for the restart provider (RAILWAY_* and the command's environment). */
  env: NodeJS.ProcessEnv;
}

/** One failed attempt asking for a fix before its retry. */
export interface ClassARequest {
  runDir: string;
  settings: RunSettings;
  handover: TriageHandover;
  testId: string;
  /** The retry about to start. */
  retry: number;
  inputs: ClassAInputs;
  log?: (line: string) => void;
}

/** What a playbook did. */
export interface PlaybookResult {
  status: ClassAFixStatus;
  detail: string;
  actionId?: string;
  performed?: boolean;
  provider?: string;
}

/** Given to each playbook by the orchestrator. */
export interface PlaybookContext extends ClassARequest {
  dryRun: boolean;
  log: (line: string) => void;
  /**
   * Takes a slot of maxFixesPerRun and waits out the cooldown. Resolves to the reason when a
   * guardrail refuses, or undefined when the fix may run now.
   */
  takeFixSlot: () => Promise<string | undefined>;
  /** Milliseconds left before maxRunDuration. */
  timeLeft: () => number;
}
