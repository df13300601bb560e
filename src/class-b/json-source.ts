// Which JSON file a test-source identifier was loaded from. Static regexes, anchored at the line's
// start or sticky at a declaration (the old form built one regex per name, with an unanchored `[^=]+`).
import { existsSync } from 'node:fs';
import path from 'node:path';

const IMPORT_JSON = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])(.+?\.json)\2/;
const DECLARATION = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g;
// Sticky, tried right after `const <name>`: the type annotation and the loader call.
const LOADERS: [RegExp, 'file' | 'cwd'][] = [
  [/\s*(?::[^=]+)?=\s*JSON\.parse\(\s*readFileSync\(\s*(?:new URL\(\s*|path\.(?:join|resolve)\(\s*__dirname\s*,\s*)(['"])(.+?\.json)\1/y, 'file'],
  [/\s*(?::[^=]+)?=\s*JSON\.parse\(\s*readFileSync\(\s*(['"])(.+?\.json)\1/y, 'cwd'],
  [/\s*=\s*require\(\s*(['"])(.+?\.json)\1/y, 'file'],
];

/** The path written for `root` on one line, and what it is relative to. */
function jsonPathOn(line: string, root: string): { file: string; base: 'file' | 'cwd' } | undefined {
  const imp = IMPORT_JSON.exec(line.trimStart());
  if (imp?.[1] === root && imp[3]) return { file: imp[3], base: 'file' };
  for (const [re, base] of LOADERS) {
    for (const d of line.matchAll(DECLARATION)) {
      if (d[1] !== root) continue;
      re.lastIndex = d.index + d[0].length;
      const m = re.exec(line);
      if (m?.[2]) return { file: m[2], base };
    }
  }
  return undefined;
}

/**
 * The JSON file an identifier was loaded from: `import x from './x.json'` (with or without
 * `with { type: 'json' }`), `require('./x.json')`, or `JSON.parse(readFileSync(...))` with a path relative
 * to the file (`new URL(..., import.meta.url)`, `path.join(__dirname, ...)`) or to the working directory.
 */
export function jsonSource(lines: string[], root: string, dir: string, rootDir: string): string | undefined {
  for (const line of lines) {
    const found = jsonPathOn(line, root);
    if (!found) continue;
    // A bare relative path is read from the working directory: the repository root, usually.
    const candidates = found.base === 'file' ? [path.resolve(dir, found.file)] : [path.resolve(rootDir, found.file), path.resolve(dir, found.file)];
    return candidates.find((c) => existsSync(c)) ?? candidates[0];
  }
  return undefined;
}
