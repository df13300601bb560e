import type { GpuDevice } from './types.js';

/** The query healwright sends; the parser expects its four columns in this order. */
export const NVIDIA_SMI_ARGS = [
  '--query-gpu=name,memory.total,memory.free,driver_version',
  '--format=csv,noheader,nounits',
] as const;

const DRIVER_FAILED = /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/i;

// nvidia-smi prints these instead of a value; all mean "unknown".
const UNKNOWN_VALUE = /^\[?(N\/A|Not Supported|Unknown Error|Insufficient Permissions|GPU requires reset)\]?$/i;

export interface NvidiaSmiParse {
  gpus: GpuDevice[];
  errors: string[];
}

function unknownToNull(raw: string): string | null {
  const value = raw.trim();
  return value === '' || UNKNOWN_VALUE.test(value) ? null : value;
}

function mib(raw: string): number | null {
  const value = unknownToNull(raw);
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Parses the output of `nvidia-smi --query-gpu=name,memory.total,memory.free,driver_version
 * --format=csv,noheader,nounits`: one line per GPU, memory in MiB, `[N/A]` for unknown values.
 * Pure: no process is run here.
 */
export function parseNvidiaSmiCsv(stdout: string): NvidiaSmiParse {
  if (DRIVER_FAILED.test(stdout)) {
    return {
      gpus: [],
      errors: [
        "nvidia-smi could not communicate with the NVIDIA driver: the driver is missing, not loaded or does not match the kernel. Reinstall or reload the driver (check `dmesg | grep -i nvrm`), or run on a GPU host.",
      ],
    };
  }
  const gpus: GpuDevice[] = [];
  const errors: string[] = [];
  for (const rawLine of stdout.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const fields = line.split(',');
    if (fields.length < 4) {
      errors.push(`Unexpected nvidia-smi line (expected "name, memory.total, memory.free, driver_version"): ${line.slice(0, 200)}`);
      continue;
    }
    // A name never holds the last three columns, so any extra comma belongs to the name.
    const tail = fields.splice(fields.length - 3, 3);
    const [total = '', free = '', driver = ''] = tail;
    const name = unknownToNull(fields.join(',')) ?? 'NVIDIA GPU';
    gpus.push({ name, memoryTotalMiB: mib(total), memoryFreeMiB: mib(free), driverVersion: unknownToNull(driver) });
  }
  return { gpus, errors };
}

/** Reads the driver version from `/proc/driver/nvidia/version` ("NVRM version: ... Kernel Module  580.159.04 ..."). */
export function parseProcDriverVersion(text: string): { confirmed: boolean; driverVersion: string | null } {
  const line = text.split(/\r?\n/).find((l) => /^NVRM version:/i.test(l.trim()));
  if (!line) return { confirmed: false, driverVersion: null };
  const version = /\b(\d+\.\d+(?:\.\d+)?)\b/.exec(line.replace(/^.*?Kernel Module/i, ''));
  return { confirmed: true, driverVersion: version?.[1] ?? null };
}
