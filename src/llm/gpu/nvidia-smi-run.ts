import { NVIDIA_SMI_ARGS, parseNvidiaSmiCsv } from './nvidia-smi-parse.js';
import type { ExecFn, GpuDevice } from './types.js';

export interface NvidiaSmiRun {
  /** The binary that answered (successfully or not); absent when none was found. */
  path?: string;
  gpus: GpuDevice[];
  errors: string[];
}

function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 300 ? `${t.slice(0, 300)}...` : t;
}

/**
 * Runs the first nvidia-smi among `candidates` that exists and explains any failure. A candidate
 * that cannot be started (vanished, not executable) is passed over for the next one; its problem
 * is reported only when no later candidate answers.
 */
export async function runNvidiaSmi(input: {
  candidates: string[];
  exec: ExecFn;
  isFile: (path: string) => Promise<boolean>;
  timeoutMs: number;
}): Promise<NvidiaSmiRun> {
  const startErrors: string[] = [];
  let lastTried: string | undefined;
  for (const candidate of input.candidates) {
    if (!(await input.isFile(candidate))) continue;
    const res = await input.exec(candidate, [...NVIDIA_SMI_ARGS], { timeoutMs: input.timeoutMs });
    if (res.errorCode === 'ENOENT') continue;
    if (res.errorCode) {
      lastTried = candidate;
      startErrors.push(`Could not run ${candidate} (${res.errorCode}): check that the file is executable by this user.`);
      continue;
    }
    if (res.timedOut) {
      return {
        path: candidate,
        gpus: [],
        errors: [
          `${candidate} did not answer within ${input.timeoutMs} ms: the driver may be hung or a GPU may need a reset. Run \`nvidia-smi\` by hand, or raise the GPU probe timeout.`,
        ],
      };
    }
    const parsed = parseNvidiaSmiCsv(res.stdout);
    if (res.exitCode !== 0) {
      // The driver-failure text arrives with a non-zero exit; the parser already explains it.
      if (parsed.errors.length > 0 && parsed.gpus.length === 0) return { path: candidate, gpus: [], errors: parsed.errors };
      const detail = excerpt(res.stderr || res.stdout) || 'no output';
      const why =
        res.exitCode === 2
          ? 'it rejected the query (exit 2: an invalid field or argument; the driver may be too old for this query)'
          : `it exited with code ${res.exitCode}`;
      return {
        path: candidate,
        gpus: [],
        errors: [`${candidate} failed: ${why}. Output: ${detail}. Run \`nvidia-smi\` by hand to see the full message.`],
      };
    }
    return { path: candidate, gpus: parsed.gpus, errors: parsed.errors };
  }
  return { ...(lastTried ? { path: lastTried } : {}), gpus: [], errors: startErrors };
}
