// Greps artifacts and stand-in traffic for seeded secrets, in the forms a path could turn them into:
// as typed, URL-encoded, JSON-escaped, and base64 (alone, or inside a base64 string such as a git blob).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, recursively; folders named in `skip` (base names) are not entered. */
export function filesUnder(dir: string, skip: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) return skip.includes(name) ? [] : filesUnder(p, skip);
    return st.isFile() ? [p] : [];
  });
}

/** A card number as people write it: in groups of four, with spaces or dashes. */
function grouped(seed: string): string[] {
  if (!/^\d{13,19}$/.test(seed)) return [];
  return [' ', '-'].map((sep) => seed.replace(/(\d{4})(?=\d)/g, `$1${sep}`));
}

/**
 * The forms a secret can take on the way out: raw, grouped (card numbers), URL-encoded (both
 * flavours), JSON-escaped, base64.
 */
export function encodings(seed: string): string[] {
  const forms = [
    seed,
    ...grouped(seed),
    encodeURIComponent(seed),
    encodeURI(seed),
    JSON.stringify(seed).slice(1, -1),
    JSON.stringify(JSON.stringify(seed)).slice(3, -3),
    Buffer.from(seed).toString('base64').replace(/=+$/, ''),
    Buffer.from(seed).toString('base64url').replace(/=+$/, ''),
  ];
  return [...new Set(forms)];
}

const BASE64_RUN = /[A-Za-z0-9+/]{24,}={0,2}/g;

/** `text` plus the decoded form of every long base64 run in it (git blobs, inline attachment bodies). */
export function withDecodedBase64(text: string): string {
  const decoded: string[] = [];
  for (const m of text.matchAll(BASE64_RUN)) {
    const bytes = Buffer.from(m[0], 'base64');
    const s = bytes.toString('utf8');
    // Only text that decodes cleanly: random letters that happen to be base64 decode to binary noise.
    if (!s.includes('\uFFFD')) decoded.push(s);
  }
  return decoded.length ? `${text}\n${decoded.join('\n')}` : text;
}

/** Characters of a secret that count as a leak on their own: a cut secret (its head kept) leaks too. */
export const PARTIAL_LENGTH = 11;

/** The first run of PARTIAL_LENGTH characters of `seed` (as typed or grouped) found in `hay`. */
function partialIn(hay: string, seed: string): string | undefined {
  for (const form of [seed, ...grouped(seed)]) {
    for (let i = 0; i + PARTIAL_LENGTH <= form.length; i++) {
      const piece = form.slice(i, i + PARTIAL_LENGTH);
      if (hay.includes(piece)) return piece;
    }
  }
  return undefined;
}

/** "<seed name> (<form>) in <where>" for every seed, whole in any of its forms or in part, found in `text`. */
export function findSeeds(text: string, seeds: Record<string, string>, where: string): string[] {
  const hay = withDecodedBase64(text);
  const out: string[] = [];
  for (const [name, seed] of Object.entries(seeds)) {
    const form = encodings(seed).find((f) => hay.includes(f));
    if (form !== undefined) {
      out.push(`${name}${form === seed ? '' : ` (as ${form})`} in ${where}`);
      continue;
    }
    const piece = partialIn(hay, seed);
    if (piece !== undefined) out.push(`${name} (in part: ${piece}) in ${where}`);
  }
  return out;
}

/** Leaks in each file (read as latin1 so binary files are grepped too), named relative to `root`. */
export function findSeedsInFiles(files: string[], seeds: Record<string, string>, root: string): string[] {
  return files.flatMap((f) => findSeeds(readFileSync(f, 'latin1'), seeds, path.relative(root, f)));
}

/** A stand-in request as one text: method, path and query, every header, the body. */
export function requestText(r: { method?: string; path?: string; url?: string; query?: string; headers?: Record<string, unknown>; body?: unknown }): string {
  const body = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? '');
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  return [`${r.method ?? ''} ${r.url ?? r.path ?? ''}${r.query ? `?${r.query}` : ''}`, ...headers, '', body].join('\n');
}
