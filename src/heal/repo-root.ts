// The repository a run belongs to, on its own: the reporter needs it from onBegin, before the heal
// pipeline (heal/context.ts and what it loads) is.
import { execFileSync } from 'node:child_process';

/**
 * The git work tree that holds the config, else the config's folder. A config inside a folder its
 * work tree ignores (a generated suite under a repo's temp dir) is a project of its own.
 */
export function repositoryRoot(configDir: string): string {
  const git = (args: string[]) => execFileSync('git', args, { cwd: configDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']);
  } catch {
    return configDir;
  }
  if (!top) return configDir;
  try {
    git(['check-ignore', '-q', '.']);
    return configDir; // exit 0: ignored
  } catch {
    return top;
  }
}
