// The `heal-dom` attachment: a compact, redacted DOM snapshot of the page at the failure point, taken by
// healwright's fixtures before the page closes. The ARIA snapshot of `error-context` has roles, names
// and text; this one adds what CSS, test-id and XPath locators are written against (tags, ids, classes,
// test-id attributes, structure), so the selector healer can find a renamed class or test id again.

/** Attachment name and content type the fixtures write and the reporter reads. */
export const DOM_ATTACHMENT = 'heal-dom';

/** Test-id attributes a snapshot keeps besides Playwright's own `testIdAttribute` (what suites keep test ids in). */
export const TEST_ID_ATTRIBUTES = ['data-testid', 'data-test-id', 'data-test', 'data-cy', 'data-qa'];

/**
 * Attributes a snapshot never keeps in `attrs`: those its own fields hold (id, classes, name, type, href,
 * placeholder, title, alt, role, accessible name), and styles, sources, values and nonces, which no
 * selector of a test should depend on and which may carry what a test typed. Handlers (`on*`) neither.
 */
export const NOT_KEPT_ATTRIBUTES = [
  'id', 'class', 'style', 'name', 'type', 'href', 'placeholder', 'title', 'alt', 'role', 'aria-label', 'aria-labelledby',
  'value', 'src', 'srcset', 'sizes', 'd', 'points', 'viewbox', 'xmlns', 'xmlns:xlink', 'xlink:href', 'content', 'integrity', 'nonce',
];

/** Other attributes kept per element, at most (`attrsCut` says when there were more). */
export const MAX_ATTRIBUTES = 10;
/** Longer attribute names are never kept in `attrs`. */
export const MAX_ATTRIBUTE_NAME = 40;

/** One element. Absent fields are empty on the page; texts are clipped and redacted. */
export interface DomElement {
  /** Lower-case tag name. */
  tag: string;
  id?: string;
  classes?: string[];
  /** Test-id attributes present on the element: Playwright's `testIdAttribute`, data-testid, data-test, data-cy, data-qa. */
  testIds?: Record<string, string>;
  /** Explicit `role`, else the tag's implicit role (button, link, heading, textbox, ...). */
  role?: string;
  /** Accessible name (aria-label, aria-labelledby, label, alt, title, or text for roles named by content). */
  name?: string;
  /** True when `name` is the element's `aria-label` attribute (snapshots with `ariaLabels` say so for every element). */
  ariaLabel?: boolean;
  /** Text content, whitespace collapsed, clipped. */
  text?: string;
  /** Text of the element's own text nodes (not its children's). */
  ownText?: string;
  /** Text of the `<label>`s of a form control. */
  label?: string;
  placeholder?: string;
  type?: string;
  /** The `name` attribute (forms). */
  nameAttr?: string;
  href?: string;
  title?: string;
  alt?: string;
  /** Other attributes (formcontrolname, aria-selected, data-state, ...), at most MAX_ATTRIBUTES, values clipped and redacted. */
  attrs?: Record<string, string>;
  /** True when the element had more attributes than `attrs` keeps. */
  attrsCut?: boolean;
  /** A text field (input or textarea) that holds a value; the value itself is never kept. */
  filled?: boolean;
  /** Heading level (h1..h6, aria-level). */
  level?: number;
  visible: boolean;
  /** [x, y, width, height] in CSS pixels, rounded. */
  box?: [number, number, number, number];
  /** Index of the nearest captured ancestor in the same frame, -1 for a root. */
  parent: number;
  /** Index of the frame in {@link DomSnapshot.frames} (0: the main frame). */
  frame: number;
}

export interface DomSnapshot {
  version: 1;
  url?: string;
  /** The frames captured, main frame first (`name` and `url` of each). */
  frames: { url: string; name?: string }[];
  /** The test-id attribute Playwright's getByTestId uses in this project. */
  testIdAttribute: string;
  elements: DomElement[];
  /** True when the elements carry their other attributes (`attrs`): an attribute absent there is absent on the page. */
  attributes?: boolean;
  /** True when each element says whether its name is its `aria-label` attribute (`ariaLabel`); older snapshots do not. */
  ariaLabels?: boolean;
  /** True when the page had more elements (or text) than the snapshot keeps. */
  truncated: boolean;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The string-valued entries of an untrusted object, as a plain record without a prototype. */
function stringEntries(o: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(o)) if (isString(v)) out[k] = v;
  return out;
}

/** Parses and shape-checks a `heal-dom` body; undefined when it is not a DOM snapshot (never throws). */
export function parseDomSnapshot(text: string | undefined): DomSnapshot | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const o = raw as Record<string, unknown>;
  if (o.version !== 1 || !Array.isArray(o.elements) || !Array.isArray(o.frames)) return undefined;
  const elements: DomElement[] = [];
  for (const e of o.elements as unknown[]) {
    if (!e || typeof e !== 'object') return undefined;
    const x = e as Record<string, unknown>;
    if (!isString(x.tag) || typeof x.parent !== 'number' || x.parent >= elements.length) return undefined;
    const { attrs, ariaLabel, ...rest } = x;
    elements.push({
      ...(rest as unknown as DomElement),
      visible: x.visible === true,
      frame: typeof x.frame === 'number' ? x.frame : 0,
      ...(Array.isArray(x.classes) ? { classes: x.classes.filter(isString) } : {}),
      ...(ariaLabel === true ? { ariaLabel: true } : {}),
      ...(attrs && typeof attrs === 'object' && !Array.isArray(attrs) ? { attrs: stringEntries(attrs as Record<string, unknown>) } : {}),
    });
  }
  return {
    version: 1,
    ...(isString(o.url) ? { url: o.url } : {}),
    frames: (o.frames as unknown[]).filter((f): f is { url: string; name?: string } => !!f && typeof f === 'object' && isString((f as { url?: unknown }).url)),
    testIdAttribute: isString(o.testIdAttribute) ? o.testIdAttribute : 'data-testid',
    elements,
    ...(o.attributes === true ? { attributes: true } : {}),
    ...(o.ariaLabels === true ? { ariaLabels: true } : {}),
    truncated: o.truncated === true,
  };
}
