import { createHash } from 'node:crypto';
import { capText } from './input-cap.js';
import { stripAnsi } from './text.js';
import type { Category } from './types.js';

/**
 * Normalises an error message so that the same failure reads the same across tests and runs:
 * URLs, ids, numbers and durations are replaced, the call log and stack are dropped.
 */
export function normalizeMessage(message: string): string {
  const plain = stripAnsi(capText(message)); // the head decides; bounded work on a huge message
  const head: string[] = [];
  for (const raw of plain.split('\n')) {
    const line = raw.trim();
    if (/^call log:/i.test(line) || /^at\s/.test(line)) break;
    if (line) head.push(line);
    if (head.length >= 6) break;
  }
  return head
    .join(' ')
    .replace(/\b[a-z][a-z0-9+.-]{1,20}:\/\/\S{1,2048}/gi, '<url>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>')
    .replace(/\b[0-9a-f]{7,64}\b/gi, (m) => (/\d/.test(m) && /[a-f]/i.test(m) ? '<id>' : m))
    .replace(/\b\d+(?:\.\d+)?\s?(?:ms|s|sec|seconds|m|min)\b/gi, '<dur>')
    .replace(/\d+(?:\.\d+)?/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

/** Locators compare without the literal values of nth()/timeouts. */
export function normalizeLocator(locator: string | undefined): string {
  return (locator ?? '').replace(/\d+/g, '<n>').replace(/\s+/g, ' ').trim();
}

/** Stable 12-hex fingerprint of a failure: category + locator + normalised message. */
export function fingerprintFailure(input: { message: string; locator?: string; category: Category }): string {
  const key = `${input.category}\u0000${normalizeLocator(input.locator)}\u0000${normalizeMessage(input.message)}`;
  return createHash('sha1').update(key).digest('hex').slice(0, 12);
}
