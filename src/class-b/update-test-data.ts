// Class B update-test-data, without an LLM: an equality assertion got a different primitive value. The
// expected literal (at the failing line, in a constant, or in the JSON fixture it was read from) becomes
// the received value. Same matcher, same polarity; regexes, bounds and timeouts are never touched.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { capInput } from '../triage/input-cap.js';
import { EXPECT_CALL, stripAnsi } from '../triage/text.js';
import { failureFrames, parseArgs, parseValue, readLines, renderString, tokenize, type JsValue, type StackFrame, type Token } from './source.js';
import type { HealerInput, HealerResult, SourceEdit } from './types.js';
import { jsonSource } from './json-source.js';
import { arrayElementDrift, expectsPattern, norm, parsePrinted, printedLine, type Primitive } from './printed-values.js';

import { expectSubject, isNothing, locatorRead } from './locator-subject.js';
import type { DomElement, DomSnapshot } from '../triage/dom-snapshot.js';
import { norm as normText } from './update-selectors/evaluate.js';

export { arrayElementDrift, parsePrinted } from './printed-values.js';

/**
 * Why a "nothing" received value (0, '', null) read through a locator is a selector drift, or undefined
 * when the failing line's expect does not read through one.
 */
function selectorDrift(frame: StackFrame, matcher: string, received: Primitive): string | undefined {
  const text = readLines(frame.file)?.[frame.line - 1];
  if (text === undefined || !matcherArg(text, matcher, frame.column)) return undefined;
  const subject = expectSubject(text, frame.column);
  const read = subject && locatorRead(subject);
  if (!read) return undefined;
  return `${matcher} received ${JSON.stringify(received)} from ${subject.text}: the locator matches nothing any more, which is a selector drift (update-selectors), never new test data; healwright does not write ${JSON.stringify(received)} into the test`;
}

/**
 * What an element says when it holds nothing: a placeholder word or dash ("none", "n/a", "—", "Nothing
 * selected"). A value the test expected that became one of these is not data that changed: the step that
 * should have filled the element did nothing (a click the page no longer hears, a filter that emptied it).
 */
const EMPTY_STATE = /^(?:none|null|undefined|nil|n\/a|na|-|\u2014|\u2013|nothing|empty|\(none\)|\(empty\)|not set|unset|no selection|nothing selected|none selected|no value)$/i;

/** The text an element shows, its whitespace collapsed. */
const shown = (e: DomElement) => normText(e.ownText ?? e.text ?? '');

/** Roles of the controls a user presses or picks, whose text says what they do. */
const CONTROL_ROLES = new Set(['button', 'link', 'tab', 'menuitem', 'option', 'radio', 'checkbox', 'switch']);

/** The element's parent and grandparent (indexes into the snapshot). */
function nearAncestors(dom: DomSnapshot, e: DomElement): number[] {
  const up: number[] = [];
  for (let at = e.parent; at >= 0 && up.length < 2; at = dom.elements[at]?.parent ?? -1) up.push(at);
  return up;
}

/**
 * Two elements of one kind: the same tag and role, and a class in common (or no class, under parents of one
 * tag); or two controls of one role (a tooltip's buttons, a toolbar's links) in one widget, their parents or
 * grandparents the same element.
 */
function sameKind(dom: DomSnapshot, a: DomElement, b: DomElement): boolean {
  if (a.tag !== b.tag || a.role !== b.role) return false;
  if (a.role && CONTROL_ROLES.has(a.role) && nearAncestors(dom, a).some((i) => nearAncestors(dom, b).includes(i))) return true;
  const ca = a.classes ?? [];
  const cb = b.classes ?? [];
  if (ca.length || cb.length) return ca.some((c) => cb.includes(c));
  return a.parent >= 0 && b.parent >= 0 && dom.elements[a.parent]?.tag === dom.elements[b.parent]?.tag;
}

/**
 * Why a text assertion's expected text is no new data: the page still shows it, in an element of the same kind
 * as one that shows the received text (an option, a row, a tab beside it). The locator now finds the element's
 * sibling (a positional id or index moved), a selector drift; writing the sibling's text into the test would
 * make it assert another thing. Undefined without a DOM snapshot, or for texts without a letter.
 */
function expectedOnSibling(dom: DomSnapshot | undefined, expected: string, received: string): string | undefined {
  const want = normText(expected);
  const got = normText(received);
  if (!dom || want.length < 2 || want.length > 200 || !/\p{L}/u.test(want) || want === got) return undefined;
  const showing = (text: string) => dom.elements.filter((e) => e.visible && shown(e) === text);
  const olds = showing(want);
  for (const now of showing(got)) {
    const old = olds.find((o) => o !== now && sameKind(dom, o, now));
    if (old) {
      return `the page still shows ${JSON.stringify(want)} in a <${old.tag}> of the same kind as the one that shows ${JSON.stringify(got)}: the locator finds another element than it meant (a selector drift), not new test data; healwright does not write ${JSON.stringify(got)} into the test`;
    }
  }
  return undefined;
}

/** Lines of a test body this far above its assertion are searched for the test's own input, at most. */
const ECHO_LINES = 200;

/**
 * Why a text the test expects is no new data: the test itself entered it, as a string argument of a call
 * between its declaration and the assertion (`pick(speed, 'Express (1-2 days)')`, `fill('Ada')`, then
 * `toHaveText('Express (1-2 days)')`). The assertion checks that the page took the test's own input; a page
 * that shows something else did not take it (a step that had no effect, a callback the release stopped
 * calling), and writing what it shows into the test would assert that the step does nothing.
 */
function enteredByTest(input: HealerInput, frame: StackFrame, expected: string, received: Primitive): string | undefined {
  if (path.resolve(frame.file) !== path.resolve(input.testFile) || frame.line <= input.testLine || normText(expected) === '') return undefined;
  const lines = readLines(frame.file);
  if (!lines) return undefined;
  for (let n = Math.max(input.testLine, frame.line - ECHO_LINES); n < frame.line; n++) {
    const tokens = tokenize(lines[n - 1] ?? '');
    const argument = (t: Token, i: number) => t.kind === 'string' && !t.dynamic && t.value === expected && tokens[i - 1]?.kind === 'punct' && ['(', ','].includes((tokens[i - 1] as Token & { kind: 'punct' }).value);
    if (tokens.some(argument)) {
      return `the test entered ${JSON.stringify(expected)} itself at ${path.basename(frame.file)}:${n}, before asserting it: the page showing ${JSON.stringify(received)} instead means that step had no effect (a selector or a real change), not new data; healwright does not write it into the test`;
    }
  }
  return undefined;
}

/** Matchers whose expected value is a plain value; the index of that argument. */
const VALUE_MATCHERS: Record<string, number> = { toBe: 0, toEqual: 0, toStrictEqual: 0, toHaveText: 0, toHaveValue: 0, toHaveTitle: 0, toHaveURL: 0, toHaveCount: 0, toHaveLength: 0, toHaveAttribute: 1 };

/** The literal written for the matcher's expected value on one line, nearest the stack column. */
function matcherArg(text: string, matcher: string, column: number): { value: JsValue; tokens: Token[] } | undefined {
  const tokens = tokenize(text);
  let best: { value: JsValue; tokens: Token[]; dist: number } | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'ident' || t.value !== matcher || (tokens[i - 1] as Token).kind !== 'punct' || (tokens[i - 1] as Token & { kind: 'punct' }).value !== '.') continue;
    const call = parseArgs(tokens, i + 1);
    const value = call?.args[VALUE_MATCHERS[matcher] as number];
    if (!value) continue;
    const dist = Math.abs(t.start + 1 - column);
    if (!best || dist < best.dist) best = { value, tokens, dist };
  }
  return best;
}

/** `data.customer.name` / `data['name']` / `LIMIT` as a root identifier and a key path. */
function memberPath(text: string): { root: string; keys: (string | number)[] } | undefined {
  const m = /^([A-Za-z_$][\w$]*)((?:\??\.[A-Za-z_$][\w$]*|\[(?:\d+|'[^']*'|"[^"]*")\])*)$/.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const keys = [...(m[2] as string).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g)].map((k) => (k[2] !== undefined ? Number(k[2]) : (k[1] ?? k[3] ?? k[4] ?? '')));
  return { root: m[1] as string, keys };
}

/** A `const NAME = <literal>` on one line of the same file, declared once. */
function constantLiteral(lines: string[], name: string): { line: number; value: JsValue; text: string } | undefined {
  const hits: { line: number; value: JsValue; text: string }[] = [];
  lines.forEach((text, i) => {
    const tokens = tokenize(text);
    const at = tokens.findIndex((t, k) => t.kind === 'ident' && t.value === name && tokens[k - 1]?.kind === 'ident' && ['const', 'let', 'var'].includes((tokens[k - 1] as Token & { kind: 'ident' }).value));
    if (at < 0) return;
    let eq = at + 1;
    while (eq < tokens.length && !((tokens[eq] as Token).kind === 'punct' && (tokens[eq] as Token & { kind: 'punct' }).value === '=')) eq++;
    const value = eq + 1 < tokens.length ? parseValue(tokens, eq + 1).value : undefined;
    if (value && literalValue(value) !== undefined) hits.push({ line: i + 1, value, text });
  });
  return hits.length === 1 ? hits[0] : undefined;
}

function literalEdit(file: string, line: number, text: string, value: JsValue, received: Primitive): SourceEdit {
  const written = value.t === 'str' ? renderString(String(received), value.quote) : JSON.stringify(received);
  return { file, line, before: text, after: text.slice(0, value.start) + written + text.slice(value.end) };
}

function literalValue(v: JsValue): Primitive | undefined {
  if (v.t === 'str' || v.t === 'num' || v.t === 'bool') return v.v;
  return v.t === 'null' ? null : undefined;
}

/** Where the expected value is written: the literal, a constant, or a JSON fixture key. */
function locateExpected(frame: StackFrame, rootDir: string, matcher: string, expected: Primitive, received: Primitive): { edit: SourceEdit; where: string } | { refused: string } | undefined {
  const lines = readLines(frame.file);
  const text = lines?.[frame.line - 1];
  if (!lines || text === undefined) return undefined;
  const arg = matcherArg(text, matcher, frame.column);
  if (!arg) return undefined;
  const { value } = arg;
  if (value.t === 're') return { refused: 'the expected value is a regular expression; healwright never rewrites (or loosens) a pattern' };
  const lit = literalValue(value);
  if (lit !== undefined || value.t === 'null') {
    if (norm(lit ?? null) !== norm(expected)) return { refused: `the literal at ${frame.file}:${frame.line} is not the value Playwright expected (${JSON.stringify(expected)})` };
    return { edit: literalEdit(frame.file, frame.line, text, value, received), where: 'the expected literal' };
  }
  if (value.t !== 'dyn') return { refused: 'the expected value is an object or array, not a single value' };
  const member = memberPath(text.slice(value.start, value.end));
  if (!member) return { refused: 'the expected value is computed (not a literal, constant or fixture key)' };
  if (!member.keys.length) {
    const c = constantLiteral(lines, member.root);
    if (!c || norm(literalValue(c.value) ?? null) !== norm(expected)) return { refused: `${member.root} is not a constant holding the expected value in ${frame.file}` };
    return { edit: literalEdit(frame.file, c.line, c.text, c.value, received), where: `the constant ${member.root}` };
  }
  const json = jsonSource(lines, member.root, path.dirname(frame.file), rootDir);
  if (!json || !existsSync(json)) return { refused: `cannot tell which JSON file ${member.root} comes from` };
  const found = locateJsonValue(readFileSync(json, 'utf8'), member.keys);
  if (!found) return { refused: `${member.root}.${member.keys.join('.')} is not a single value in ${json}` };
  if (norm(found.value as Primitive) !== norm(expected)) return { refused: `${json} holds ${JSON.stringify(found.value)} at ${member.keys.join('.')}, not the expected ${JSON.stringify(expected)}` };
  const jsonLines = readFileSync(json, 'utf8').split('\n');
  const before = jsonLines[found.line - 1] as string;
  const after = before.slice(0, found.start) + JSON.stringify(received) + before.slice(found.end);
  return { edit: { file: json, line: found.line, before, after }, where: `${path.basename(json)} at ${member.keys.join('.')}` };
}

/** Rewrites the one drifted element of the expected array literal at the failing line. */
function arrayElementFix(input: HealerInput, matcher: string, d: { index: number; expected: Primitive; received: Primitive; length: number }): HealerResult {
  for (const frame of failureFrames(input)) {
    const text = readLines(frame.file)?.[frame.line - 1];
    if (text === undefined) continue;
    const arg = matcherArg(text, matcher, frame.column);
    if (!arg) continue;
    if (arg.value.t !== 'arr' || arg.value.items.length !== d.length) return { refused: `the expected value at ${frame.file}:${frame.line} is not an array literal of ${d.length} values` };
    const item = arg.value.items[d.index] as JsValue;
    const lit = literalValue(item);
    if (lit === undefined || norm(lit) !== norm(d.expected)) return { refused: `element ${d.index} of the expected array at ${frame.file}:${frame.line} is not the literal ${JSON.stringify(d.expected)}` };
    return {
      proposal: {
        category: 'update-test-data',
        testIds: [input.testId],
        fingerprint: input.fingerprint,
        edits: [literalEdit(frame.file, frame.line, text, item, d.received)],
        reasoning: `${matcher} expected element ${d.index} to be ${JSON.stringify(d.expected)} and received ${JSON.stringify(d.received)}; every other element matches, so only that literal changes (same matcher, same polarity, same length).`,
        confidence: 0.65,
        source: 'rules',
      },
    };
  }
  return { refused: `the ${matcher}(...) call is not written at any failing line in the repository` };
}

/** Proposes the received value as the new expected value, or says why not. */
export function updateTestData(raw: HealerInput): HealerResult {
  const input = capInput(raw);
  const message = stripAnsi(input.message);
  const head = EXPECT_CALL.exec(message);
  if (!head?.[2]) return { refused: 'the error is not an expect() assertion' };
  if (head[1]) return { refused: `the assertion is negated (.not.${head[2]}); healwright never changes a negated expectation` };
  const matcher = head[2];
  if (!(matcher in VALUE_MATCHERS)) return { refused: `${matcher} is not a value-equality matcher; changing its argument could loosen the assertion` };
  if (expectsPattern(message)) return { refused: 'the expected value is a regular expression; healwright never rewrites (or loosens) a pattern' };
  if (/^- Expected/m.test(message)) {
    const element = arrayElementDrift(message);
    if (!element) return { refused: 'the values differ as objects or arrays (a diff), not as one primitive value' };
    return arrayElementFix(input, matcher, element);
  }
  const e = printedLine(message, 'Expected');
  const r = printedLine(message, 'Received');
  const expected = e === undefined ? undefined : parsePrinted(e);
  const received = r === undefined ? undefined : parsePrinted(r);
  if (expected && 'regex' in expected) return { refused: 'the expected value is a regular expression; healwright never rewrites (or loosens) a pattern' };
  if (!expected || !received || 'regex' in received) return { refused: 'Expected and Received are not both single printed values' };
  if (typeof expected.value !== typeof received.value) return { refused: `Expected (${typeof expected.value}) and Received (${typeof received.value}) differ in type, not just in value` };
  if (norm(expected.value) === norm(received.value)) return { refused: 'Expected and Received print the same value' };
  if (matcher === 'toHaveCount' && received.value === 0) return { refused: 'toHaveCount received 0: the locator finds nothing, a selector problem rather than changed data' };
  if (typeof received.value === 'string' && typeof expected.value === 'string' && EMPTY_STATE.test(received.value.trim()) && !EMPTY_STATE.test(expected.value.trim())) {
    return { refused: `${matcher} expected ${JSON.stringify(expected.value)} and received ${JSON.stringify(received.value)}, an empty state: the element shows that nothing is there (the step before it had no effect, or the feature changed), not a new value for the same thing; healwright does not write ${JSON.stringify(received.value)} into the test` };
  }
  const sibling = matcher === 'toHaveText' && typeof expected.value === 'string' && typeof received.value === 'string' ? expectedOnSibling(input.domSnapshot, expected.value, received.value) : undefined;
  if (sibling) return { refused: sibling };
  let lastRefusal: string | undefined;
  for (const frame of failureFrames(input)) {
    const drift = isNothing(received.value) ? selectorDrift(frame, matcher, received.value) : undefined;
    if (drift) return { refused: drift };
    const echoed = typeof expected.value === 'string' ? enteredByTest(input, frame, expected.value, received.value) : undefined;
    if (echoed) return { refused: echoed };
    const found = locateExpected(frame, input.rootDir, matcher, expected.value, received.value);
    if (!found) continue;
    if ('refused' in found) {
      lastRefusal = found.refused;
      break;
    }
    return {
      proposal: {
        category: 'update-test-data',
        testIds: [input.testId],
        fingerprint: input.fingerprint,
        edits: [found.edit],
        reasoning: `${matcher} expected ${JSON.stringify(expected.value)} and received ${JSON.stringify(received.value)}; only the value changed, so ${found.where} becomes ${JSON.stringify(received.value)} (same matcher, same polarity).`,
        confidence: 0.7,
        source: 'rules',
      },
    };
  }
  return { refused: lastRefusal ?? `the ${matcher}(...) call is not written at any failing line in the repository` };
}

/** Where the primitive at `keys` sits in a JSON text: 1-based line and the value's columns on it. */
export function locateJsonValue(text: string, keys: (string | number)[]): { value: Primitive; line: number; start: number; end: number } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  };
  const str = (): string => {
    const start = i;
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Walks the document; only the branch on the key path can yield the value.
  const value = (depth: number, onPath: boolean): { value: Primitive; at: number; end: number } | undefined => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const isObj = c === '{';
      let index = 0;
      i++;
      ws();
      if (text[i] === (isObj ? '}' : ']')) {
        i++;
        return undefined;
      }
      while (i < text.length) {
        ws();
        let key: string | number = index++;
        if (isObj) {
          key = str();
          ws();
          i++; // ':'
        }
        const hit = value(depth + 1, onPath && depth < keys.length && keys[depth] === key);
        if (hit) return hit;
        ws();
        if (text[i] === ',') i++;
        else {
          i++;
          return undefined;
        }
      }
      return undefined;
    }
    const at = i;
    if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i] as string)) i++;
    if (!onPath || depth !== keys.length) return undefined;
    try {
      return { value: JSON.parse(text.slice(at, i)) as Primitive, at, end: i };
    } catch {
      return undefined;
    }
  };
  let found: { value: Primitive; at: number; end: number } | undefined;
  try {
    found = keys.length ? value(0, true) : undefined;
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  const lineStart = text.lastIndexOf('\n', found.at - 1) + 1;
  return { value: found.value, line: text.slice(0, found.at).split('\n').length, start: found.at - lineStart, end: found.end - lineStart };
}
