// A small glob matcher for allowedPaths and Playwright's testMatch (Node 20 has no stable fs.glob /
// path.matchesGlob). Supports `**` (any number of path segments), `*` and `?` (within one segment),
// `{a,b}`, `[abc]`/`[!abc]` and the extglobs `@(a|b)`, `?(a|b)`, `+(a|b)`, `*(a|b)` that Playwright's
// default testMatch uses. `!(a|b)` is refused (an error), so a pattern we cannot read never matches.
import { trimTrailingSlashes } from '../../common/strings.js';

const cache = new Map<string, RegExp>();

function escapeChar(c: string): string {
  return /[\\^$.|+()[\]{}*?]/.test(c) ? `\\${c}` : c;
}

/** `[abc]`, `[!a-z]` at `i`: the regex class and the index of `]`, or undefined for a literal `[`. */
function charClass(glob: string, i: number): { re: string; end: number } | undefined {
  let j = i + 1;
  let negate = false;
  if (glob[j] === '!' || glob[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  for (let first = true; j < glob.length; j++, first = false) {
    const c = glob[j] as string;
    if (c === ']' && !first) return { re: `[${negate ? '^/' : ''}${body}]`, end: j };
    body += c === '\\' || c === '^' || c === '[' || c === ']' ? `\\${c}` : c === '/' ? '' : c;
  }
  return undefined;
}

const EXTGLOB_QUANTIFIER: Record<string, string> = { '@': '', '?': '?', '+': '+', '*': '*' };

/** Compiles a posix glob into an anchored RegExp (`flags`: e.g. `i` for Playwright's case-insensitive testMatch). */
export function globToRegExp(glob: string, flags = ''): RegExp {
  const hit = cache.get(`${flags}:${glob}`);
  if (hit) return hit;
  let out = '';
  let braceDepth = 0;
  // Open extglob groups: the quantifier each closes with.
  const groups: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (glob[i + 1] === '(' && c in EXTGLOB_QUANTIFIER) {
      groups.push(EXTGLOB_QUANTIFIER[c] as string);
      out += '(?:';
      i += 1;
    } else if (c === '!' && glob[i + 1] === '(') {
      throw new Error(`Unsupported "!(...)" in glob "${glob}": list the files to match instead of the ones to leave out.`);
    } else if (c === ')' && groups.length > 0) {
      out += `)${groups.pop() as string}`;
    } else if (c === '|' && groups.length > 0) {
      out += '|';
    } else if (c === '[' && charClass(glob, i)) {
      const cls = charClass(glob, i) as { re: string; end: number };
      out += cls.re;
      i = cls.end;
    } else if (c === '*') {
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
  if (groups.length > 0) throw new Error(`Unbalanced "(" in glob "${glob}": close every "@(a|b)" group.`);
  const re = new RegExp(`^${out}$`, flags);
  cache.set(`${flags}:${glob}`, re);
  return re;
}

function hasMagic(glob: string): boolean {
  return /[*?{[]|[@+]\(/.test(glob);
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
