import { describeSearch, nvidiaSmiCandidates } from './nvidia-smi-locate.js';
import { parseProcDriverVersion } from './nvidia-smi-parse.js';
import { runNvidiaSmi } from './nvidia-smi-run.js';
import { explainOllamaModel, recommendOllamaModel } from './model-tier.js';
import { execFileResult, isRegularFile, listDir, readTextFile, systemGraphics } from './system.js';
import type { DetectGpuOptions, GpuDevice, GpuInfo, GraphicsController } from './types.js';
import { withTimeout as raceTimeout } from '../../common/time.js';
import { processEnv } from '../../config/process-env.js';
import { describeThrown } from '../../common/errors.js';

const DEFAULT_TIMEOUT_MS = 5000;
const PROC_DRIVER_VERSION = '/proc/driver/nvidia/version';

// Display adapters of virtual machines and server management controllers: not GPUs to run a model on.
const NOT_A_GPU = /vmware|virtualbox|cirrus|qxl|red hat|bochs|hyper-v|microsoft basic|aspeed|matrox/i;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return raceTimeout(promise, ms, what, 'answer');
}

async function readDriverFile(platform: NodeJS.Platform, readFile: (p: string) => Promise<string>) {
  if (platform !== 'linux') return { confirmed: false, driverVersion: null };
  try {
    return parseProcDriverVersion(await readFile(PROC_DRIVER_VERSION));
  } catch {
    return { confirmed: false, driverVersion: null };
  }
}

function largestVram(gpus: GpuDevice[]): { mib: number | null; name?: string } {
  let best: GpuDevice | undefined;
  for (const gpu of gpus) {
    if (gpu.memoryTotalMiB !== null && (best?.memoryTotalMiB ?? -1) < gpu.memoryTotalMiB) best = gpu;
  }
  return best ? { mib: best.memoryTotalMiB, name: best.name } : { mib: null };
}

/**
 * Finds the GPUs of this machine and the Ollama model that fits them. Never throws: every
 * problem lands in `errors` with the next step. nvidia-smi is the only source of VRAM figures;
 * systeminformation only names vendor and model (its `vram` is not reliable for sizing).
 */
export async function detectGpu(options: DetectGpuOptions = {}): Promise<GpuInfo> {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? processEnv();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const errors: string[] = [];

  const driver = await readDriverFile(platform, options.readFile ?? readTextFile);
  const candidates = await nvidiaSmiCandidates({ platform, env, readdir: options.readdir ?? listDir });
  const smi = await runNvidiaSmi({
    candidates,
    exec: options.exec ?? execFileResult,
    isFile: options.isFile ?? isRegularFile,
    timeoutMs,
  });
  errors.push(...smi.errors);

  let gpus: GpuDevice[] = smi.gpus;
  let source: GpuInfo['source'] = gpus.length > 0 ? 'nvidia-smi' : 'none';
  let vendor: string | undefined = gpus.length > 0 ? 'NVIDIA' : undefined;

  if (gpus.length === 0) {
    let controllers: GraphicsController[] = [];
    try {
      controllers = await withTimeout((options.graphics ?? systemGraphics)(), timeoutMs, 'systeminformation.graphics()');
    } catch (err) {
      errors.push(`Could not list graphics controllers: ${describeThrown(err)}.`);
    }
    const real = controllers.filter((c) => !NOT_A_GPU.test(`${c.vendor ?? ''} ${c.model ?? ''}`) && (c.model || c.name));
    if (real.length > 0) {
      source = 'systeminformation';
      vendor = real[0]?.vendor || undefined;
      gpus = real.map((c) => ({
        name: (c.model || c.name) ?? 'GPU',
        memoryTotalMiB: null,
        memoryFreeMiB: null,
        driverVersion: null,
      }));
    }
    const nvidiaSeen = driver.confirmed || real.some((c) => /nvidia/i.test(`${c.vendor} ${c.model}`));
    if (nvidiaSeen && !smi.path) {
      errors.push(
        `An NVIDIA GPU or driver is present but nvidia-smi was not found (looked in ${describeSearch(platform)}): install the NVIDIA utilities or add nvidia-smi to PATH, or set OLLAMA_MODEL to choose a model yourself.`,
      );
    }
  }

  const largest = largestVram(source === 'nvidia-smi' ? gpus : []);
  const recommendedModel = recommendOllamaModel(largest.mib);
  let reason = explainOllamaModel(largest.mib, largest.name);
  if (source === 'systeminformation') reason += ' (VRAM unknown without nvidia-smi; set OLLAMA_MODEL to pick a larger model.)';
  else if (source === 'none' && !smi.path) reason += ` (no nvidia-smi in ${describeSearch(platform)}.)`;

  return {
    available: gpus.length > 0,
    ...(vendor ? { vendor } : {}),
    gpus,
    totalVramMiB: gpus.reduce((sum, g) => sum + (g.memoryTotalMiB ?? 0), 0),
    driverConfirmed: driver.confirmed,
    source,
    ...(smi.path ? { nvidiaSmiPath: smi.path } : {}),
    recommendedModel,
    reason,
    errors,
  };
}
