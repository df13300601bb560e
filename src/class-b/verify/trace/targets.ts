// The elements Playwright's own trace says each call acted on. When tracing, Playwright marks the
// element an action or assertion resolved to with the attribute `__playwright_target__` in that call's
// DOM snapshot, and writes each call's source stack to `*.stacks`. Together they answer "which element
// did the locator on line N find?" in a re-run, from Playwright's own record rather than a guess.
// Snapshots are incremental: a node may be a reference [[snapshotsBack, nodeIndex]] into an earlier
// snapshot of the same frame (post-order numbering), resolved here with a bounded walk.

/** One element a traced call acted on. */
export interface TracedElement {
  /** Lower-case tag name. */
  tag: string;
  attrs: Record<string, string>;
  /** Text content, whitespace collapsed, at most TEXT_CHARS characters. */
  text: string;
}

/** One traced API call of the test, with where it was made and what it acted on. */
export interface TracedCall {
  callId: string;
  method: string;
  selector?: string;
  /** The source frames of the call, innermost first (the test's own file, a page object's). */
  frames: { file: string; line: number }[];
  targets: TracedElement[];
}

const TEXT_CHARS = 200;
/** Most nodes visited while resolving one target's text. */
const VISIT_BUDGET = 20_000;
const TARGET_ATTR = '__playwright_target__';

type NodeSnapshot = string | [string, Record<string, string>?, ...unknown[]] | [[number, number]];

interface FrameSnap {
  html: NodeSnapshot;
  nodes?: NodeSnapshot[];
}

const isElement = (n: unknown): n is [string, Record<string, string>?, ...unknown[]] => Array.isArray(n) && typeof n[0] === 'string';
const isRef = (n: unknown): n is [[number, number]] => Array.isArray(n) && Array.isArray(n[0]) && typeof n[0][0] === 'number' && typeof n[0][1] === 'number';

/** The snapshot's nodes in Playwright's numbering: post-order, text nodes included, references not. */
function nodesOf(s: FrameSnap): NodeSnapshot[] {
  if (s.nodes) return s.nodes;
  const nodes: NodeSnapshot[] = [];
  // Iterative post-order (a deep page must not overflow the stack).
  const stack: { n: NodeSnapshot; i: number }[] = [{ n: s.html, i: 2 }];
  while (stack.length) {
    const top = stack[stack.length - 1] as { n: NodeSnapshot; i: number };
    const n = top.n;
    if (typeof n === 'string') {
      nodes.push(n);
      stack.pop();
    } else if (isElement(n) && top.i < n.length) {
      stack.push({ n: n[top.i++] as NodeSnapshot, i: 2 });
    } else {
      if (isElement(n)) nodes.push(n);
      stack.pop();
    }
  }
  s.nodes = nodes;
  return nodes;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of `node` in snapshot `at` of `frame`, references followed, within the visit budget. */
function textOf(node: NodeSnapshot, at: number, frame: readonly FrameSnap[]): string {
  let out = '';
  let budget = VISIT_BUDGET;
  const walk: { n: unknown; at: number }[] = [{ n: node, at }];
  while (walk.length && budget-- > 0 && out.length < TEXT_CHARS * 2) {
    const { n, at: here } = walk.pop() as { n: unknown; at: number };
    if (typeof n === 'string') out += n;
    else if (isRef(n)) {
      const [back, index] = n[0];
      const target = frame[here - back];
      const resolved = back >= 0 && target ? nodesOf(target)[index] : undefined;
      if (resolved !== undefined) walk.push({ n: resolved, at: here - back });
    } else if (isElement(n) && !SKIP_TEXT.has(n[0].toUpperCase())) {
      for (let i = n.length - 1; i >= 2; i--) walk.push({ n: n[i], at: here });
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, TEXT_CHARS);
}

/** The elements in `html` that carry the target mark (found without following references: a marked node is always written out). */
function markedIn(html: NodeSnapshot): [string, Record<string, string>?, ...unknown[]][] {
  const found: [string, Record<string, string>?, ...unknown[]][] = [];
  const walk: unknown[] = [html];
  let budget = 200_000;
  while (walk.length && budget-- > 0) {
    const n = walk.pop();
    if (!isElement(n)) continue;
    const attrs = n[1];
    if (attrs && typeof attrs === 'object' && !Array.isArray(attrs) && TARGET_ATTR in attrs) found.push(n);
    for (let i = n.length - 1; i >= 2; i--) walk.push(n[i]);
  }
  return found;
}

interface StacksFile {
  files?: unknown;
  stacks?: unknown;
}

/**
 * Every API call of a trace (the `*.trace` and `*.stacks` entries of a trace.zip) with its source
 * frames and the elements it acted on. Malformed lines are skipped; nothing here throws on bad input.
 */
export function tracedCalls(entries: ReadonlyMap<string, Buffer>): TracedCall[] {
  const frames = new Map<string, { file: string; line: number }[]>();
  for (const [name, data] of entries) {
    if (!name.endsWith('.stacks')) continue;
    let parsed: StacksFile;
    try {
      parsed = JSON.parse(data.toString('utf8')) as StacksFile;
    } catch {
      continue;
    }
    const files = Array.isArray(parsed.files) ? parsed.files : [];
    for (const entry of Array.isArray(parsed.stacks) ? parsed.stacks : []) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) continue;
      const list: { file: string; line: number }[] = [];
      for (const f of entry[1] as unknown[]) {
        if (!Array.isArray(f) || typeof f[0] !== 'number' || typeof f[1] !== 'number') continue;
        const file = files[f[0]];
        if (typeof file === 'string') list.push({ file, line: f[1] });
      }
      frames.set(entry[0], list);
    }
  }
  const calls = new Map<string, TracedCall>();
  const snapshots = new Map<string, FrameSnap[]>();
  for (const [name, data] of entries) {
    if (!name.endsWith('.trace') || name === 'test.trace') continue;
    for (const line of data.toString('utf8').split('\n')) {
      if (!line) continue;
      let ev: { type?: unknown; callId?: unknown; method?: unknown; params?: { selector?: unknown }; snapshot?: { callId?: unknown; frameId?: unknown; html?: unknown } };
      try {
        ev = JSON.parse(line) as typeof ev;
      } catch {
        continue;
      }
      if (ev.type === 'before' && typeof ev.callId === 'string') {
        calls.set(ev.callId, {
          callId: ev.callId,
          method: typeof ev.method === 'string' ? ev.method : '',
          ...(typeof ev.params?.selector === 'string' ? { selector: ev.params.selector } : {}),
          frames: frames.get(ev.callId) ?? [],
          targets: [],
        });
      } else if (ev.type === 'frame-snapshot' && ev.snapshot && typeof ev.snapshot.frameId === 'string') {
        const list = snapshots.get(ev.snapshot.frameId) ?? [];
        snapshots.set(ev.snapshot.frameId, list);
        const snap: FrameSnap = { html: (ev.snapshot.html ?? '') as NodeSnapshot };
        list.push(snap);
        const call = typeof ev.snapshot.callId === 'string' ? calls.get(ev.snapshot.callId) : undefined;
        if (!call) continue;
        for (const el of markedIn(snap.html)) {
          const attrs: Record<string, string> = {};
          for (const [k, v] of Object.entries(el[1] ?? {})) if (k !== TARGET_ATTR && typeof v === 'string') attrs[k.toLowerCase()] = v;
          const target: TracedElement = { tag: el[0].toLowerCase(), attrs, text: textOf(el, list.length - 1, list) };
          const key = JSON.stringify(target);
          if (!call.targets.some((t) => JSON.stringify(t) === key)) call.targets.push(target);
        }
      }
    }
  }
  return [...calls.values()];
}
