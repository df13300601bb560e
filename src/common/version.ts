import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** healwright's own version, read from the package.json above this file (src/ or dist/src/). */
export function healwrightVersion(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = path.join(dir, 'package.json');
    if (existsSync(p)) {
      try {
        const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'healwright' && pkg.version) return (cached = pkg.version);
      } catch {
        break;
      }
    }
    dir = path.dirname(dir);
  }
  return (cached = '0.0.0');
}
