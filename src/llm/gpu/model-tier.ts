import type { GpuInfo } from './types.js';

/** The model used when no GPU (or too little VRAM) is found: small enough for a CPU. */
export const DEFAULT_OLLAMA_MODEL = 'llama3.2';

/** VRAM tiers, largest first; VRAM is that of the largest single GPU, in GiB (MiB / 1024). */
export const OLLAMA_MODEL_TIERS: readonly { minVramGiB: number; model: string }[] = [
  { minVramGiB: 48, model: 'codellama:34b' },
  { minVramGiB: 24, model: 'codellama:13b' },
  { minVramGiB: 10, model: 'codellama:7b' },
];

/**
 * nvidia-smi reports less than a card's nominal size (ECC and driver reservations): an RTX 4090
 * "24 GB" shows 24564 MiB, an L40S "48 GB" 46068 MiB. A tier admits cards up to 7% short of it.
 */
export const VRAM_TOLERANCE = 0.07;

function tierFor(vramMiB: number | null | undefined) {
  if (vramMiB == null || !Number.isFinite(vramMiB) || vramMiB <= 0) return undefined;
  const gib = vramMiB / 1024;
  return OLLAMA_MODEL_TIERS.find((t) => gib >= t.minVramGiB * (1 - VRAM_TOLERANCE));
}

/** The Ollama model that fits a GPU with this much VRAM (MiB); `llama3.2` for none or too little. */
export function recommendOllamaModel(vramMiB: number | null | undefined): string {
  return tierFor(vramMiB)?.model ?? DEFAULT_OLLAMA_MODEL;
}

/** One sentence saying why {@link recommendOllamaModel} chose its model. */
export function explainOllamaModel(vramMiB: number | null | undefined, gpuName?: string): string {
  if (vramMiB == null || !Number.isFinite(vramMiB) || vramMiB <= 0) {
    return `No GPU with known VRAM: ${DEFAULT_OLLAMA_MODEL} runs acceptably on a CPU.`;
  }
  const gib = (vramMiB / 1024).toFixed(1);
  const tier = tierFor(vramMiB);
  const who = gpuName ? `${gpuName} has` : 'Largest GPU has';
  return tier
    ? `${who} ${gib} GiB VRAM (${tier.minVramGiB} GiB class): ${tier.model}.`
    : `${who} ${gib} GiB VRAM (below the ${OLLAMA_MODEL_TIERS.at(-1)?.minVramGiB ?? 0} GiB class): ${DEFAULT_OLLAMA_MODEL}.`;
}

export type OllamaModelSource = 'env' | 'option' | 'gpu' | 'default';

export interface ResolveOllamaModelInput {
  /** Model named in the reporter options. */
  optionModel?: string;
  /** Environment (reads `OLLAMA_MODEL`); default none. */
  env?: Record<string, string | undefined>;
  /** Result of detectGpu, when it ran. */
  gpu?: Pick<GpuInfo, 'recommendedModel'> | null;
}

/** Picks the Ollama model: `OLLAMA_MODEL`, then the option, then the GPU tier, then `llama3.2`. */
export function resolveOllamaModel(input: ResolveOllamaModelInput): { model: string; source: OllamaModelSource } {
  const fromEnv = input.env?.['OLLAMA_MODEL']?.trim();
  if (fromEnv) return { model: fromEnv, source: 'env' };
  const fromOption = input.optionModel?.trim();
  if (fromOption) return { model: fromOption, source: 'option' };
  if (input.gpu?.recommendedModel) return { model: input.gpu.recommendedModel, source: 'gpu' };
  return { model: DEFAULT_OLLAMA_MODEL, source: 'default' };
}
