import type { HealConfig } from '../config/schema.js';
import type { GpuInfo } from '../llm/gpu/index.js';

export type CheckStatus = 'OK' | 'WARN' | 'FAIL';

/** One line of `healwright doctor`. */
export interface DoctorCheck {
  /** gpu, ollama, ollama-model, ollama-gpu, anthropic, github, railway. */
  name: string;
  status: CheckStatus;
  /** What was found, in one sentence. */
  detail: string;
  /** The exact next step, when there is one. */
  next?: string;
}

/** The GPU part of `--json`; null fields when unknown. Figures of the GPU that sizes the model. */
export interface DoctorGpu {
  name: string | null;
  vramTotalMiB: number | null;
  vramFreeMiB: number | null;
  driver: string | null;
  recommendedModel: string;
}

/** What every check gets. */
export interface DoctorContext {
  env: NodeJS.ProcessEnv;
  config?: HealConfig;
  /** Limit of each network call, ms. */
  timeoutMs: number;
  gpu: GpuInfo | null;
}

export function check(name: string, status: CheckStatus, detail: string, next?: string): DoctorCheck {
  return { name, status, detail, ...(next ? { next } : {}) };
}

/** An env var's trimmed value; empty counts as unset. */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}
