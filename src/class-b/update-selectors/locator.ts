// Locator chains as data: `getByRole('button', { name: 'Save' }).first()` read from an error message or a
// source line, compared step by step, and written back as code in the source's quote style.
import { matchLine } from '../../triage/lines.js';
import { parseArgs, renderString, tokenize, type JsValue, type Token } from '../source.js';

/** One call of a locator chain. `start`/`end` are offsets in the text it was read from. */
export interface LocatorStep {
  method: string;
  args: JsValue[];
  start: number;
  end: number;
  /** The old `page.click('text=Save')` form: a selector string passed to a page action. */
  selectorArg?: boolean;
  /**
   * One part of a `>>` selector string (`'.card >> text=Buy >> nth=1'`), as Playwright prints it: its
   * value's `start`/`end` are the part's own characters inside the string, without quotes, so it is
   * only ever edited in place (rewrite.ts).
   */
  chainPart?: { quote: "'" | '"' | '`' };
}

/**
 * The parts of a `>>` chain in a selector string, cut outside quotes, brackets and parentheses as
 * Playwright's selector parser cuts them, each trimmed, with where it starts in the string (one part:
 * no chain). Undefined for an unterminated quote or an empty part. Linear.
 */
export function selectorChainParts(selector: string): { text: string; at: number }[] | undefined {
  const parts: { text: string; at: number }[] = [];
  const cut = (from: number, to: number): boolean => {
    const raw = selector.slice(from, to);
    const text = raw.trim();
    parts.push({ text, at: from + raw.length - raw.trimStart().length });
    return text !== '';
  };
  let from = 0;
  let quote = '';
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === '>' && selector[i + 1] === '>' && depth === 0) {
      if (!cut(from, i)) return undefined;
      from = i + 2;
      i++;
    }
  }
  return quote || !cut(from, selector.length) ? undefined : parts;
}

/** A `>> nth=N` part: N from 0, negative from the end. */
export const NTH_PART = /^nth=(-?\d{1,4})$/;

/**
 * A source step `locator('.card >> text=Buy >> nth=1')` (or a page action's selector string) as
 * Playwright prints it: `locator('.card').locator('text=Buy').nth(1)`, each part pointing at its own
 * characters. Only a string written without escapes (its characters are its value), whose parts are
 * all non-empty; anything else stays one step.
 */
function splitChainStep(step: LocatorStep, line: string): LocatorStep[] {
  const arg = step.args[0];
  if (step.method !== 'locator' || step.args.length !== 1 || arg?.t !== 'str' || !arg.v.includes('>>')) return [step];
  if (line.slice(arg.start + 1, arg.end - 1) !== arg.v) return [step];
  const parts = selectorChainParts(arg.v);
  if (!parts || parts.length < 2) return [step];
  const out: LocatorStep[] = [];
  for (const { text: part, at } of parts) {
    const start = arg.start + 1 + at;
    const end = start + part.length;
    const nth = NTH_PART.exec(part);
    const value: JsValue = nth ? { t: 'num', v: Number(nth[1]), start, end } : { t: 'str', v: part, quote: arg.quote, start, end };
    out.push({ method: nth ? 'nth' : 'locator', args: [value], start, end, chainPart: { quote: arg.quote } });
  }
  return out;
}

/** Methods that build or narrow a locator. */
export const LOCATOR_METHODS = new Set([
  'locator', 'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId',
  'frameLocator', 'contentFrame', 'filter', 'first', 'last', 'nth', 'and', 'or',
]);

/** Steps that pick elements (as opposed to first/last/nth/filter, which narrow a set). */
export const QUERY_METHODS = new Set(['locator', 'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId']);

/** Whether later query steps of `chain` search inside what step `at` finds: that step is a scope, not what the chain ends on. */
export const searchedIn = (chain: readonly Pick<LocatorStep, 'method'>[], at: number): boolean => chain.slice(at + 1).some((s) => QUERY_METHODS.has(s.method));

/** Page methods that take a selector string first (the pre-locator API). */
const SELECTOR_ACTIONS = new Set([
  'click', 'dblclick', 'fill', 'check', 'uncheck', 'hover', 'focus', 'press', 'type', 'tap', 'selectOption', 'setInputFiles',
  'textContent', 'innerText', 'innerHTML', 'inputValue', 'getAttribute', 'isVisible', 'isHidden', 'isChecked', 'isEnabled', 'waitForSelector',
]);

const isPunct = (t: Token | undefined, v: string) => t?.kind === 'punct' && t.value === v;

/** Options whose value is a locator (`filter({ has: page.locator('.title') })`). */
const NESTED_OPTIONS = new Set(['has', 'hasNot']);

/**
 * Reads the locator chains written as `has` / `hasNot` values of a call's options into their `dyn`
 * value's `chain`, when the value is one chain on a receiver (`page.`, `this.page.`, none in a message)
 * that starts with a query and ends where the value ends. Anything else stays a plain computed value.
 */
function readNested(tokens: Token[], args: JsValue[]): void {
  for (const arg of args) {
    if (arg.t !== 'obj') continue;
    for (const { key, value } of arg.entries) {
      if (!NESTED_OPTIONS.has(key) || value.t !== 'dyn') continue;
      let j = tokens.findIndex((t) => t.start === value.start);
      for (let t = tokens[j]; t?.kind === 'ident' && !LOCATOR_METHODS.has(t.value) && isPunct(tokens[j + 1], '.'); t = tokens[j]) j += 2;
      if (j < 0) continue;
      const { steps } = readChain(tokens, j);
      const [first] = steps;
      if (first && QUERY_METHODS.has(first.method) && steps[steps.length - 1]?.end === value.end) value.chain = steps;
    }
  }
}

/** Reads the chain that starts with a method name at `tokens[i]`; steps continue through `.method(...)`. */
function readChain(tokens: Token[], i: number): { steps: LocatorStep[]; next: number } {
  const steps: LocatorStep[] = [];
  while (true) {
    const name = tokens[i];
    if (name?.kind !== 'ident' || !LOCATOR_METHODS.has(name.value) || !isPunct(tokens[i + 1], '(')) break;
    const call = parseArgs(tokens, i + 1);
    if (!call) break;
    if (name.value === 'filter' || name.value === 'locator') readNested(tokens, call.args);
    steps.push({ method: name.value, args: call.args, start: name.start, end: (tokens[call.close] as Token).end });
    i = call.close + 1;
    if (!(isPunct(tokens[i], '.') || isPunct(tokens[i], '?.'))) break;
    i++;
  }
  return { steps, next: i };
}

/** The locator chain written at the start of `text` (as Playwright prints it in messages). */
export function parseLocatorText(text: string): LocatorStep[] {
  return readChain(tokenize(text), 0).steps;
}

/** A locator as Playwright prints it, in the one form healwright renders (`getByRole('button', { name: 'Save' })`). */
export function normalizeLocatorText(text: string): string {
  const steps = parseLocatorText(text);
  return steps.length ? renderChain(steps) : text;
}

/** The most of one message line read as a locator: real ones are a few hundred characters, a page can print 64 KB. */
const LOCATOR_TEXT_MAX = 4000;

/** Where an error message names its locator: `Locator:`, a strict-mode line, or `waiting for`. */
export function locatorFromMessage(message: string): LocatorStep[] | undefined {
  // The `Locator:` line, by a line scan (/^\s*Locator:\s+/m is quadratic on a run of blank lines).
  const line = matchLine(message, /^Locator:\s(.*)$/, 'Locator:');
  const located = line ? parseLocatorText((line[1] as string).trimStart().slice(0, LOCATOR_TEXT_MAX)) : [];
  if (located.length) return located;
  const anchors = [/strict mode violation: /, /waiting for (?:expect\()?(?=(?:getBy\w+|locator|frameLocator)\()/, /Expect "[^"]*" (?=(?:getBy\w+|locator)\()/];
  for (const re of anchors) {
    const m = re.exec(message);
    if (!m) continue;
    const from = m.index + m[0].length;
    const eol = message.indexOf('\n', from);
    const steps = parseLocatorText(message.slice(from, Math.min(eol < 0 ? message.length : eol, from + LOCATOR_TEXT_MAX)));
    if (steps.length) return steps;
  }
  return undefined;
}

/** A chain written in a source line (after its receiver: `page.`, `this.dialog.`, ...). */
export interface SourceChain {
  steps: LocatorStep[];
}

/** Every locator chain in one line of source. */
export function chainsInLine(line: string): SourceChain[] {
  const tokens = tokenize(line);
  const out: SourceChain[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const dot = tokens[i - 1];
    if (t.kind !== 'ident' || !(isPunct(dot, '.') || isPunct(dot, '?.')) || !isPunct(tokens[i + 1], '(')) continue;
    if (LOCATOR_METHODS.has(t.value)) {
      const { steps, next } = readChain(tokens, i);
      if (steps.length) out.push({ steps: steps.flatMap((st) => splitChainStep(st, line)) });
      i = Math.max(i, next - 1);
    } else if (SELECTOR_ACTIONS.has(t.value)) {
      const call = parseArgs(tokens, i + 1);
      const sel = call?.args[0];
      if (sel?.t === 'str') out.push({ steps: splitChainStep({ method: 'locator', args: [sel], start: sel.start, end: sel.end, selectorArg: true }, line) });
    }
  }
  return out;
}

const canonical = (s: Pick<LocatorStep, 'method' | 'args'>): string => {
  const n = s.args[0];
  if (s.method === 'nth' && n?.t === 'num' && n.v === 0) return 'first';
  if (s.method === 'nth' && n?.t === 'num' && n.v === -1) return 'last';
  return s.method;
};

/** Equal literal values; `dyn` (computed in source) matches anything. `exact: false` equals no `exact`. */
export function valuesMatch(a: JsValue | undefined, b: JsValue | undefined): boolean {
  if (a?.t === 'dyn' || b?.t === 'dyn') return true;
  const none: JsValue = { t: 'obj', entries: [], start: 0, end: 0 };
  // A missing options object equals one that only spells out defaults (`{ exact: false }`).
  if (!a || !b) return a === b || valuesMatch(a ?? none, b ?? none);
  if (a.t === 'obj' && b.t === 'obj') {
    const keys = (o: typeof a) => o.entries.filter((e) => !(e.key === 'exact' && e.value.t === 'bool' && !e.value.v));
    const ka = keys(a);
    const kb = keys(b);
    return ka.length === kb.length && ka.every((e) => valuesMatch(e.value, kb.find((f) => f.key === e.key)?.value ?? undefined));
  }
  if (a.t === 'arr' && b.t === 'arr') return a.items.length === b.items.length && a.items.every((x, i) => valuesMatch(x, b.items[i]));
  if (a.t === 're' && b.t === 're') return a.source === b.source && a.flags === b.flags;
  if ((a.t === 'str' || a.t === 'num' || a.t === 'bool') && a.t === b.t) return a.v === b.v;
  return a.t === 'null' && b.t === 'null';
}

/** A selector as Playwright reports it: `xpath=//a` is shown as `//a`, `css=.x` as `.x`. */
function reported(selector: string): string {
  if (selector.startsWith('xpath=') && /^\(*\//.test(selector.slice(6))) return selector.slice(6);
  if (selector.startsWith('css=')) return selector.slice(4);
  return selector;
}

export function stepsMatch(a: LocatorStep, b: LocatorStep): boolean {
  if (canonical(a) !== canonical(b)) return false;
  if (canonical(a) === 'first' || canonical(a) === 'last') return true;
  const [x, y] = [a.args[0], b.args[0]];
  if (a.method === 'locator' && a.args.length === 1 && b.args.length === 1 && x?.t === 'str' && y?.t === 'str') return reported(x.v) === reported(y.v);
  const n = Math.max(a.args.length, b.args.length);
  for (let i = 0; i < n; i++) if (!valuesMatch(a.args[i], b.args[i])) return false;
  return true;
}

/** True when a value (or anything inside it) was computed rather than written literally. */
export function isDynamic(v: JsValue | undefined): boolean {
  if (!v) return false;
  if (v.t === 'dyn') return !v.chain || v.chain.some((s) => s.args.some(isDynamic));
  if (v.t === 'obj') return v.entries.some((e) => isDynamic(e.value));
  if (v.t === 'arr') return v.items.some(isDynamic);
  return false;
}

type Quote = "'" | '"' | '`';

export function renderValue(v: JsValue, quote: Quote): string {
  switch (v.t) {
    case 'str':
      return renderString(v.v, quote);
    case 'num':
      return String(v.v);
    case 'bool':
      return String(v.v);
    case 'null':
      return 'null';
    case 're':
      return `/${v.source}/${v.flags}`;
    case 'obj':
      return v.entries.length ? `{ ${v.entries.map((e) => `${/^[A-Za-z_$][\w$]*$/.test(e.key) ? e.key : renderString(e.key, quote)}: ${renderValue(e.value, quote)}`).join(', ')} }` : '{}';
    case 'arr':
      return `[${v.items.map((x) => renderValue(x, quote)).join(', ')}]`;
    case 'dyn':
      if (v.chain && !isDynamic(v)) return renderChain(v.chain, quote);
      throw new Error('a computed value cannot be rendered');
  }
}

/** `getByRole('button', { name: 'Save' })` in the given quote style. */
export function renderStep(step: Pick<LocatorStep, 'method' | 'args'>, quote: Quote = "'"): string {
  return `${step.method}(${step.args.map((a) => renderValue(a, quote)).join(', ')})`;
}

export function renderChain(steps: Pick<LocatorStep, 'method' | 'args'>[], quote: Quote = "'"): string {
  return steps.map((s) => renderStep(s, quote)).join('.');
}

/** Shorthand builders for literal values (offsets are meaningless for built values). */
export const lit = {
  str: (v: string): JsValue => ({ t: 'str', v, quote: "'", start: 0, end: 0 }),
  num: (v: number): JsValue => ({ t: 'num', v, start: 0, end: 0 }),
  bool: (v: boolean): JsValue => ({ t: 'bool', v, start: 0, end: 0 }),
  obj: (entries: Record<string, JsValue>): JsValue => ({ t: 'obj', entries: Object.entries(entries).map(([key, value]) => ({ key, value })), start: 0, end: 0 }),
};

/** The `name`/`exact`/... option of a step's options object. */
export function option(step: Pick<LocatorStep, 'args'>, key: string): JsValue | undefined {
  for (const a of step.args) if (a.t === 'obj') return a.entries.find((e) => e.key === key)?.value;
  return undefined;
}

/** The quote style of the first string literal in a source step (single quotes when there is none). */
export function quoteOf(steps: LocatorStep[]): Quote {
  for (const s of steps) {
    for (const a of s.args) {
      if (a.t === 'str') return a.quote;
      if (a.t === 'obj') for (const e of a.entries) if (e.value.t === 'str') return e.value.quote;
    }
  }
  return "'";
}
