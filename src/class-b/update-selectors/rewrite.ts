// Finds the failing locator in the test source (the failing line, else the helper or page object the
// stack passes through) and rewrites only that locator expression; the rest of the line stays as it is.
import path from 'node:path';
import type { SourceEdit } from '../types.js';
import { resolveRelativeModule } from '../imports.js';
import { readLines, renderString, tokenize, type JsValue, type NestedStep, type StackFrame } from '../source.js';
import { chainsInLine, isDynamic, quoteOf, renderChain, renderValue, stepsMatch, valuesMatch, type LocatorStep } from './locator.js';

type Step = Pick<LocatorStep, 'method' | 'args'>;

/** Message steps `from..to` (inclusive) become `steps`. */
export interface Replacement {
  from: number;
  to: number;
  steps: Step[];
}

export interface Found {
  file: string;
  line: number;
  /** The locator's string is a constant written here (`SEL.checkout`, `CART_BADGE`): the literal's place on the line. */
  constant?: { start: number; end: number; quote: "'" | '"' | '`' };
  /** The line, or the lines of a statement written over several (joined by newlines, first at `line`). */
  text: string;
  /** Source steps aligned with message steps `offset..`. */
  steps: LocatorStep[];
  offset: number;
}

// `import { a, b as c } from './x'`: the clause and the relative module, found in two linear steps (one
// regex with a lazy `[\w$\s{},*]+?\s+from` was cubic on a long line of spaces).
const IMPORT_HEAD = /^import\s+(?:type\s+)?/;
const IMPORT_FROM = /\sfrom\s+['"](\.{1,2}\/[^'"]+)['"]/;
const IMPORT_CLAUSE = /^[\w$\s{},*]+$/;

function relativeImport(line: string): { names: string; module: string } | undefined {
  const text = line.trimStart();
  const head = IMPORT_HEAD.exec(text);
  if (!head) return undefined;
  const from = IMPORT_FROM.exec(text);
  const names = from ? text.slice(head[0].length, from.index).trimEnd() : '';
  if (!from?.[1] || !names || !IMPORT_CLAUSE.test(names)) return undefined;
  return { names, module: from[1] };
}

/** Whether `line` uses the identifier `name` (not as a property: `x.name`), the form of /(^|[^\w$.])name\b/. */
function usesName(line: string, name: string): boolean {
  const word = (c: string | undefined) => c !== undefined && /\w/.test(c);
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    const before = line[at - 1];
    if (before !== undefined && (word(before) || before === '$' || before === '.')) continue;
    const after = line[at + name.length];
    if (word(name[name.length - 1]) !== word(after)) return true;
  }
  return false;
}

/** Relative modules whose imported names the failing line uses, resolved to files. */
function importedModulesUsedOn(file: string, lines: string[], failingLine: string | undefined): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = relativeImport(line);
    if (!m) continue;
    const names = m.names.replace(/[{}*]/g, ' ').split(/[\s,]+/).filter((n) => n && n !== 'as' && n !== 'type');
    if (failingLine !== undefined && !names.some((n) => usesName(failingLine, n))) continue;
    const found = resolveRelativeModule(file, m.module);
    if (found) out.push(found);
  }
  return out;
}

// `const startBtn = page.locator(...)`: the name a line declares (anchored: one start, linear).
const DECLARES = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=/;

/**
 * Of several lines of the failing file that write the locator, the one that declares a variable the
 * failing line uses, nearest above it: two tests that each keep the same locator in a variable.
 */
function declaredForFailingLine(found: Found[], failingLine: string, line: number, lines: string[]): Found | undefined {
  const named = found.filter((f) => {
    // `const row = page` with the chain on the lines below it.
    const name = DECLARES.exec(f.text)?.[1] ?? DECLARES.exec(statementAround(lines, f.line)?.text ?? '')?.[1];
    return name !== undefined && f.line < line && usesName(failingLine, name);
  });
  return named.sort((a, b) => b.line - a.line)[0];
}

/** Source chains whose steps line up with the end of the message chain and cover the replaced steps. */
function alignedIn(text: string, chain: LocatorStep[], repl: Replacement): { steps: LocatorStep[]; offset: number }[] {
  const out: { steps: LocatorStep[]; offset: number }[] = [];
  for (const { steps } of chainsInLine(text)) {
    // A scope kept in a variable (`const row = page.getByRole('row')`) is a chain that stops early.
    for (let offset = 0; offset + steps.length <= chain.length; offset++) {
      if (offset > repl.from || offset + steps.length <= repl.to) continue;
      if (steps.every((s, i) => stepsMatch(s, chain[offset + i] as LocatorStep))) out.push({ steps, offset });
    }
  }
  // The chain that ends where the message's ends is the one the action ran on.
  return out.sort((a, b) => Number(b.offset + b.steps.length === chain.length) - Number(a.offset + a.steps.length === chain.length));
}

/** Lines a statement may span, up and down from the failing line. */
const STATEMENT_REACH = 12;

function depthOf(text: string): number {
  let d = 0;
  for (const t of tokenize(text)) {
    if (t.kind !== 'punct') continue;
    if (t.value === '(' || t.value === '[' || t.value === '{') d++;
    else if (t.value === ')' || t.value === ']' || t.value === '}') d--;
  }
  return d;
}

/**
 * The statement the failing line belongs to, when it is written over several lines (Prettier's
 * `await page\n  .getByRole('button', {\n    name: 'Save',\n  })\n  .click();`): lines above are taken
 * while the text so far closes brackets it did not open or starts with a continuation (`.x`, `)`);
 * lines below while brackets stay open or the chain goes on (`.x`). Undefined when the line is a statement of its own.
 */
function statementAround(lines: string[], line: number): { start: number; text: string } | undefined {
  let start = line;
  let end = line;
  const text = () => lines.slice(start - 1, end).join('\n');
  while (start > 1 && line - start < STATEMENT_REACH) {
    const top = (lines[start - 1] ?? '').trimStart();
    if (depthOf(text()) >= 0 && !/^(?:\??\.|[)\]}])/.test(top)) break;
    start--;
  }
  // Down while brackets stay open, or the next line goes on with the chain (`.getByRole(...)` under `.locator(...)`).
  while (end < lines.length && end - line < STATEMENT_REACH && (depthOf(text()) > 0 || /^\s*\??\.[A-Za-z_$]/.test(lines[end] ?? ''))) end++;
  return start === end || depthOf(text()) !== 0 ? undefined : { start, text: text() };
}

// `SEL.checkout` or `CART_BADGE`: a constant, or one property of a constant object.
const CONSTANT_REF = /^([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?$/;
/** How far below `const SEL = {` its property may be written. */
const OBJECT_REACH = 200;

/** Where the value of property `key` starts on an object-literal line (`  checkout: '#x',`), after the colon. */
function propertyValueStart(text: string, key: string): number | undefined {
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const before = text[at - 1];
    if (before !== undefined && !/[{,\s]/.test(before)) continue;
    let i = at + key.length;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] === ':') return i + 1;
  }
  return undefined;
}

/**
 * Where the constant a locator step reads is written with the value Playwright reported: `const NAME =
 * '...'`, or `key: '...'` inside `const OBJ = {`, in the failing file or a module it imports by a
 * relative path. Only a literal equal to the reported value counts, so nothing else is ever rewritten.
 */
function constantSource(file: string, lines: string[], expr: string, value: string): Omit<Found, 'steps' | 'offset'> | undefined {
  const ref = CONSTANT_REF.exec(expr);
  if (!ref) return undefined;
  const [, name, key] = ref as unknown as [string, string, string | undefined];
  const literalAt = (text: string, from: number): Found['constant'] | undefined => {
    const [t, next] = tokenize(text.slice(from));
    // The literal alone (`'#checkout',` or `'#checkout';`), never one piece of an expression.
    if (t?.kind !== 'string' || t.dynamic || t.value !== value || (next && !(next.kind === 'punct' && (next.value === ',' || next.value === ';' || next.value === '}')))) return undefined;
    return { start: from + t.start, end: from + t.end, quote: t.quote };
  };
  const declares = (text: string) => DECLARES.exec(text)?.[1] === name;
  for (const module of [file, ...importedModulesUsedOn(file, lines, expr)]) {
    const src = module === file ? lines : (readLines(module) ?? []);
    const at = src.findIndex(declares);
    if (at < 0) continue;
    const decl = src[at] as string;
    if (key === undefined) {
      const c = literalAt(decl, (DECLARES.exec(decl) as RegExpExecArray)[0].length);
      if (c) return { file: module, line: at + 1, text: decl, constant: c };
      continue;
    }
    for (let i = at; i < Math.min(src.length, at + OBJECT_REACH); i++) {
      const text = src[i] as string;
      const after = propertyValueStart(text, key);
      const c = after === undefined ? undefined : literalAt(text, after);
      if (c) return { file: module, line: i + 1, text, constant: c };
      if (i > at && /^\S/.test(text)) break;
    }
  }
  return undefined;
}

/** Where the locator is written: the first user frame whose line has it, else one unique line in that frame's file. */
export function findLocatorSource(frames: StackFrame[], chain: LocatorStep[], repl: Replacement): Found | { refused: string } {
  let dynamic = false;
  for (const frame of frames) {
    const lines = readLines(frame.file);
    if (!lines) continue;
    const own = lines[frame.line - 1];
    const here = own === undefined ? [] : alignedIn(own, chain, repl);
    const pick = (found: { steps: LocatorStep[]; offset: number }[], line: number, text: string): Found | undefined => {
      const literal = found.filter((f) => !f.steps.slice(repl.from - f.offset, repl.to - f.offset + 1).some((s) => s.args.some(isDynamic)));
      const first = literal[0];
      if (first) return { file: frame.file, line, text, ...first };
      // One step whose string is a constant: `page.locator(SEL.checkout)`.
      const said = (chain[repl.from] as LocatorStep).args[0];
      const value = repl.from === repl.to && said?.t === 'str' ? said.v : undefined;
      for (const f of found) {
        const step = f.steps[repl.from - f.offset];
        const arg = step?.args[0];
        if (value === undefined || !step || arg?.t !== 'dyn' || step.args.length !== 1) continue;
        const c = constantSource(frame.file, lines, text.slice(arg.start, arg.end).trim(), value);
        if (c) return { ...c, ...f };
      }
      if (found.length) dynamic = true;
      return undefined;
    };
    const onLine = own === undefined ? undefined : pick(here, frame.line, own);
    if (onLine) return onLine;
    if (here.length) continue;
    // The failing line is one line of a statement written over several: the locator is in that statement.
    const statement = statementAround(lines, frame.line);
    if (statement) {
      const inStatement = alignedIn(statement.text, chain, repl);
      const hit = pick(inStatement, statement.start, statement.text);
      if (hit) return hit;
      if (inStatement.length) continue;
    }
    // A helper or page object imported by this file and called on the failing line: the locator is
    // written there, not in another test of this file that happens to use the same locator.
    /**
     * The lines of `module` that write the locator; of several, the one whose whole statement writes the
     * chain (a page object's `confirm` and `cancel` both start with `.locator('.modal__content')`, on lines
     * of their own, and only one ends in the button the test named).
     */
    const writtenIn = (module: string): Found[] => {
      const src = readLines(module) ?? [];
      const hits = src.flatMap((text, i) => {
        const hit = pick(alignedIn(text, chain, repl), i + 1, text);
        return hit ? [{ ...hit, file: module }] : [];
      });
      if (hits.length < 2) return hits;
      const whole = hits.flatMap((h) => {
        const st = statementAround(src, h.line);
        const hit = st && pick(alignedIn(st.text, chain, repl), st.start, st.text);
        return hit && hit.offset + hit.steps.length === chain.length ? [{ ...hit, file: module }] : [];
      });
      return whole.length === 1 ? whole : hits;
    };
    for (const module of importedModulesUsedOn(frame.file, lines, own ?? '')) {
      const inModule = writtenIn(module);
      if (inModule.length === 1) return inModule[0] as Found;
      if (inModule.length > 1) return { refused: `the locator is written on ${inModule.length} lines of ${module} (${inModule.map((e) => e.line).join(', ')}) and the stack does not say which one failed` };
    }
    // A page object: the failing line uses a field, the locator is written where the field is defined.
    const elsewhere: Found[] = [];
    lines.forEach((text, i) => {
      const hit = pick(alignedIn(text, chain, repl), i + 1, text);
      if (hit) elsewhere.push(hit);
    });
    if (elsewhere.length === 1) return elsewhere[0] as Found;
    const declared = elsewhere.length > 1 ? declaredForFailingLine(elsewhere, own ?? '', frame.line, lines) : undefined;
    if (declared) return declared;
    if (elsewhere.length > 1) return { refused: `the locator is written on ${elsewhere.length} lines of ${frame.file} (${elsewhere.map((e) => e.line).join(', ')}) and the stack does not say which one failed` };
    // A field of a page object built earlier (`deck.searchInput.fill(...)`, the locator written in Deck's
    // constructor): the one line, over every module this file imports by a relative path, that writes it.
    if (!elsewhere.length) {
      const inImports = importedModulesUsedOn(frame.file, lines, undefined).flatMap(writtenIn);
      if (inImports.length === 1) return inImports[0] as Found;
    }
  }
  if (dynamic) return { refused: 'the locator is built from variables (not written literally in the source); healwright only rewrites literal locators' };
  return { refused: frames.length ? 'the failing locator is not written literally in the test, its helpers or its page objects' : 'the stack has no frame in the repository, so the failing line is unknown' };
}

/** Rewrites literal values in place when only they change; false when the shape differs. */
function patchValues(src: JsValue, next: JsValue, out: { start: number; end: number; with: string }[]): boolean {
  if ((src.t === 'str' || src.t === 'num' || src.t === 'bool') && src.t === next.t) {
    if (src.v !== next.v) out.push({ start: src.start, end: src.end, with: src.t === 'str' ? renderString(next.v as string, src.quote) : String(next.v) });
    return true;
  }
  if (src.t === 'obj' && next.t === 'obj') {
    const keep = src.entries.filter((e) => !(e.key === 'exact' && e.value.t === 'bool' && !e.value.v));
    if (next.entries.some((e) => !src.entries.some((s) => s.key === e.key)) || keep.some((s) => !next.entries.some((e) => e.key === s.key))) return false;
    return next.entries.every((e) => patchValues(src.entries.find((s) => s.key === e.key)?.value as JsValue, e.value, out));
  }
  // A locator written as a value (`has: page.locator('.title', { hasText: 'Reports' })`): only the first
  // step's selector, or the literal values of its options (`has: page.getByRole('img', { name: 'EPIX' })`),
  // may change, and the rest must be what the source says, read as Playwright prints it.
  if (src.t === 'dyn' && next.t === 'dyn' && src.chain && next.chain) {
    const was = asPrinted(src.chain);
    const [w0, n0] = [was[0], next.chain[0]];
    const [a, b] = [w0?.args[0], n0?.args[0]];
    if (!w0 || !n0 || w0.method !== n0.method || a?.t !== 'str' || b?.t !== 'str' || was.length !== next.chain.length) return false;
    if (!was.every((st, i) => i === 0 || stepsMatch(st as LocatorStep, next.chain?.[i] as LocatorStep))) return false;
    const [wo, no] = [w0.args[1], n0.args[1]];
    const options: { start: number; end: number; with: string }[] = [];
    if (!valuesMatch(wo, no) && !(wo?.t === 'obj' && no?.t === 'obj' && w0.args.length === n0.args.length && patchValues(wo, no, options))) return false;
    if (a.v !== b.v) out.push({ start: a.start, end: a.end, with: renderString(b.v, a.quote) });
    out.push(...options);
    return true;
  }
  return src.t === next.t && src.t !== 'dyn' && src.t !== 'arr' && renderValue(src, "'") === renderValue(next, "'");
}

/** Options of `locator(selector, options)` that Playwright prints as a `filter(...)` step after it. */
const FILTER_OPTIONS = new Set(['hasText', 'hasNotText', 'has', 'hasNot']);

/** A chain as Playwright prints it: `locator('.t', { hasText: 'x' })` is `locator('.t').filter({ hasText: 'x' })`. */
function asPrinted(chain: readonly NestedStep[]): NestedStep[] {
  return chain.flatMap((st) => {
    const opts = st.args[1];
    if (st.method !== 'locator' || st.args.length !== 2 || opts?.t !== 'obj' || !opts.entries.every((e) => FILTER_OPTIONS.has(e.key))) return [st];
    return [{ ...st, args: [st.args[0] as JsValue] }, { method: 'filter', args: [opts], start: opts.start, end: opts.end }];
  });
}

/** Whether a step holds a locator written as a value, which only an in-place edit can change. */
const holdsChain = (st: Pick<LocatorStep, 'args'>): boolean => st.args.some((a) => (a.t === 'dyn' && !!a.chain) || (a.t === 'obj' && a.entries.some((e) => e.value.t === 'dyn' && !!e.value.chain)));

/**
 * A locator as the selector string of `page.click('...')`: a CSS/XPath `locator('...')` is its own
 * selector string (page actions and `page.locator` read the same syntax); of the getBy methods only
 * role and text can be said that way.
 */
function selectorString(steps: Step[]): string | undefined {
  const [step] = steps;
  if (steps.length !== 1 || !step) return undefined;
  const first = step.args[0];
  const opts = step.args[1];
  if (step.method === 'locator' && first?.t === 'str' && step.args.length === 1) return first.v;
  const exact = opts?.t === 'obj' && opts.entries.some((e) => e.key === 'exact' && e.value.t === 'bool' && e.value.v);
  const attr = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"${exact ? 's' : 'i'}`;
  if (step.method === 'getByText' && first?.t === 'str') return exact ? `text=${JSON.stringify(first.v)}` : `text=${first.v}`;
  if (step.method === 'getByRole' && first?.t === 'str') {
    const name = opts?.t === 'obj' ? opts.entries.find((e) => e.key === 'name')?.value : undefined;
    if (opts?.t === 'obj' && opts.entries.some((e) => e.key !== 'name' && e.key !== 'exact')) return undefined;
    return name?.t === 'str' ? `role=${first.v}[name=${attr(name.v)}]` : `role=${first.v}`;
  }
  return undefined;
}

/** `xpath=` / `css=` as the source wrote it: Playwright reports `locator('xpath=//a')` as `locator('//a')`. */
function keepEnginePrefix(source: LocatorStep, step: Step): Step {
  const was = source.args[0];
  const now = step.args[0];
  if (source.method !== 'locator' || step.method !== 'locator' || was?.t !== 'str' || now?.t !== 'str') return step;
  const prefix = /^(?:xpath|css)=/.exec(was.v)?.[0];
  if (!prefix || now.v.startsWith(prefix)) return step;
  return { ...step, args: [{ ...now, v: prefix + now.v }, ...step.args.slice(1)] };
}

/**
 * The edit of one part of a `>>` selector string (`'.card >> text=Buy >> nth=1'`): that part's
 * characters only, to a part of the same kind (a selector, or `nth=N`) that can stand in the string
 * as written: no quote of the string's, no backslash, no `>>`, no line break.
 */
function chainPartEdit(first: LocatorStep, last: LocatorStep, repl: Replacement): { start: number; end: number; with: string } | { refused: string } {
  const refused = { refused: `the locator is one part of a \`>>\` selector string, and ${renderChain(repl.steps)} does not fit in its place; healwright edits that part of the string only` };
  const [only] = repl.steps;
  const was = first.args[0];
  const now = only?.args[0];
  if (first !== last || repl.steps.length !== 1 || !only || only.method !== first.method || only.args.length !== 1 || !was || !now || !first.chainPart) return refused;
  if (was.t === 'num' && now.t === 'num' && Number.isInteger(now.v)) return { start: was.start, end: was.end, with: `nth=${now.v}` };
  if (was.t !== 'str' || now.t !== 'str') return refused;
  const v = now.v.trim();
  if (!v || v.includes(first.chainPart.quote) || /[\\\r\n]/.test(v) || v.includes('>>')) return refused;
  return { start: was.start, end: was.end, with: v };
}

/**
 * The edited lines: the replaced steps rewritten, every other byte kept. A statement written over
 * several lines (a Prettier chain) gets one edit per line that changes, and only when its lines stay
 * as many: two steps that a release renamed a value in, each on its own line.
 */
export function rewriteLines(found: Found, repl: Replacement): SourceEdit[] | { refused: string } {
  if (found.constant) {
    // The constant keeps its name: only its string changes, and only to another string of the same step.
    const [only] = repl.steps;
    const was = found.steps[repl.from - found.offset] as LocatorStep;
    const v = only?.args[0];
    if (repl.steps.length !== 1 || only?.method !== was.method || only.args.length !== 1 || v?.t !== 'str') {
      return { refused: `the locator's string is the constant on ${path.basename(found.file)}:${found.line}, and ${renderChain(repl.steps)} is not one string for it` };
    }
    const { start, end, quote } = found.constant;
    const after = found.text.slice(0, start) + renderString(v.v, quote) + found.text.slice(end);
    return after === found.text ? { refused: 'the proposed locator is the one already written' } : [{ file: found.file, line: found.line, before: found.text, after }];
  }
  const first = found.steps[repl.from - found.offset] as LocatorStep;
  const last = found.steps[repl.to - found.offset] as LocatorStep;
  const quote = quoteOf(found.steps);
  let after: string;
  if (first.chainPart || last.chainPart) {
    const edit = chainPartEdit(first, last, repl);
    if ('refused' in edit) return edit;
    after = found.text.slice(0, edit.start) + edit.with + found.text.slice(edit.end);
  } else if (first.selectorArg) {
    const sel = selectorString(repl.steps);
    const src = first.args[0];
    if (sel === undefined || src?.t !== 'str') return { refused: `the test passes a selector string to a page action, and ${renderChain(repl.steps)} has no selector-string form` };
    after = found.text.slice(0, src.start) + renderString(sel, src.quote) + found.text.slice(src.end);
  } else {
    const patches: { start: number; end: number; with: string }[] = [];
    // Each replaced step in place when only its literal values change (two steps when a release renamed a value in each).
    const span = found.steps.slice(repl.from - found.offset, repl.to - found.offset + 1);
    const inPlace =
      span.length === repl.steps.length &&
      repl.steps.every((st, i) => {
        const src = span[i] as LocatorStep;
        const now = keepEnginePrefix(src, st);
        return now.method === src.method && now.args.length === src.args.length && now.args.every((a, j) => patchValues(src.args[j] as JsValue, a, patches));
      });
    if (!inPlace) {
      // A rendered `has` locator would lose its receiver (`page.`): such a step is only ever edited in place.
      if (repl.steps.some(holdsChain) || found.steps.slice(repl.from - found.offset, repl.to - found.offset + 1).some(holdsChain)) {
        return { refused: `the new locator ${renderChain(repl.steps)} changes a locator written inside a filter in another way than its selector string; healwright edits that string only` };
      }
      patches.splice(0, patches.length, { start: first.start, end: last.end, with: renderChain(repl.steps, quote) });
    }
    after = found.text;
    for (const p of patches.sort((a, b) => b.start - a.start)) after = after.slice(0, p.start) + p.with + after.slice(p.end);
  }
  if (after === found.text) return { refused: 'the proposed locator is the one already written' };
  if (!found.text.includes('\n')) return [{ file: found.file, line: found.line, before: found.text, after }];
  // A statement over several lines: one edit per line that changes, the lines staying as many.
  const was = found.text.split('\n');
  const now = after.split('\n');
  const changed = was.map((l, i) => (l === now[i] ? -1 : i)).filter((i) => i >= 0);
  if (was.length !== now.length || changed.length === 0 || changed.length > repl.to - repl.from + 1) {
    return { refused: `the new locator ${renderChain(repl.steps)} would rewrite ${changed.length} lines of a statement written over ${was.length}; healwright edits only the lines of the steps it replaces` };
  }
  return changed.map((i) => ({ file: found.file, line: found.line + i, before: was[i] as string, after: now[i] as string }));
}
