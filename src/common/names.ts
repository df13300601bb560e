// How healwright names a test everywhere it writes one: the title parts joined by ' › ', as Playwright
// prints them. Keys are built here and nowhere else, so history, re-runs and issues agree.
import path from 'node:path';

export const TITLE_SEPARATOR = ' › ';

/** Title parts joined as Playwright prints them; empty parts dropped. */
export function joinTitle(parts: readonly string[]): string {
  return parts.filter(Boolean).join(TITLE_SEPARATOR);
}

/**
 * The key that names one test in one project across runs: `project › file › describe… › title`, the
 * file relative to the repo root with `/`. From a reporter's TestCase:
 * `testKey(project, path.relative(repoRoot, test.location.file), test.titlePath().slice(3))`.
 */
export function testKey(project: string, relFile: string, titles: readonly string[]): string {
  return [project, relFile.split(path.sep).join('/'), ...titles].join(TITLE_SEPARATOR);
}

/** The repo-relative file of a testKey (project names and paths must not contain ' › '). */
export function fileOfKey(key: string): string {
  return key.split(TITLE_SEPARATOR)[1] ?? '';
}

/** The project of a testKey. */
export function projectOfKey(key: string): string {
  return key.split(TITLE_SEPARATOR)[0] ?? '';
}

/**
 * The key history.jsonl keeps: like testKey, but with no project part when the config has no projects
 * and `\` turned into `/` whatever the platform, so Windows and Linux CI agree.
 */
export function historyKey(project: string, file: string, titles: readonly string[]): string {
  return [...(project ? [project] : []), file.replace(/\\/g, '/'), ...titles].join(TITLE_SEPARATOR);
}
