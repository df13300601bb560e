import { execFile } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import type { ExecFn, ExecResult, GraphicsController } from './types.js';

/** `child_process.execFile` that resolves with every outcome instead of throwing. */
export const execFileResult: ExecFn = (file, args, { timeoutMs }) =>
  new Promise<ExecResult>((resolve) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', windowsHide: true, maxBuffer: 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr, exitCode: 0, timedOut: false });
          return;
        }
        const err = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null; code?: string | number };
        const spawnCode = typeof err.code === 'string' ? err.code : undefined;
        resolve({
          stdout: String(stdout ?? ''),
          stderr: String(stderr ?? ''),
          exitCode: typeof err.code === 'number' ? err.code : null,
          ...(spawnCode ? { errorCode: spawnCode } : {}),
          // execFile kills the child itself when `timeout` passes and then reports `killed`.
          timedOut: err.killed === true && spawnCode === undefined,
        });
      },
    );
  });

export const readTextFile = (path: string): Promise<string> => readFile(path, 'utf8');

export const listDir = (path: string): Promise<string[]> => readdir(path);

export async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** systeminformation's controllers; loaded lazily because it is only needed without nvidia-smi. */
export async function systemGraphics(): Promise<GraphicsController[]> {
  const si = await import('systeminformation');
  const data = await si.graphics();
  return data.controllers;
}
