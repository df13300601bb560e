// JSON test data: the same keys in the same order and the same shape; only string and number values
// may change, and never to an empty string.
import type { StructuralRefusal } from './types.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function parse(text: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch {
    return { ok: false };
  }
}

function kindOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function compare(b: Json, a: Json, at: string): string | undefined {
  const kb = kindOf(b);
  const ka = kindOf(a);
  if (kb !== ka) return `${at} changes from a ${kb} to a ${ka}`;
  if (Array.isArray(b) && Array.isArray(a)) {
    if (b.length !== a.length) return `${at} changes length (${b.length} -> ${a.length}); a patch may only change values`;
    for (let i = 0; i < b.length; i++) {
      const r = compare(b[i] as Json, a[i] as Json, `${at}[${i}]`);
      if (r) return r;
    }
    return undefined;
  }
  if (kb === 'object') {
    const ob = b as Record<string, Json>;
    const oa = a as Record<string, Json>;
    const keysB = Object.keys(ob);
    const keysA = Object.keys(oa);
    if (keysB.join('\u0000') !== keysA.join('\u0000')) return `${at} changes its keys; a patch may only change values`;
    for (const k of keysB) {
      const r = compare(ob[k] as Json, oa[k] as Json, `${at}.${k}`);
      if (r) return r;
    }
    return undefined;
  }
  if (b === a) return undefined;
  if (kb === 'boolean' || kb === 'null') return `${at} changes a ${kb}; only strings and numbers are test data`;
  if (kb === 'string' && (a as string).trim() === '') return `${at} becomes an empty string, which would match anything`;
  return undefined;
}

/** Why the JSON file `before` may not become `after`, or undefined. */
export function jsonRefusal(before: string, after: string): StructuralRefusal | undefined {
  const b = parse(before);
  if (!b.ok) return { rule: 'syntax', line: 1, reason: 'the JSON file does not parse as it is; the edit cannot be checked' };
  const a = parse(after);
  if (!a.ok) return { rule: 'syntax', line: 1, reason: 'the patched JSON file does not parse' };
  const why = compare(b.value, a.value, '$');
  if (!why) return undefined;
  const bl = before.split('\n');
  const al = after.split('\n');
  const line = al.findIndex((l, i) => l !== bl[i]) + 1 || 1;
  return { rule: 'json', line, reason: why };
}
