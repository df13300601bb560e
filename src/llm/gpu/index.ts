export { detectGpu } from './detect.js';
export { formatGpuReport } from './report.js';
export { parseNvidiaSmiCsv, parseProcDriverVersion, NVIDIA_SMI_ARGS } from './nvidia-smi-parse.js';
export type { NvidiaSmiParse } from './nvidia-smi-parse.js';
export { nvidiaSmiCandidates } from './nvidia-smi-locate.js';
export { execFileResult } from './system.js';
export {
  DEFAULT_OLLAMA_MODEL,
  OLLAMA_MODEL_TIERS,
  explainOllamaModel,
  recommendOllamaModel,
  resolveOllamaModel,
} from './model-tier.js';
export type { OllamaModelSource, ResolveOllamaModelInput } from './model-tier.js';
export type { DetectGpuOptions, ExecFn, ExecResult, GpuDevice, GpuInfo, GpuSource, GraphicsController } from './types.js';
