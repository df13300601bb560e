// The YAML ARIA snapshot of an `error-context` attachment, read back into a tree. Lines look like
// `- button "Save" [ref=e2]`, `- heading "Hello" [level=1]`, `- textbox "Name": Ada`, `- text: Hi`,
// `- /url: /x`, `- 'link "a: b"'` (a key YAML had to quote), nested by two-space indentation.
import { fencedBlock } from '../../triage/lines.js';

/** One element of the snapshot. `content` keeps text and child elements in page order. */
export interface AriaNode {
  role: string;
  name: string;
  /** `[level=1]` -> level: '1'; `[checked]` -> checked: 'true'. `ref` and `cursor` are dropped. */
  attrs: Record<string, string>;
  /** A form control's value (`- textbox "Name": Ada`); not text for getByText. */
  value?: string;
  url?: string;
  placeholder?: string;
  content: (string | AriaNode)[];
  parent?: AriaNode;
  /** 0-based line in the snapshot: document order. */
  line: number;
}

/** Roles whose value after `:` is what the user typed or picked, not text content. */
const VALUE_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider']);

/** Decodes a YAML double-quoted scalar as Playwright writes it (JSON escapes plus `\xNN`). */
function yamlDouble(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

/** A scalar value after `key: `: double-quoted, single-quoted or plain. */
function scalar(text: string): string {
  const t = text.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) return yamlDouble(t.slice(1, -1));
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}

/** Where a JSON string that starts at `from` (a `"`) ends (index of the closing quote), or -1. */
function jsonStringEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** Splits `- <key>[: value]` into key and value, undoing YAML's single quotes around the key. */
function splitEntry(body: string): { key: string; value?: string } {
  if (body.startsWith("'")) {
    let i = 1;
    while (i < body.length) {
      if (body[i] === "'" && body[i + 1] === "'") i += 2;
      else if (body[i] === "'") break;
      else i++;
    }
    const key = body.slice(1, i).replace(/''/g, "'");
    const rest = body.slice(i + 1);
    const colon = /^:\s?(.*)$/.exec(rest);
    return colon ? { key, value: colon[1] || undefined } : { key };
  }
  // An unquoted key has no ': ' of its own (YAML would have quoted it); a quoted name may hold ':'.
  let i = 0;
  while (i < body.length) {
    if (body[i] === '"') {
      const end = jsonStringEnd(body, i);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    if (body[i] === ':' && (i + 1 === body.length || body[i + 1] === ' ')) return { key: body.slice(0, i), value: body.slice(i + 1).trim() || undefined };
    i++;
  }
  return { key: body };
}

function parseKey(key: string, line: number): AriaNode | undefined {
  const role = /^[a-z][a-zA-Z-]*/.exec(key)?.[0];
  if (!role) return undefined;
  let rest = key.slice(role.length).trimStart();
  let name = '';
  if (rest.startsWith('"')) {
    const end = jsonStringEnd(rest, 0);
    if (end < 0) return undefined;
    try {
      name = JSON.parse(rest.slice(0, end + 1)) as string;
    } catch {
      name = rest.slice(1, end);
    }
    rest = rest.slice(end + 1);
  }
  const attrs: Record<string, string> = {};
  for (const m of rest.matchAll(/\[([a-z-]+)(?:=([^\][]*))?\]/g)) {
    if (m[1] === 'ref' || m[1] === 'cursor') continue;
    attrs[m[1] as string] = m[2] ?? 'true';
  }
  return { role, name, attrs, content: [], line };
}

/** Parses a snapshot into its top-level nodes. Unreadable lines are skipped, not fatal. */
export function parseAriaSnapshot(yaml: string): AriaNode[] {
  const roots: AriaNode[] = [];
  const stack: { indent: number; node: AriaNode }[] = [];
  const lines = yaml.split('\n');
  lines.forEach((raw, lineNo) => {
    if (!raw.includes('- ')) return; // not an entry; cheap on a snapshot padded with blank lines
    const m = /^(\s*)- (.*)$/.exec(raw.replace(/\r$/, ''));
    if (!m) return;
    const indent = (m[1] as string).length;
    while (stack.length && (stack[stack.length - 1] as { indent: number }).indent >= indent) stack.pop();
    const parent = stack[stack.length - 1]?.node;
    const { key, value } = splitEntry(m[2] as string);
    if (key === 'text') {
      if (parent && value !== undefined) parent.content.push(scalar(value));
      return;
    }
    if (key.startsWith('/')) {
      if (parent && key === '/url') parent.url = scalar(value ?? '');
      if (parent && key === '/placeholder') parent.placeholder = scalar(value ?? '');
      return;
    }
    const node = parseKey(key, lineNo);
    if (!node) return;
    if (value !== undefined) {
      if (VALUE_ROLES.has(node.role)) node.value = scalar(value);
      else node.content.push(scalar(value));
    }
    if (parent) {
      node.parent = parent;
      parent.content.push(node);
    } else roots.push(node);
    stack.push({ indent, node });
  });
  return roots;
}

/** The snapshot inside an `error-context` markdown: the first ```yaml block. */
export function snapshotFromErrorContext(markdown: string | undefined): string | undefined {
  return markdown ? fencedBlock(markdown, '```yaml', { crlf: true }) : undefined;
}

const ALL = new WeakMap<AriaNode[], AriaNode[]>();

/** Every node below `roots`, in document order (computed once per snapshot). */
export function allNodes(roots: AriaNode[]): AriaNode[] {
  const cached = ALL.get(roots);
  if (cached) return cached;
  const out: AriaNode[] = [];
  roots.forEach((r) => out.push(r, ...descendants(r)));
  ALL.set(roots, out);
  return out;
}

/** The elements below `node`, in document order. */
export function descendants(node: AriaNode): AriaNode[] {
  const out: AriaNode[] = [];
  const visit = (n: AriaNode) => {
    for (const c of n.content) {
      if (typeof c === 'string') continue;
      out.push(c);
      visit(c);
    }
  };
  visit(node);
  return out;
}

/** Roles whose accessible name is their text, so the name is what getByText sees. */
export const NAME_FROM_CONTENT = new Set([
  'button', 'link', 'heading', 'cell', 'gridcell', 'columnheader', 'rowheader', 'tab', 'option', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'treeitem', 'tooltip', 'caption', 'legend', 'term', 'definition',
]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const TEXT = new WeakMap<AriaNode, string>();

/** The node's text as getByText would see it (whitespace-normalised; computed once per node). */
export function textOf(node: AriaNode): string {
  const cached = TEXT.get(node);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  for (const c of node.content) parts.push(typeof c === 'string' ? c : textOf(c));
  let text = norm(parts.join(' '));
  if (!text && node.name && NAME_FROM_CONTENT.has(node.role)) text = norm(node.name);
  TEXT.set(node, text);
  return text;
}

/** The text the node holds itself (its text children), without its child elements' text. */
export function ownText(node: AriaNode): string {
  const own = norm(node.content.filter((c): c is string => typeof c === 'string').join(' '));
  if (!own && node.name && NAME_FROM_CONTENT.has(node.role) && !node.content.length) return norm(node.name);
  return own;
}

export function isDescendant(node: AriaNode, of: AriaNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === of) return true;
  return false;
}
