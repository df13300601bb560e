// A page snapshot in Playwright's ARIA form, rebuilt from the `heal-dom` snapshot, for failures that came
// without one: Playwright takes none when PLAYWRIGHT_NO_COPY_PROMPT is set and the failure is an action or
// a value assertion (a locator assertion carries a snapshot of its own), or when its 5 s ariaSnapshot gave
// up on a busy page. The
// triage rules read what a user sees (a login form, an error page, a 404 heading); the DOM snapshot holds
// the same roles, names and texts, so the rules can read them there too.
import { parseDomSnapshot, type DomElement, type DomSnapshot } from './dom-snapshot.js';
import { triageFailure } from './triage.js';
import type { FailureInput, TriageResult } from './types.js';

/** Roles whose name is their own text: the text is not written twice. */
const NAMED_BY_CONTENT = new Set(['button', 'link', 'heading', 'cell', 'gridcell', 'columnheader', 'rowheader', 'tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'tooltip', 'checkbox', 'radio', 'switch']);
/** Roles that show nothing themselves (as in Playwright's snapshot, which leaves them out). */
const NOT_SHOWN = new Set(['presentation', 'none']);
/** The rebuilt snapshot stops growing past this many characters (triage reads the top of a page). */
export const DOM_ARIA_MAX = 60_000;

/** One line of text as the snapshot writes it: whitespace collapsed (a hostile attachment may hold line breaks). */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const YAML_WORDS = new Set(['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null', '~']);

/** Playwright's rule (isomorphic/yaml.ts) for a scalar its snapshot quotes; texts here are one trimmed line already. */
function needsQuotes(s: string): boolean {
  return s.length === 0 || /^[-&*\],?!>|@"'#%[]|: |:$|\s#|[{}`]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(s) || !Number.isNaN(Number(s)) || YAML_WORDS.has(s.toLowerCase());
}

/** A text value as Playwright writes it: bare, or double-quoted with JSON's escapes when YAML needs it. */
function yamlValue(s: string): string {
  return needsQuotes(s) ? JSON.stringify(s) : s;
}

/** A key (`heading "Sign in" [level=1]`) as Playwright writes it: single-quoted when YAML needs it. */
function yamlKey(s: string): string {
  return needsQuotes(s) ? `'${s.replace(/'/g, "''")}'` : s;
}

/** What the snapshot shows as a filled text field's value: the capture keeps that there was one, never what. */
export const FILLED_VALUE = '\u2022\u2022\u2022\u2022';

/** The element's snapshot line without indent, or undefined when the element shows nothing of its own. */
function lineOf(e: DomElement): string | undefined {
  const role = typeof e.role === 'string' ? oneLine(e.role) : '';
  const own = typeof e.ownText === 'string' ? oneLine(e.ownText) : '';
  if (!role || NOT_SHOWN.has(role)) return own ? `- text: ${yamlValue(own)}` : undefined;
  const name = typeof e.name === 'string' ? oneLine(e.name) : '';
  let key = `${role}${name ? ` ${JSON.stringify(name)}` : ''}`;
  if (role === 'heading' && typeof e.level === 'number' && e.level >= 1 && e.level <= 6) key += ` [level=${e.level}]`;
  const value = e.filled === true ? FILLED_VALUE : own && own !== name && !NAMED_BY_CONTENT.has(role) ? own : '';
  return `- ${yamlKey(key)}${value ? `: ${yamlValue(value)}` : ''}`;
}

/**
 * The visible elements of a DOM snapshot as ARIA snapshot lines (`- heading "Sign in" [level=1]`, `- textbox
 * "Password"`, `- paragraph: text`), indented by the nearest shown ancestor, iframes' contents under an
 * `- iframe:` line. Undefined when nothing is visible. Texts were redacted and clipped when captured.
 */
export function ariaSnapshotFromDom(dom: DomSnapshot | undefined): string | undefined {
  if (!dom || !Array.isArray(dom.elements)) return undefined;
  const elements = dom.elements;
  // The indent of each element's nearest shown ancestor-or-self (-1: none), so hidden or wordless
  // wrappers do not deepen their children.
  const depth = new Int32Array(elements.length);
  const lines: string[] = [];
  let size = 0;
  let frame = 0;
  for (let i = 0; i < elements.length && size < DOM_ARIA_MAX; i++) {
    const e = elements[i] as DomElement;
    const base = e.frame > 0 ? 0 : -1;
    if (e.frame > 0 && e.frame !== frame) {
      frame = e.frame;
      lines.push('- iframe:');
      size += 10;
    }
    const parent = Number.isInteger(e.parent) && e.parent >= 0 && e.parent < i ? (depth[e.parent] as number) : base;
    const line = e.visible ? lineOf(e) : undefined;
    if (line === undefined) {
      depth[i] = parent;
      continue;
    }
    depth[i] = parent + 1;
    const text = `${'  '.repeat(depth[i] as number)}${line}`;
    lines.push(text);
    size += text.length + 1;
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The reason added to a verdict that read the page from the DOM snapshot. */
export const DOM_PAGE_REASON = "the page was read from healwright's DOM snapshot (heal-dom): Playwright attached no page snapshot";

/**
 * The page snapshot triage reads: error-context's when Playwright wrote one (even a blank one: that is
 * what the page showed), else the one rebuilt from the `heal-dom` snapshot (its body, or
 * parsed). `fromDom` says which.
 */
export function pageSnapshotForTriage(errorContextSnapshot: string | undefined, dom: DomSnapshot | string | undefined): { pageSnapshot?: string; fromDom?: true } {
  if (errorContextSnapshot !== undefined) return { pageSnapshot: errorContextSnapshot };
  const rebuilt = ariaSnapshotFromDom(typeof dom === 'string' ? parseDomSnapshot(dom) : dom);
  return rebuilt === undefined ? {} : { pageSnapshot: rebuilt, fromDom: true };
}

/**
 * triageFailure with the page {@link pageSnapshotForTriage} picks; a verdict that read the page from the
 * DOM snapshot says so in its last reason.
 */
export function triageWithPage(input: Omit<FailureInput, 'pageSnapshot'>, errorContextSnapshot: string | undefined, dom: DomSnapshot | string | undefined): TriageResult {
  const { pageSnapshot, fromDom } = pageSnapshotForTriage(errorContextSnapshot, dom);
  const verdict = triageFailure({ ...input, ...(pageSnapshot ? { pageSnapshot } : {}) });
  return fromDom ? { ...verdict, reasons: [...verdict.reasons, DOM_PAGE_REASON] } : verdict;
}
