// Releases are fetched with `npm pack` at bench time into a git-ignored cache and unpacked there; a
// release already in the cache is never fetched again, so the bench runs offline once it has run once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test/helpers/run-inline.js';

export const CACHE_DIR = path.join(REPO_ROOT, '.tmp', 'release-drift-cache');

export class OfflineError extends Error {}

/** The unpacked `package/` folder of `name@version`, fetched into the cache when missing. */
export function unpackedRelease(name: string, version: string): string {
  const dir = path.join(CACHE_DIR, `${name.replace(/[@/]/g, '_')}-${version}`);
  const pkg = path.join(dir, 'package');
  if (existsSync(path.join(pkg, 'package.json'))) return pkg;
  mkdirSync(dir, { recursive: true });
  let tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) {
    try {
      execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    } catch (err) {
      throw new OfflineError(
        `release-drift: ${name}@${version} is not in ${CACHE_DIR} and \`npm pack\` could not fetch it (offline?): ${String((err as { stderr?: Buffer }).stderr ?? (err as Error).message).split('\n')[0]}. Run the bench once with registry access to fill the cache.`,
      );
    }
    tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new OfflineError(`release-drift: npm pack ${name}@${version} wrote no tarball into ${dir}`);
  }
  execFileSync('tar', ['xzf', tarball], { cwd: dir, stdio: 'ignore' });
  if (!existsSync(path.join(pkg, 'package.json'))) throw new Error(`release-drift: ${tarball} has no package/ folder`);
  return pkg;
}
