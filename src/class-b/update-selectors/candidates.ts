// The elements that could be the one the test meant, best first, and the most robust locator step for
// the winner that the snapshot says resolves to exactly the wanted element(s).
import { allNodes, descendants, isDescendant, ownText, type AriaNode } from './aria-snapshot.js';
import { CONTROL_ROLES, evaluateChain, type Resolved } from './evaluate.js';
import { scoreNode, type Intent } from './intent.js';
import { lit, QUERY_METHODS, renderStep, type LocatorStep } from './locator.js';
import { actionOnPlace, meaningChange } from './meaning.js';
import { normalizeName, words } from './similarity.js';

/** Below this, no candidate is close enough to propose. */
export const MIN_SCORE = 0.55;
/** A runner-up this close to the winner makes the choice a coin toss: refuse. */
export const TIE_MARGIN = 0.1;

export interface Candidate {
  node: AriaNode;
  score: number;
  /** Replacement for the broken step (one or more steps). */
  steps: Pick<LocatorStep, 'method' | 'args'>[];
  /** Why this element is not the renamed one but another thing (another action, state or word). */
  changed?: string;
  /** Why this element's shorter name does not single it out (see `droppedAmong`). */
  drops?: string;
}

/**
 * Why a name that only drops words of the lost one ("Create issue" -> "Create") says nothing about which
 * element it is when the page has others of its role that keep its words and put other words where the
 * dropped ones were ("Create sprint", "Create work item"): the dropped word told them apart, and each of
 * those is as likely the renamed element as the shorter one. Undefined otherwise.
 */
function droppedAmong(intent: Intent, node: AriaNode, pool: readonly AriaNode[]): string | undefined {
  const lost = intent.name === undefined ? [] : words(intent.name);
  const kept = words(node.name || ownText(node));
  if (!kept.length || kept.length >= lost.length || !kept.every((w) => lost.includes(w))) return undefined;
  const others = pool.filter((n) => {
    if (n === node || n.role !== node.role) return false;
    const w = words(n.name || ownText(n));
    return kept.every((k) => w.includes(k)) && w.some((x) => !lost.includes(x));
  });
  if (!others.length) return undefined;
  const dropped = lost.filter((w) => !kept.includes(w));
  return `${describeNode(node)} only drops "${dropped.join(' ')}" from "${intent.name}", and the page has other ${node.role}s that keep "${kept.join(' ')}" with other words (${others
    .slice(0, 3)
    .map((n) => `"${n.name || ownText(n)}"`)
    .join(', ')}): which one the test meant is not clear`;
}

/** Whether the element's name says something other than what the intent named (see meaning.ts). */
function changedMeaning(intent: Intent, node: AriaNode): string | undefined {
  const name = node.name || ownText(node);
  if (!name) return undefined;
  if (intent.name !== undefined) return meaningChange(intent.name, name) ?? (intent.role === 'link' && node.role === 'button' ? actionOnPlace(intent.name, name) : undefined);
  // Words of a test id or class against a visible name: the name need not repeat a state the id carried.
  return intent.words?.length ? meaningChange(intent.words.join(' '), name, { dropState: false }) : undefined;
}

/** Roles a locator should not be built on (they carry no meaning of their own). */
const ANONYMOUS = new Set(['generic', 'none', 'presentation', 'text']);

export function describeNode(n: AriaNode): string {
  const name = n.name || ownText(n);
  return name ? `${n.role} "${name}"` : n.role;
}

type Step = Pick<LocatorStep, 'method' | 'args'>;

const named = (method: string, value: string, exact: boolean): Step => ({ method, args: exact ? [lit.str(value), lit.obj({ exact: lit.bool(true) })] : [lit.str(value)] });
const role = (r: string, name: string | undefined, exact: boolean): Step => ({
  method: 'getByRole',
  args: name ? [lit.str(r), lit.obj(exact ? { name: lit.str(name), exact: lit.bool(true) } : { name: lit.str(name) })] : [lit.str(r)],
});

/** Locator forms for one element, most robust first: role + name, label, placeholder, text. */
function formsFor(node: AriaNode, preferExact: boolean): Step[][] {
  const forms: Step[][] = [];
  const both = (make: (exact: boolean) => Step) => (preferExact ? [[make(true)]] : [[make(false)], [make(true)]]);
  if (node.name && !ANONYMOUS.has(node.role)) forms.push(...both((e) => role(node.role, node.name, e)));
  if (node.name && CONTROL_ROLES.has(node.role)) forms.push(...both((e) => named('getByLabel', node.name, e)));
  if (node.placeholder) forms.push(...both((e) => named('getByPlaceholder', node.placeholder as string, e)));
  const text = ownText(node);
  if (text) forms.push(...both((e) => named('getByText', text, e)));
  return forms;
}

/** Forms that match a group of `count` elements that includes `node` (for toHaveCount). */
function groupFormsFor(node: AriaNode): Step[][] {
  const forms: Step[][] = [];
  if (ANONYMOUS.has(node.role)) return forms;
  if (node.name) forms.push([role(node.role, node.name, true)]);
  for (let a = node.parent; a; a = a.parent) if (a.name && !ANONYMOUS.has(a.role)) forms.push([role(a.role, a.name, false), role(node.role, undefined, false)]);
  // Never the bare role on its own: it counts every element of that kind on the page (see specific.ts).
  return forms;
}

export interface RankInput {
  roots: AriaNode[];
  intent: Intent;
  /** Steps before the broken one (the scope), and the narrowing steps after it (kept as they are). */
  prefix: LocatorStep[];
  suffix: LocatorStep[];
  /** Elements the prefix resolves to; undefined for the whole page. */
  scope: AriaNode[] | undefined;
}

const asSteps = (s: Step[]): LocatorStep[] => s.map((x) => ({ ...x, start: 0, end: 0 }));

function resolves(input: RankInput, steps: Step[]): Resolved | undefined {
  return evaluateChain(input.roots, [...input.prefix, ...asSteps(steps), ...input.suffix]).at(-1);
}

/** The first form that resolves to exactly the wanted element(s) with the rest of the chain. */
function firstUnique(input: RankInput, node: AriaNode, forms: Step[][]): Step[] | undefined {
  for (const f of forms) {
    const got = resolves(input, f);
    if (got === undefined || got === 'unknown') continue;
    // With query steps after the fixed one, the chain ends on another element: only its count can be checked.
    const endsElsewhere = input.suffix.some((s) => QUERY_METHODS.has(s.method));
    const target = endsElsewhere ? got.length === input.intent.count : input.intent.count === 1 ? got[0] === node : got.includes(node);
    // A group must be made of elements that each fit the intent: a form that happens to count N
    // unrelated elements is not the N the test counted.
    const members = endsElsewhere || input.intent.count === 1 || got.every((n) => scoreNode(input.intent, n) >= MIN_SCORE);
    if (got.length === input.intent.count && target && members) return f;
  }
  return undefined;
}

/** A narrowing step (`filter({ hasText })`) is fixed by the text of the element it should keep. */
function filterForms(node: AriaNode): Step[][] {
  const text = ownText(node);
  return text ? [[{ method: 'filter', args: [lit.obj({ hasText: lit.str(text) })] }]] : [];
}

/**
 * Roles that only exist as members of a set (a tab of a tab list, an item of a menu, an option of a list
 * box, a radio of a group): while the page still shows members of the role the test named, the renamed
 * one is most likely among them, and an element of another role that only shares words ("Community" ->
 * the footer link "Community Guidelines") is another thing. Its score is scaled by this, also when it has
 * the very name the test named: with the tab strip still there, a radio "Public" is a setting that shares
 * the word (Venmo retired its "Public" feed tab; the privacy radio stayed). A link, button or menu item of
 * that name (a role close to the tab's) still scores enough: the tab moved out of the strip.
 */
const MEMBER_ROLES = new Set(['tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'treeitem']);
const MEMBER_ELSEWHERE = 0.65;

/** Whether the test named a member role explicitly and the pool still has elements of it. */
function memberRoleLives(intent: Intent, pool: readonly AriaNode[]): boolean {
  return intent.roleCertainty === 'explicit' && intent.role !== undefined && MEMBER_ROLES.has(intent.role) && pool.some((n) => n.role === intent.role);
}

/** Candidates in the scope, best first, each with a replacement that resolves uniquely. */
export function rankCandidates(input: RankInput, brokenMethod: string): Candidate[] {
  const pool = brokenMethod === 'filter' ? (input.scope ?? []) : input.scope ? [...new Set(input.scope.flatMap(descendants))] : allNodes(input.roots);
  const prefixForFilter = brokenMethod === 'filter';
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const members = memberRoleLives(input.intent, pool);
  // Building locators costs a snapshot walk each: only the front runners need one.
  const scored = pool
    .filter((node) => !(ANONYMOUS.has(node.role) && !ownText(node)))
    .map((node) => ({ node, score: scoreNode(input.intent, node) * (members && node.role !== input.intent.role ? MEMBER_ELSEWHERE : 1) }))
    .filter((c) => c.score >= MIN_SCORE / 2)
    .sort((a, b) => b.score - a.score || a.node.line - b.node.line)
    .slice(0, input.intent.count > 1 ? 40 : 8);
  for (const { node, score } of scored) {
    const forms = prefixForFilter ? filterForms(node) : input.intent.count === 1 ? formsFor(node, input.intent.exact) : groupFormsFor(node);
    const steps = firstUnique(input, node, forms);
    const changed = changedMeaning(input.intent, node);
    const why = changed ? { changed } : {};
    if (!steps) {
      if (input.intent.count > 1) continue;
      // Still a rival: an element nobody can single out ties with the winner rather than vanishing.
      out.push({ node, score, steps: [], ...why });
      continue;
    }
    const key = steps.map((s) => renderStep(s)).join('.');
    if (input.intent.count > 1 && seen.has(key)) continue;
    seen.add(key);
    out.push({ node, score, steps, ...why });
  }
  out.sort((a, b) => b.score - a.score || a.node.line - b.node.line);
  const best = out[0];
  const drops = best && droppedAmong(input.intent, best.node, pool);
  if (best && drops) best.drops = drops;
  return out;
}

/** The winner, or why there is none: nothing close enough, or a tie. */
export function pickCandidate(ranked: Candidate[]): { pick: Candidate } | { refused: string } {
  const [best, second] = ranked;
  if (!best || best.score < MIN_SCORE) {
    const near = best ? ` (closest: ${describeNode(best.node)}, score ${best.score.toFixed(2)})` : '';
    return { refused: `no element on the page is close enough to what the locator looked for${near}` };
  }
  if (second && best.score - second.score < TIE_MARGIN && !sameThing(best.node, second.node)) {
    return { refused: `several elements fit equally well: ${describeNode(best.node)} (${best.score.toFixed(2)}) and ${describeNode(second.node)} (${second.score.toFixed(2)})` };
  }
  if (best.changed) return { refused: `the closest element, ${describeNode(best.node)}, is another thing than the locator named: ${best.changed}` };
  if (best.drops) return { refused: best.drops };
  if (!best.steps.length) return { refused: `${describeNode(best.node)} fits, but no locator picks it out alone on this page` };
  return { pick: best };
}

/** A label's text and its field, or a cell and its row, are one thing to the user, not a tie. */
function sameThing(a: AriaNode, b: AriaNode): boolean {
  return (isDescendant(a, b) || isDescendant(b, a)) && normalizeName(a.name || ownText(a)) === normalizeName(b.name || ownText(b));
}
