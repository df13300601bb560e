/** One GPU as nvidia-smi (or, without memory figures, systeminformation) reports it. */
export interface GpuDevice {
  name: string;
  /** MiB; null when the tool reported `[N/A]` or could not say. */
  memoryTotalMiB: number | null;
  memoryFreeMiB: number | null;
  driverVersion: string | null;
}

/** Where the GPU list came from. */
export type GpuSource = 'nvidia-smi' | 'systeminformation' | 'none';

/** Result of {@link detectGpu}. */
export interface GpuInfo {
  /** True when at least one real GPU was found. */
  available: boolean;
  vendor?: string;
  gpus: GpuDevice[];
  /** Sum of `memoryTotalMiB` over all GPUs (0 when unknown). */
  totalVramMiB: number;
  /** `/proc/driver/nvidia/version` exists and names an NVIDIA kernel module. */
  driverConfirmed: boolean;
  source: GpuSource;
  /** The nvidia-smi binary that answered. */
  nvidiaSmiPath?: string;
  /** Ollama model sized to the VRAM of the largest single GPU. */
  recommendedModel: string;
  /** Why that model, in one sentence. */
  reason: string;
  /** Everything that went wrong on the way, each with the next step. */
  errors: string[];
}

/** Outcome of running a program; never thrown, so that every failure can be explained. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  /** Exit code; null when the process did not exit on its own (timeout, signal) or never started. */
  exitCode: number | null;
  /** Node's spawn error code, e.g. `ENOENT` (binary missing) or `EACCES`. */
  errorCode?: string;
  timedOut: boolean;
}

export type ExecFn = (file: string, args: string[], options: { timeoutMs: number }) => Promise<ExecResult>;

/** Minimal view of `systeminformation.graphics().controllers[n]`. */
export interface GraphicsController {
  vendor?: string;
  model?: string;
  name?: string;
}

/** Options of {@link detectGpu}; every process and file access can be replaced for tests. */
export interface DetectGpuOptions {
  /** Runs a program (default: `child_process.execFile`). */
  exec?: ExecFn;
  /** Reads a text file (default: `fs.promises.readFile` as UTF-8). */
  readFile?: (path: string) => Promise<string>;
  /** Lists a folder's entries (default: `fs.promises.readdir`), for the Windows DriverStore. */
  readdir?: (path: string) => Promise<string[]>;
  /** True when a regular file exists at the path (default: `fs.promises.stat`). */
  isFile?: (path: string) => Promise<boolean>;
  /** Graphics controllers (default: `systeminformation.graphics()`); only used when nvidia-smi has no answer. */
  graphics?: () => Promise<GraphicsController[]>;
  /** Default: `process.platform`. */
  platform?: NodeJS.Platform;
  /** Default: `process.env` (reads PATH and SystemRoot). */
  env?: Record<string, string | undefined>;
  /** Limit for each nvidia-smi run and for systeminformation, in ms. Default 5000. */
  timeoutMs?: number;
}
