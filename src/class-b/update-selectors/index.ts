// Class B update-selectors, without an LLM: read the failing locator from the error, find the element
// that was meant in the page snapshot, and rewrite the locator where the test source writes it.
import path from 'node:path';
import { capInput, capText } from '../../triage/input-cap.js';
import { matchLine } from '../../triage/lines.js';
import { stripAnsi } from '../../triage/text.js';
import { failureFrames } from '../source.js';
import { expectedOfEmptyArray } from '../printed-values.js';
import type { HealerInput, HealerResult, MeantElement, SourceEdit } from '../types.js';
import { parseAriaSnapshot, snapshotFromErrorContext, type AriaNode } from './aria-snapshot.js';
import { describeNode, pickCandidate, rankCandidates } from './candidates.js';
import { evaluateChain } from './evaluate.js';
import { intentOf } from './intent.js';
import { isDynamic, locatorFromMessage, QUERY_METHODS, renderChain, searchedIn, type LocatorStep } from './locator.js';
import { findLocatorSource, rewriteLines, type Replacement } from './rewrite.js';
import { openingTag, resolveStrict } from './strict-mode.js';
import { tooGeneric } from './specific.js';
import { countFromSource } from './source-count.js';
import { describe, domHeal, goneScope, heldScope, within, type DomHealResult } from './dom-heal.js';
import { norm } from './evaluate.js';
import { domTextHeal } from './dom-text-heal.js';
import { findEntry } from '../../last-known-good/store.js';
import { lkgTextHeal, lookalikeInRecord } from './lkg-heal.js';
import { scopedNameHeal } from './scoped-name-heal.js';
import { healHas, lostHas } from './has-heal.js';
import type { LkgEntry } from '../../last-known-good/types.js';
import type { DomElement, DomSnapshot } from '../../triage/dom-snapshot.js';

export { parseAriaSnapshot, snapshotFromErrorContext, type AriaNode } from './aria-snapshot.js';
export { locatorFromMessage, parseLocatorText, renderChain, type LocatorStep } from './locator.js';
export { nameSimilarity } from './similarity.js';

const capOptional = (text: string | undefined) => (text === undefined ? undefined : capText(text));

/** A text assertion that is not negated (`toHaveText`, `toContainText`): whether it asks for a substring. */
function textAssertion(message: string): { containsText: boolean } | undefined {
  const matcher = /\.(not\.)?to(HaveText|ContainText)\(/.exec(message);
  return matcher && !matcher[1] ? { containsText: matcher[2] === 'ContainText' } : undefined;
}

/** `Expected: "3 contacts"` of a text assertion: what the element should show. */
function expectedText(message: string): { expectedText: string; containsText: boolean } | undefined {
  const assertion = textAssertion(message);
  if (!assertion) return undefined;
  const m = matchLine(message, /^Expected(?: string| substring)?:\s*"(.*)"\s*$/, 'Expected');
  return m?.[1] === undefined ? undefined : { expectedText: m[1].replace(/\\(["\\])/g, '$1'), ...assertion };
}

/** `toHaveText([...])` / `toContainText([...])` whose locator found nothing: the texts it should find again, one element each. */
function expectedTexts(message: string): { expectedTexts: string[]; containsText: boolean } | undefined {
  const assertion = textAssertion(message);
  const texts = assertion ? expectedOfEmptyArray(message) : undefined;
  return assertion && texts ? { expectedTexts: texts, ...assertion } : undefined;
}

/** `toHaveCount(N)` that received 0: the locator should find N elements again. */
function countCase(message: string): { expected: number; received: number } | undefined {
  if (!/\.toHaveCount\(/.test(message)) return undefined;
  const e = matchLine(message, /^Expected:\s*(\d+)\s*$/, 'Expected:')?.[1];
  const r = matchLine(message, /^Received:\s*(\d+)\s*$/, 'Received:')?.[1];
  return e !== undefined && r !== undefined ? { expected: Number(e), received: Number(r) } : undefined;
}

/** The step that stops matching: the first that finds nothing, else the last one the snapshot cannot see. */
function brokenStep(results: ReturnType<typeof evaluateChain>, chain: LocatorStep[]): number | string {
  const empty = results.findIndex((r) => r !== 'unknown' && r.length === 0);
  if (empty >= 0) {
    const m = (chain[empty] as LocatorStep).method;
    return m === 'first' || m === 'last' || m === 'nth' ? 'the locator runs out of elements at a position (nth/first/last); the list got shorter, which is a data change' : empty;
  }
  const unknown = results.map((r, i) => (r === 'unknown' && QUERY_METHODS.has((chain[i] as LocatorStep).method) ? i : -1)).filter((i) => i >= 0);
  const last = unknown[unknown.length - 1];
  if (last !== undefined) return last;
  const got = results[results.length - 1];
  return `the page snapshot has ${Array.isArray(got) ? got.length : 'some'} element(s) that match ${renderChain(chain)}: it probably was not there yet when the test looked (timing), not renamed`;
}

/** A proposal's confidence from its pick's similarity score (0..1). */
const confidenceOf = (score: number): number => Math.min(0.95, 0.35 + 0.6 * score);

/** What the heal meant the new locator to find, without the line (added once the edit is known). */
type Meant = Omit<MeantElement, 'file' | 'line'>;

function propose(input: HealerInput, chain: LocatorStep[], repl: Replacement, why: string, confidence: number, meant?: Meant): HealerResult {
  const fixed = [...chain.slice(0, repl.from), ...repl.steps, ...chain.slice(repl.to + 1)];
  const generic = tooGeneric(fixed);
  if (generic) return { refused: `the only locator found for the element is ${renderChain(fixed)}, and ${generic}` };
  const frames = failureFrames(input);
  const found = findLocatorSource(frames, chain, repl);
  if ('refused' in found) return found;
  const edits = rewriteLines(found, repl);
  if ('refused' in edits) return edits;
  const edit = edits[0] as SourceEdit;
  return {
    proposal: {
      category: 'update-selectors',
      testIds: [input.testId],
      fingerprint: input.fingerprint,
      edits,
      reasoning: `${why} Proposed locator: ${renderChain(fixed)} (was ${renderChain(chain)}).`,
      confidence: Math.round(confidence * 100) / 100,
      source: 'rules',
      ...(meant && Object.keys(meant).length ? { meant: [{ file: edit.file, line: edit.line, ...meant }] } : {}),
    },
  };
}

function strictFix(input: HealerInput, message: string, chain: LocatorStep[], roots: AriaNode[] | undefined): HealerResult {
  // The element the locator found alone when the test last passed tells the look-alikes that came since apart.
  const lkg = lastKnownGood(input, chain);
  const record = lkg?.count === 1 ? lkg.elements[0] : undefined;
  const fix = resolveStrict(message, chain, roots, record);
  if ('refused' in fix) return fix;
  if (fix.kind === 'exact') {
    const why = `Strict mode violation: ${renderChain(chain)} matched ${fix.of} elements; exactly one of them is "${fix.matched.text}", the text the test asks for.`;
    return propose(input, chain, { from: fix.index, to: fix.index, steps: [fix.step] }, why, 0.9);
  }
  const why = fix.byRecord
    ? `Strict mode violation: ${renderChain(chain)} matched ${fix.of} elements with the text "${fix.matched.text}"; the one it found alone when the test last passed, ${describeOpening(fix.matched.html)}, is the one Playwright names ${renderChain(fix.steps)}.`
    : `Strict mode violation: ${renderChain(chain)} matched ${fix.of} elements; Playwright names the one whose text is "${fix.matched.text}" ${renderChain(fix.steps)}.`;
  return propose(input, chain, { from: 0, to: chain.length - 1, steps: fix.steps }, why, 0.8);
}

/** A match's opening tag as `<tag id="..." class="...">` (its other attributes and text left out). */
function describeOpening(html: string): string {
  const open = openingTag(html);
  if (!open) return 'that element';
  const id = open.attrs.get('id');
  const cls = open.attrs.get('class');
  return `<${open.tag}${id ? ` id="${id.slice(0, 60)}"` : ''}${cls ? ` class="${cls.slice(0, 100)}"` : ''}>`;
}

/**
 * The last-known-good entry of the failing call: the innermost stack frame whose file and locator the
 * store knows (the nearest line: code moves between runs).
 */
function lastKnownGood(input: HealerInput, chain: LocatorStep[]): LkgEntry | undefined {
  // A chain with a computed value (a variable, a call) has no text to look up; a `has` locator written out renders as Playwright prints it.
  if (!input.lastKnownGood?.length || chain.some((s) => s.args.some(isDynamic))) return undefined;
  const locator = renderChain(chain);
  for (const f of failureFrames(input)) {
    const rel = path.relative(input.rootDir, f.file).split(path.sep).join('/');
    const entry = findEntry(input.lastKnownGood, rel, f.line, locator);
    if (entry) return entry;
  }
  return undefined;
}

/** A DOM healer's repair as a proposal: what it meant to find is the element's tag and text (and the record it matched). */
function proposeDom(input: HealerInput, chain: LocatorStep[], dom: Extract<DomHealResult, { repl: Replacement }>, lkg?: LkgEntry): HealerResult {
  const first = dom.elements[0];
  const text = dom.elements.length === 1 ? (first?.text ?? first?.ownText) : undefined;
  const record = lkg && dom.lkg !== undefined ? { record: { count: lkg.count, elements: lkg.elements } } : {};
  return propose(input, chain, dom.repl, dom.why, confidenceOf(dom.score), first ? { tag: first.tag, ...(text ? { text } : {}), ...record } : undefined);
}

/** Proposes a locator rewrite for an update-selectors failure, or says why not. */
export function updateSelectors(raw: HealerInput): HealerResult {
  const input = capInput(raw);
  const message = stripAnsi(input.message);
  const fromSource = locatorFromMessage(message) ? undefined : failureFrames(input).slice(0, 1).map((f) => countFromSource(f, message))[0];
  const chain = locatorFromMessage(message) ?? fromSource?.chain;
  if (!chain) return { refused: 'the error names no locator to repair' };
  const yaml = input.pageSnapshot ?? capOptional(snapshotFromErrorContext(input.errorContext));
  const roots = yaml ? parseAriaSnapshot(yaml) : undefined;
  if (/strict mode violation/.test(message)) return strictFix(input, message, chain, roots);
  const texts = fromSource ? undefined : expectedTexts(message);
  const count0 = fromSource ? { expected: fromSource.expected, received: 0 } : (countCase(message) ?? (texts ? { expected: texts.expectedTexts.length, received: 0 } : undefined));
  // What the locator found when the test last passed: the DOM healers heal from it, and its look-alikes judge the ARIA healer's pick.
  const lkg = lastKnownGood(input, chain);
  // The DOM snapshot first: it sees the classes, ids, test ids and attributes these locators are made of.
  let domRefusal: string | undefined;
  if (input.domSnapshot && !(count0 && count0.received !== 0) && !(!count0 && /locator resolved to </.test(message))) {
    const action = /\blocator\.([A-Za-z]+):/.exec(message)?.[1];
    const dom = domHeal(input.domSnapshot, chain, { count: count0?.expected ?? 1, ...(texts ?? expectedText(message)), ...(lkg ? { lastKnownGood: lkg } : {}), ...(action ? { action } : {}) });
    if (dom && 'repl' in dom) return proposeDom(input, chain, dom, lkg);
    if (dom) domRefusal = dom.refused;
    // Two values of the DOM fit about equally well: the ARIA snapshot, which sees less (no ids, classes or test
    // ids), would only pick one of them by its name, a guess (`#submit-button` between "Apply" and "Pay").
    if (dom?.tie) return { refused: `${dom.refused}; the DOM snapshot holds more than one candidate, so no pick from the ARIA snapshot either` };
    // The container the locator searched in is gone: its text found elsewhere is not the element.
    const gone = dom ? goneScope(input.domSnapshot, chain) : undefined;
    if (gone !== undefined) return { refused: `${dom?.refused}; the container the locator searches in, id "${gone}", is gone from the page (no element has that id or a close one), and what it held most likely with it: nothing elsewhere on the page is a heal by its text alone` };
    // A role, text or label locator with a record: the element it found then, found again by what did not change.
    const byRecord = !dom && lkg ? lkgTextHeal(input.domSnapshot, chain, lkg, { count: count0?.expected ?? 1, ...(action ? { action } : {}) }) : undefined;
    if (byRecord && 'repl' in byRecord) return proposeDom(input, chain, byRecord, lkg);
    if (byRecord) return byRecord;
    // A named query inside a scope only the DOM can resolve (or a title, which the ARIA snapshot does not show): only what is inside that scope competes.
    const scoped = !dom ? scopedNameHeal(input.domSnapshot, chain, { count: count0?.expected ?? 1 }) : undefined;
    if (scoped && 'repl' in scoped) return proposeDom(input, chain, scoped, lkg);
    if (scoped) return scoped;
  }
  // getByText of an element that may be hidden (toBeAttached): the ARIA snapshot shows only what is
  // visible, so the DOM snapshot answers first. Visible texts stay with the ARIA healer.
  const hiddenOk = /\.toBeAttached\(/.test(message) && !/\.not\.toBeAttached\(/.test(message);
  const text = hiddenOk && input.domSnapshot ? domTextHeal(input.domSnapshot, chain, { count: 1, hiddenOk }) : undefined;
  if (text && 'repl' in text) return proposeDom(input, chain, text);
  let aria = ariaHeal(input, message, chain, roots, count0);
  // The ARIA snapshot shows a line's texts as one (`- listitem: Order #2209 Cancelled`): for a getByText,
  // the DOM snapshot's elements, each with its own text, are evidence too. When the ARIA healer finds no
  // heal, theirs may be one; when it finds one but the DOM's texts tie or a close one means something
  // else, the two disagree on which text the test meant, and that is no heal.
  if (!text && input.domSnapshot && chain[chain.length - 1]?.method === 'getByText' && !(count0 && count0.received !== 0) && !(!count0 && /locator resolved to </.test(message))) {
    const visible = domTextHeal(input.domSnapshot, chain, { count: count0?.expected ?? 1, hiddenOk: false, userFirst: true });
    if ('refused' in aria) {
      if (visible && 'repl' in visible) return proposeDom(input, chain, visible);
      if (visible) aria = { refused: `${aria.refused}; from the DOM snapshot: ${visible.refused}` };
    } else if (visible && 'refused' in visible && visible.tie) {
      return { refused: `the page snapshot's closest text is not clear in the DOM snapshot: ${visible.refused}` };
    }
  }
  // The record of what the locator found when the test last passed lists the look-alikes beside it: a
  // pick among them was on the page all along ("Edit address" beside the "Edit" button that went).
  const picked = 'proposal' in aria ? aria.proposal.meant?.[0]?.name : undefined;
  const lookalike = lkg && picked !== undefined ? lookalikeInRecord(lkg, picked) : undefined;
  if (lookalike !== undefined) return { refused: `the closest element, "${picked}", was already on the page beside the one the locator found when the test last passed (its record lists "${lookalike}" among the look-alikes): another element, not a rename` };
  const elsewhere = 'proposal' in aria && input.domSnapshot ? outsideHeldScope(input.domSnapshot, chain, aria.proposal.meant?.[0]) : undefined;
  if (elsewhere) return { refused: `${domRefusal ? `${domRefusal}; ` : ''}${elsewhere}` };
  if ('refused' in aria && text) return { refused: `${text.refused}; from the ARIA snapshot: ${aria.refused}` };
  if ('refused' in aria && domRefusal) return { refused: `${domRefusal}; from the ARIA snapshot: ${aria.refused}` };
  if ('refused' in aria && !input.domSnapshot && chain.some((s) => DOM_ONLY.has(s.method))) return { refused: `${NO_DOM_HINT}; from the ARIA snapshot: ${aria.refused}` };
  return aria;
}

/**
 * Why the ARIA healer's pick is not a heal when the locator's container is still on the page and the
 * element with the pick's role and name is not inside it (`//div[@data-order="112-4471"]//a[...]` after
 * that order's link went: the other order's link of that name is another container's). Undefined when
 * the container is gone or the snapshot cannot tell, or the pick is inside it.
 */
function outsideHeldScope(dom: DomSnapshot, chain: LocatorStep[], meant: Meant | undefined): string | undefined {
  const held = heldScope(dom, chain);
  if (!held || !meant?.role) return undefined;
  const name = meant.name === undefined ? undefined : norm(meant.name);
  const same = dom.elements.filter((e) => e.visible && e.role === meant.role && (name === undefined || norm(e.name ?? '') === name));
  if (same.some((e) => within(dom, e, held))) return undefined;
  const where = `${describe(held[0] as DomElement)}${held.length > 1 ? ` and ${held.length - 1} more` : ''}`;
  return `the container the locator searches in (${where}) is still on the page and holds no ${meant.role}${meant.name !== undefined ? ` "${meant.name}"` : ''}: the one the page snapshot has elsewhere is another container's, not a heal`;
}

/** Query methods whose values (classes, ids, test ids) only the DOM snapshot shows, not the ARIA one. */
const DOM_ONLY = new Set(['locator', 'getByTestId']);
/** First, and short, so the console's one-line reason (cut at `;` and 110 characters) still says it. */
const NO_DOM_HINT = 'no DOM snapshot for this CSS/id/test-id locator: import test from healwright/fixtures to take one';

function ariaHeal(input: HealerInput, message: string, chain: LocatorStep[], roots: AriaNode[] | undefined, count: { expected: number; received: number } | undefined): HealerResult {
  if (!roots?.length) return { refused: 'there is no page snapshot (error-context attachment) to find the element in' };
  if (count && count.received !== 0) return { refused: `toHaveCount received ${count.received}, not 0: the locator works and the count changed (update-test-data)` };
  if (!count && /locator resolved to </.test(message)) return { refused: 'the locator resolved to an element; the failure is about its state or value, not the selector' };
  const results = evaluateChain(roots, chain);
  const b = brokenStep(results, chain);
  if (typeof b === 'string') return { refused: b };
  const step = chain[b] as LocatorStep;
  const before = b > 0 ? results[b - 1] : undefined;
  const scope = Array.isArray(before) ? before : undefined;
  if (step.method === 'filter' && !scope) return { refused: `cannot tell which elements ${renderChain(chain.slice(0, b))} finds on the page, so its filter cannot be repaired` };
  const has = step.method === 'filter' && scope ? lostHas(roots, step, scope) : undefined;
  if (has) {
    const healed = healHas(roots, chain, b, scope as AriaNode[], has, count?.expected ?? 1);
    if ('refused' in healed) return healed;
    const end = healed.end;
    return propose(input, chain, healed.repl, healed.why, confidenceOf(healed.score), end ? { role: end.role, ...(end.name ? { name: end.name } : {}) } : undefined);
  }
  // A step that later query steps search in is not what the action acts on nor what the assertion reads:
  // the action's roles and the expected text are the chain's end's (`getByRole('table', ...)...selectOption`).
  const scopeStep = searchedIn(chain, b);
  const intent = intentOf(step, { message: scopeStep ? '' : message, count: count?.expected ?? 1, ...(scopeStep ? {} : expectedText(message)) });
  if (!intent) return { refused: `${renderChain([step])} says too little to find its element again (a regular-expression name, or no name or text at all)` };
  const ranked = rankCandidates({ roots, intent, prefix: chain.slice(0, b), suffix: chain.slice(b + 1), scope }, step.method);
  const picked = pickCandidate(ranked);
  if ('refused' in picked) return picked;
  const { node, score, steps } = picked.pick;
  const what = count ? `${count.expected} elements like ${describeNode(node)}` : describeNode(node);
  const why = `${renderChain([step])} matches nothing on the page any more; the page snapshot has ${what} (similarity ${score.toFixed(2)}), which resolves uniquely in the snapshot.`;
  return propose(input, chain, { from: b, to: b, steps }, why, confidenceOf(score), { role: node.role, ...(!count && node.name ? { name: node.name } : {}) });
}
