import { placeholderFor } from './placeholder.js';
import { redactText } from './redact.js';
import { isSecretObjectKey, secretTypeForKey } from './secret-names.js';
import type { RedactOptions } from './types.js';

const MAX_DEPTH = 64;

function isPlainRecord(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

type TextFn = (s: string) => string;

function walk(value: unknown, text: TextFn, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return text(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[MaxDepth]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, text, seen, depth + 1));
    // Message and stack are not enumerable: copy them out so they are redacted, not dropped or kept.
    if (value instanceof Error) {
      return { name: value.name, message: text(value.message), stack: value.stack && text(value.stack) };
    }
    if (!isPlainRecord(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const cleanKey = text(key);
      if (isSecretObjectKey(key) && (typeof child === 'string' || typeof child === 'number') && child !== '') {
        out[cleanKey] = placeholderFor(secretTypeForKey(key));
      } else {
        out[cleanKey] = walk(child, text, seen, depth + 1);
      }
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/**
 * Redacts every string inside a JSON-like value (plain objects and arrays, to any depth) and
 * returns a copy. A string or number under a secret-named key (`password`, `client_secret`,
 * `apiKey`, `refreshToken`, `authorization`, `cookie`, ...) is replaced whole by its placeholder;
 * keys themselves are redacted like any string. An Error becomes a plain `{ name, message, stack }`
 * with both texts redacted; other class instances (Date, Map, Buffer, ...) are returned as they
 * are; a cycle becomes `'[Circular]'`, nesting past 64 levels `'[MaxDepth]'`.
 */
export function redactDeep<T>(value: T, options?: RedactOptions): T {
  return walk(value, (s) => redactText(s, options), new WeakSet(), 0) as T;
}

/** {@link redactDeep} with the caller's own text redactor (one that already carries its options). */
export function redactDeepWith<T>(value: T, text: (s: string) => string): T {
  return walk(value, text, new WeakSet(), 0) as T;
}
