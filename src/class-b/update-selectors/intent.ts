// What element the broken locator step was meant to find: a role, a name or loose words (from a test id
// or CSS classes), plus what the action and the assertion say about it. Then: how well a snapshot
// element fits that intent.
import { NAME_FROM_CONTENT, ownText, textOf, type AriaNode } from './aria-snapshot.js';
import { CONTROL_ROLES, TAG_ROLES } from './evaluate.js';
import { option, type LocatorStep } from './locator.js';
import type { JsValue } from '../source.js';
import { nameSimilarity, normalizeName, wordOverlap, words } from './similarity.js';
import { cssText } from './css-text.js';

export type Via = 'role' | 'text' | 'label' | 'placeholder' | 'alt' | 'title' | 'testid' | 'css' | 'filter';

export interface Intent {
  via: Via;
  role?: string;
  /** `explicit`: getByRole said so; `hint`: a tag or a word like "btn" suggests it. */
  roleCertainty?: 'explicit' | 'hint';
  name?: string;
  /** Loose words from a test id or CSS selector, when there is no name. */
  words?: string[];
  exact: boolean;
  /** Roles the action works on (fill -> text boxes); undefined for any. */
  actionRoles?: Set<string>;
  /** Text an assertion expected the element to show (`containsText`: as a substring, toContainText). */
  expectedText?: string;
  containsText?: boolean;
  /** Elements the fixed locator should resolve to (toHaveCount N), else 1. */
  count: number;
}

/** Words in test ids and class names that name a role rather than the thing. */
export const ROLE_WORDS: Record<string, string> = {
  btn: 'button', button: 'button', link: 'link', input: 'textbox', field: 'textbox', textbox: 'textbox', heading: 'heading',
  title: 'heading', header: 'heading', checkbox: 'checkbox', radio: 'radio', select: 'combobox', dropdown: 'combobox', row: 'row',
  item: 'listitem', list: 'list', table: 'table', dialog: 'dialog', modal: 'dialog', tab: 'tab', img: 'img', image: 'img',
  icon: 'img', logo: 'img', cell: 'cell', toggle: 'switch', switch: 'switch', nav: 'navigation',
};

/** Roles that stand in for one another when a page is reworked. */
const RELATED: string[][] = [
  ['button', 'link', 'menuitem', 'tab'],
  ['textbox', 'searchbox', 'combobox', 'spinbutton'],
  ['checkbox', 'switch', 'radio', 'menuitemcheckbox'],
  ['row', 'listitem', 'option', 'treeitem'],
  ['list', 'table', 'grid', 'listbox', 'tree'],
  ['paragraph', 'generic', 'status', 'note'],
];

/**
 * Roles that hold other elements (a chain searches inside them), and roles of the controls and items
 * they hold. A dialog is never the button that opens it, whatever their names share.
 */
const CONTAINER_ROLES = new Set(['dialog', 'alertdialog', 'list', 'table', 'grid', 'listbox', 'tree', 'navigation', 'region', 'form', 'group', 'main', 'complementary', 'banner', 'contentinfo', 'menu', 'menubar', 'tablist', 'toolbar', 'radiogroup', 'article', 'feed', 'search']);
const CONTROL_OR_ITEM_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'combobox', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'slider', 'spinbutton', 'img', 'listitem', 'row', 'cell', 'treeitem']);

/** Roles of text the page shows, which nobody operates: a heading, a paragraph, a caption. */
const TEXT_ROLES = new Set(['heading', 'paragraph', 'text', 'caption', 'strong', 'emphasis', 'code', 'term', 'definition', 'blockquote', 'note', 'status', 'tooltip', 'time', 'mark', 'subscript', 'superscript']);
/** Roles a user operates. */
const OPERATED_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'switch', 'combobox', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'tab', 'option', 'slider', 'spinbutton', 'treeitem']);

/**
 * Whether one role holds elements and the other is a control or an item, or one is text and the other
 * a control (a "Purge Cache" button gone, a "Purge Cache" heading left): never the same element reworked.
 */
export function containerVersusControl(a: string, b: string): boolean {
  const across = (x: string, y: string) => (CONTAINER_ROLES.has(x) && CONTROL_OR_ITEM_ROLES.has(y)) || (TEXT_ROLES.has(x) && OPERATED_ROLES.has(y));
  return across(a, b) || across(b, a);
}

export function rolesRelated(a: string, b: string): boolean {
  return RELATED.some((g) => g.includes(a) && g.includes(b));
}

/** What the action implies: fill needs a text box, check a checkbox, selectOption a select. */
export function actionRoles(message: string): Set<string> | undefined {
  const action = /\b(?:locator|page|frame)\.(fill|check|uncheck|selectOption|setChecked|clear|pressSequentially|type)\b/.exec(message)?.[1];
  if (!action) return undefined;
  if (action === 'selectOption') return new Set(['combobox', 'listbox']);
  if (action === 'check' || action === 'uncheck' || action === 'setChecked') return new Set(['checkbox', 'radio', 'switch', 'menuitemcheckbox']);
  return new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);
}

function fromWords(all: string[], base: Omit<Intent, 'via' | 'exact'>, via: Via): Intent {
  const roleWords = all.filter((w) => ROLE_WORDS[w]);
  const rest = all.filter((w) => !ROLE_WORDS[w]);
  const role = base.role ?? (roleWords[0] ? ROLE_WORDS[roleWords[0]] : undefined);
  return { ...base, via, exact: false, ...(role ? { role, roleCertainty: 'hint' as const } : {}), words: rest.length ? rest : all };
}

/** A simple CSS selector's tag, words and quoted text (`button.save-btn`, `#total`, `a:has-text("Export")`). */
function fromCss(selector: string, base: Omit<Intent, 'via' | 'exact'>): Intent | undefined {
  const text = cssText(selector);
  const tag = /^([a-z][a-z0-9]*)/i.exec(selector)?.[1]?.toLowerCase();
  const role = tag ? TAG_ROLES[tag] : undefined;
  const withRole = { ...base, ...(role ? { role, roleCertainty: 'hint' as const } : {}) };
  if (text) return { ...withRole, via: 'text', name: text, exact: false };
  const aria = /\[(aria-label|placeholder|title|alt)\s*=\s*["']([^"']+)["']\]/.exec(selector);
  if (aria?.[2]) return { ...withRole, via: aria[1] === 'placeholder' ? 'placeholder' : 'css', name: aria[2], exact: false };
  const ids = [...selector.matchAll(/[#.]([\w-]+)|\[[\w-]+\s*[*^$~|]?=\s*["']?([^"'[\]\s][^"'[\]]*)["']?\]/g)].map((m) => m[1] ?? m[2] ?? '');
  const all = ids.flatMap(words);
  if (!all.length) return role ? { ...withRole, via: 'css', exact: false } : undefined;
  return fromWords(all, withRole, 'css');
}

/** The last step of an XPath (`//div[@id="x"]/button[text()="Save"]` -> `button[text()="Save"]`): after the last `/` outside predicates and quotes. */
function lastXPathStep(path: string): string {
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === '/' && depth === 0) from = i + 1;
  }
  return path.slice(from);
}
// `text()="Save"`, `contains(text(), 'Save')`, `normalize-space()="Save"`, `.="Save"`.
const XPATH_TEXT = /(?:text\(\)|normalize-space\((?:text\(\)|\.)?\)|\.)\s*(?:=|,)\s*(["'])([^"']+)\1/;
// `@name="email"`, `contains(@href, "settings")`.
const XPATH_ATTR = /@([\w-]+)\s*(?:=|,)\s*(["'])([^"']+)\2/g;

/** An XPath's last step: its tag, the text it names, and the words of its attribute values. */
function fromXPath(selector: string, base: Omit<Intent, 'via' | 'exact'>): Intent | undefined {
  const step = lastXPathStep(selector.replace(/^xpath=/, '').slice(0, 2000));
  const tag = /^[A-Za-z][\w-]*/.exec(step)?.[0].toLowerCase();
  if (!tag && !step.startsWith('*')) return undefined;
  const role = tag ? TAG_ROLES[tag] : undefined;
  const withRole = { ...base, ...(role ? { role, roleCertainty: 'hint' as const } : {}) };
  const text = XPATH_TEXT.exec(step)?.[2];
  if (text) return { ...withRole, via: 'text', name: text, exact: false };
  const attrs = [...step.matchAll(XPATH_ATTR)].map((m) => ({ attr: (m[1] as string).toLowerCase(), value: m[3] as string }));
  const named = attrs.find((a) => a.attr === 'aria-label' || a.attr === 'title' || a.attr === 'placeholder' || a.attr === 'alt');
  if (named) return { ...withRole, via: named.attr === 'placeholder' ? 'placeholder' : 'css', name: named.value, exact: false };
  const all = attrs.flatMap((a) => words(a.value));
  if (!all.length) return undefined;
  return fromWords(all, withRole, 'css');
}

/** Characters a regular expression reads as operators; escaped (`\\.`), each stands for itself. */
const REGEX_OPERATORS = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}', '/']);

/**
 * The text a regular expression written as a name or text stands for, when it is only literal text
 * (`/sign in/i`, `/^Save$/`, `/Total \(EUR\)/`): what a test means by it is that text, as a substring
 * (exact only when anchored at both ends and case-sensitive). Undefined for a real pattern (a class, an
 * alternation, a quantifier, `\d`, ...), a multi-line or dot-all one, or one with no letter.
 */
export function literalOfRegex(v: JsValue | undefined): { text: string; exact: boolean } | undefined {
  if (v?.t !== 're' || v.source.length > 200 || /[^giuy]/.test(v.flags)) return undefined;
  let src = v.source;
  const head = src.startsWith('^');
  if (head) src = src.slice(1);
  const tail = src.endsWith('$') && !src.endsWith('\\$');
  if (tail) src = src.slice(0, -1);
  let text = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (c === '\\') {
      const next = src[i + 1];
      if (next === undefined || !(REGEX_OPERATORS.has(next) || next === '-' || next === ' ')) return undefined;
      text += next;
      i++;
    } else if (REGEX_OPERATORS.has(c)) return undefined;
    else text += c;
  }
  if (!/\p{L}/u.test(text) || text.trim() !== text || /\s{2}/.test(text)) return undefined;
  return { text, exact: head && tail && !v.flags.includes('i') };
}

/** The intent of the broken step, or undefined when the step says too little (or uses a regex name that is a real pattern). */
export function intentOf(step: LocatorStep, context: { message: string; expectedText?: string; containsText?: boolean; count: number }): Intent | undefined {
  const base = { count: context.count, ...(context.expectedText !== undefined ? { expectedText: context.expectedText, containsText: !!context.containsText } : {}), ...(actionRoles(context.message) ? { actionRoles: actionRoles(context.message) } : {}) };
  const first = step.args[0];
  const exactOpt = option(step, 'exact');
  const exact = exactOpt?.t === 'bool' && exactOpt.v;
  const str = first?.t === 'str' ? first.v : undefined;
  switch (step.method) {
    case 'getByRole': {
      if (str === undefined) return undefined;
      const name = option(step, 'name');
      // A regular-expression name that is only text (`{ name: /sign in/i }`) means that text.
      const literal = name?.t === 're' ? literalOfRegex(name) : undefined;
      if (literal) return { ...base, via: 'role', role: str, roleCertainty: 'explicit', exact: literal.exact, name: literal.text };
      if (name && name.t !== 'str') return undefined;
      return { ...base, via: 'role', role: str, roleCertainty: 'explicit', exact, ...(name?.t === 'str' ? { name: name.v } : {}) };
    }
    case 'getByText':
    case 'getByLabel':
    case 'getByPlaceholder':
    case 'getByAltText':
    case 'getByTitle': {
      const literal = literalOfRegex(first);
      if (str === undefined && !literal) return undefined;
      const via = ({ getByText: 'text', getByLabel: 'label', getByPlaceholder: 'placeholder', getByAltText: 'alt', getByTitle: 'title' } as const)[step.method];
      return { ...base, via, name: literal ? literal.text : (str as string), exact: literal ? literal.exact : exact, ...(via === 'alt' ? { role: 'img', roleCertainty: 'hint' as const } : {}) };
    }
    case 'getByTestId':
      return str === undefined ? undefined : fromWords(words(str), base, 'testid');
    case 'locator':
      if (str === undefined) return undefined;
      return /^(?:xpath=|\/|\(\/)/.test(str) ? fromXPath(str, base) : fromCss(str, base);
    case 'filter': {
      const has = option(step, 'hasText');
      return has?.t === 'str' ? { ...base, via: 'filter', name: has.v, exact: false } : undefined;
    }
    default:
      return undefined;
  }
}

/** The names an element answers to for this kind of lookup. */
function namesOf(node: AriaNode, via: Via): string[] {
  const out: string[] = [];
  if (via === 'text' || via === 'filter' || via === 'css' || via === 'testid') {
    const own = ownText(node);
    if (own) out.push(own);
    if (via === 'filter') out.push(textOf(node));
  }
  // getByText matches text, never an image's alt: a link named only by its logo is no text to compare.
  if (node.name && (via !== 'text' || (NAME_FROM_CONTENT.has(node.role) && (node.content.length === 0 || holdsText(node))))) out.push(node.name);
  if (node.placeholder) out.push(node.placeholder);
  return out;
}

/** Whether any text (not an image's name) sits in the node or under it. */
function holdsText(node: AriaNode): boolean {
  return node.content.some((c) => (typeof c === 'string' ? c.trim() !== '' : holdsText(c)));
}

/** The innermost element whose text is (or contains) `want`: its wrappers do not count. */
function carriesText(node: AriaNode, want: string, contains: boolean): boolean {
  const hit = (n: AriaNode) => {
    const text = normalizeName(textOf(n));
    return want !== '' && (contains ? text.includes(want) : text === want);
  };
  return hit(node) && !node.content.some((c) => typeof c !== 'string' && hit(c));
}

function nameScore(intent: Intent, names: string[]): number {
  if (intent.name !== undefined) return Math.max(0, ...names.map((n) => nameSimilarity(intent.name as string, n)));
  if (intent.words) return Math.max(0, ...names.map((n) => wordOverlap(intent.words as string[], words(n))));
  return intent.role ? 0.7 : 0;
}

/** The name a link's URL gives its page: the fragment, else the last path segment (`/docs/pricing.html` -> `pricing`). */
export function urlName(url: string): string | undefined {
  const cut = url.slice(0, 500);
  const hash = cut.indexOf('#');
  const tail = hash >= 0 ? cut.slice(hash + 1) : (cut.split('?')[0] as string);
  const segment = tail.split('/').filter((x) => x && x !== '!').pop();
  const name = segment?.replace(/\.[a-z]{2,5}$/i, '');
  return name && /[a-z]/i.test(name) ? name : undefined;
}

/** Whether the node sits in a navigation landmark. */
function inNavigation(node: AriaNode): boolean {
  for (let a = node.parent; a; a = a.parent) if (a.role === 'navigation') return true;
  return false;
}

/**
 * The words a landmark's name repeats of its role ("Main navigation", "Footer nav", "Filters region"):
 * accessibility linters tell teams to drop them ("Main navigation" -> "Main", or "Primary"), so between
 * two landmarks of that role they say nothing either way.
 */
const LANDMARK_ROLE_WORDS: Readonly<Record<string, RegExp>> = {
  navigation: /\b(?:navigation|nav)\b/gi,
  region: /\b(?:region|section)\b/gi,
  complementary: /\b(?:complementary|sidebar)\b/gi,
  search: /\bsearch\b/gi,
  form: /\bform\b/gi,
};

/** `name` without `word`'s matches (as it was when nothing else is left). */
function withoutWord(name: string, word: RegExp): string {
  const rest = name.replace(word, ' ').replace(/\s+/g, ' ').trim();
  return rest || name;
}

/** A renamed link whose address still names what the test looked for ("Pricing" -> link "Plans" to `#pricing`) counts a little less than its name. */
const URL_WEIGHT = 0.85;

/**
 * 0..1: how well a snapshot element fits the intent. For a group (toHaveCount N) the names of the
 * containers count too, a little less: `.contact-row` items live in the list "Contacts".
 */
export function scoreNode(intent: Intent, node: AriaNode): number {
  let name = nameScore(intent, namesOf(node, intent.via));
  const roleWord = intent.role === node.role && intent.name !== undefined ? LANDMARK_ROLE_WORDS[node.role] : undefined;
  if (roleWord) name = Math.max(name, nameScore({ ...intent, name: withoutWord(intent.name as string, roleWord) }, namesOf(node, intent.via).map((n) => withoutWord(n, roleWord))));
  const fromUrl = node.role === 'link' && node.url && intent.via !== 'label' && intent.via !== 'placeholder' ? urlName(node.url) : undefined;
  if (fromUrl) name = Math.max(name, URL_WEIGHT * nameScore(intent, [fromUrl]));
  if (intent.count > 1 && !node.name) {
    for (let a = node.parent; a; a = a.parent) if (a.name) name = Math.max(name, 0.85 * nameScore(intent, [a.name]));
  }
  // The assertion's expected text is strong evidence of its own; agreeing words on top of it add a little.
  if (intent.expectedText !== undefined && carriesText(node, normalizeName(intent.expectedText), !!intent.containsText)) name = Math.min(1, Math.max(name, 0.75) + 0.2 * name);
  let role = 1;
  if (intent.role && intent.role !== node.role) {
    const related = rolesRelated(intent.role, node.role);
    if (intent.roleCertainty === 'explicit') role = related ? 0.85 : name >= 0.95 && !containerVersusControl(intent.role, node.role) ? 0.8 : 0.5;
    else role = related ? 0.9 : 0.75;
  }
  // A button the test clicked is an action; a link in the site's navigation is a place to go. A
  // release that dropped the action leaves the menu entry of the same name, not the action moved.
  if (intent.role === 'button' && node.role === 'link' && inNavigation(node)) role = Math.min(role, 0.5);
  if (intent.via === 'label' && !CONTROL_ROLES.has(node.role)) role *= 0.5;
  if (intent.actionRoles && !intent.actionRoles.has(node.role)) role *= 0.4;
  return name * role;
}
