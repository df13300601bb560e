// A small glob matcher for allowedPaths (Node 20 has no stable fs.glob / path.matchesGlob).
// Supports `**` (any number of path segments), `*` and `?` (within one segment) and `{a,b}`.
import { trimTrailingSlashes } from '../../../strings.js';

const cache = new Map<string, RegExp>();

function escapeChar(c: string): string {
  return /[\\^$.|+()[\]{}*?]/.test(c) ? `\\${c}` : c;
}

/** Compiles a posix glob into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          if (glob[i + 2] === '/') {
            // `**/` : zero or more whole segments.
            out += '(?:[^/]+/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        // `a**b` behaves like `a*b`.
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeChar(glob[++i] as string);
    } else {
      out += escapeChar(c);
    }
  }
  if (braceDepth > 0) throw new Error(`Unbalanced "{" in glob "${glob}": close every "{a,b}" group.`);
  const re = new RegExp(`^${out}$`);
  cache.set(glob, re);
  return re;
}

function hasMagic(glob: string): boolean {
  return /[*?{]/.test(glob);
}

/**
 * True when the posix path `file` matches `glob`. A glob without wildcards names a file or a folder
 * (and then everything under it), so `allowedPaths: ['e2e']` reads the way people expect.
 */
export function matchesGlob(file: string, glob: string): boolean {
  const g = trimTrailingSlashes(glob);
  if (!hasMagic(g)) return file === g || file.startsWith(`${g}/`);
  return globToRegExp(g).test(file);
}
