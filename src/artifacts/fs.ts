import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/** Writes a file so that readers see the old content or the new, never half of it (temp file + rename). */
export function writeFileAtomic(file: string, data: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes JSON with a trailing newline. */
export function writeJson(file: string, value: unknown, atomic = false): void {
  const data = JSON.stringify(value, null, 2) + '\n';
  if (atomic) writeFileAtomic(file, data);
  else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}
