import type { RedactionPattern } from './types.js';

/**
 * A compiled literal gate: plain `includes` when no literal has a letter, else one
 * case-insensitive regex (a literal alternation: linear, one scan, nothing allocated).
 */
export type Gate = RegExp | readonly string[];

const SPECIAL = '\\^$.*+?()[]{}|/-';

function escapeLiteral(literal: string): string {
  let out = '';
  for (const ch of literal) out += SPECIAL.includes(ch) ? '\\' + ch : ch;
  return out;
}

function hasLetter(literal: string): boolean {
  return literal.toLowerCase() !== literal.toUpperCase();
}

const cache = new WeakMap<RedactionPattern, Gate | null>();

/** The gate of `pattern`, compiled once; undefined when it has no literals. */
export function gateOf(pattern: RedactionPattern): Gate | undefined {
  let gate = cache.get(pattern);
  if (gate === undefined) {
    const literals = pattern.literals ?? [];
    gate =
      literals.length === 0
        ? null
        : literals.some(hasLetter)
          ? new RegExp(literals.map(escapeLiteral).join('|'), 'i')
          : literals;
    cache.set(pattern, gate);
  }
  return gate ?? undefined;
}

/** False when `text` holds none of the gate's literals, so its pattern cannot match. */
export function passesGate(gate: Gate | undefined, text: string): boolean {
  if (gate === undefined) return true;
  if (gate instanceof RegExp) return gate.test(text);
  for (const literal of gate) if (text.includes(literal)) return true;
  return false;
}
