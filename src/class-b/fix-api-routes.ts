// Class B fix-api-routes, without an LLM: a request the test makes answered 404; the OpenAPI document
// says where that route lives now (same method, same parameters). Rewrites the path literal only.
import { capInput } from '../triage/input-cap.js';
import { stripAnsi } from '../triage/text.js';
import { failureFrames, readLines, renderString, tokenize, type StackFrame, type Token } from './source.js';
import type { HealerInput, HealerResult } from './types.js';
import { editRatio } from './update-selectors/similarity.js';
import { trimTrailingSlashes } from '../common/strings.js';
import { endsWithTemplate } from './path-template.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface Route {
  method: string;
  template: string;
  segments: string[];
}

const segmentsOf = (p: string) => p.split('/').filter(Boolean);
const isParam = (s: string) => /^\{[^}]+\}$/.test(s);

/** Every (method, path) of an OpenAPI 3 document, with the server's base path in front. */
export function openApiRoutes(doc: unknown): Route[] {
  if (!doc || typeof doc !== 'object') return [];
  const d = doc as { paths?: Record<string, Record<string, unknown>>; servers?: { url?: string }[] };
  let base = d.servers?.[0]?.url ?? '';
  try {
    base = new URL(base, 'http://base.invalid').pathname;
  } catch {
    base = '';
  }
  base = trimTrailingSlashes(base);
  const out: Route[] = [];
  for (const [p, item] of Object.entries(d.paths ?? {})) {
    if (!item || typeof item !== 'object') continue;
    for (const m of METHODS) {
      if (!(m in item)) continue;
      const template = `${base}${p}`;
      out.push({ method: m.toUpperCase(), template, segments: segmentsOf(template) });
    }
  }
  return out;
}

/**
 * The first call-log request (`→ GET /x`) written before the last `← 404`: what the lazy regex
 * /(?:→|->)\s*([A-Z]{3,7})\s+(\S+)[\s\S]*?(?:←|<-)\s*404\b/ found, in two linear passes.
 */
function requestBefore404(text: string): { method: string; url: string } | undefined {
  let last404 = -1;
  for (const m of text.matchAll(/(?:←|<-)\s*404\b/g)) last404 = m.index;
  if (last404 < 0) return undefined;
  for (const m of text.matchAll(/(?:→|->)\s*([A-Z]{3,7})\s+(\S+)/g)) {
    if (m.index + m[0].length > last404) return undefined;
    if (m[1] && m[2]) return { method: m[1], url: m[2] };
  }
  return undefined;
}

/** Requests that answered 404: the evidence first, then the call log and Playwright's response text. */
export function notFoundRequests(input: Pick<HealerInput, 'message' | 'evidence'>): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  const add = (method: string, url: string) => {
    let p: string;
    try {
      p = new URL(url, 'http://relative.invalid').pathname;
    } catch {
      return;
    }
    if (!out.some((r) => r.method === method && r.path === p)) out.push({ method: method.toUpperCase(), path: p });
  };
  for (const r of input.evidence?.responses ?? []) if (r.status === 404) add(r.method, r.url);
  const text = stripAnsi(input.message);
  const call = requestBefore404(text);
  if (call) add(call.method, call.url);
  for (const m of text.matchAll(/(?:Route|Cannot) (GET|POST|PUT|PATCH|DELETE) (\/[^\s"<]*)/g)) add(m[1] as string, m[2] as string);
  return out;
}

const looksLikeId = (s: string) => /\d/.test(s) || /^[0-9a-f-]{8,}$/i.test(s) || /^\$\{.*\}$/.test(s);
const isVersion = (s: string) => /^v\d+$/i.test(s);

function literalCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return 0.1;
  if (isVersion(a) && isVersion(b)) return 0.3;
  if (editRatio(a.toLowerCase(), b.toLowerCase()) >= 0.6) return 0.4;
  return 1.5;
}

/** Cheapest alignment of the requested path onto a route template; Infinity when parameters do not survive. */
export function alignCost(path: string[], route: string[]): { cost: number; params: Map<number, number> } {
  const n = path.length;
  const m = route.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: [number, number][][] = Array.from({ length: n + 1 }, () => new Array<[number, number]>(m + 1).fill([-1, -1]));
  (cost[0] as number[])[0] = 0;
  const relax = (i: number, j: number, pi: number, pj: number, c: number) => {
    const v = (cost[pi] as number[])[pj] as number + c;
    if (v < ((cost[i] as number[])[j] as number)) {
      (cost[i] as number[])[j] = v;
      (from[i] as [number, number][])[j] = [pi, pj];
    }
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const p = path[i - 1];
      const r = route[j - 1];
      if (i > 0 && j > 0 && p !== undefined && r !== undefined) relax(i, j, i - 1, j - 1, isParam(r) ? (looksLikeId(p) ? 0 : 0.6) : looksLikeId(p) && !isVersion(p) ? Infinity : literalCost(p, r));
      // A dropped or added segment: a version prefix is cheap, an id or a parameter never goes.
      if (i > 0 && p !== undefined) relax(i, j, i - 1, j, looksLikeId(p) && !isVersion(p) ? Infinity : isVersion(p) ? 0.4 : 0.8);
      if (j > 0 && r !== undefined) relax(i, j, i, j - 1, isParam(r) ? Infinity : isVersion(r) ? 0.4 : 0.8);
    }
  }
  const params = new Map<number, number>();
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [pi, pj] = (from[i] as [number, number][])[j] as [number, number];
    if (pi < 0) break;
    if (pi === i - 1 && pj === j - 1 && isParam(route[j - 1] as string)) params.set(j - 1, i - 1);
    [i, j] = [pi, pj];
  }
  return { cost: (cost[n] as number[])[m] as number, params };
}

/** Costlier alignments than this are not the same route any more. */
const MAX_COST = 1.0;
const TIE = 0.05;

interface PathLiteral {
  frame: StackFrame;
  line: number;
  text: string;
  token: Token & { kind: 'string' };
  /** Where the path starts and ends inside the literal's raw body. */
  pathStart: number;
  pathEnd: number;
}

/** The literal's path part (after any origin or leading `${base}`, before `?`/`#`), as raw text. */
function pathPart(raw: string): { start: number; end: number } | undefined {
  const lead = /^(?:https?:\/\/[^/`'"]+|\$\{[^}]*\})?/.exec(raw)?.[0] ?? '';
  if (raw[lead.length] !== '/') return undefined;
  const q = raw.slice(lead.length).search(/[?#]/);
  return { start: lead.length, end: q < 0 ? raw.length : lead.length + q };
}

function literalMatches(rawPath: string, dynamic: boolean, wanted: string): boolean {
  if (!dynamic) return wanted === rawPath || wanted.endsWith(rawPath);
  return endsWithTemplate(wanted, rawPath);
}

function findLiteral(frames: StackFrame[], wanted: string): PathLiteral | undefined {
  const scan = (frame: StackFrame, line: number, text: string): PathLiteral | undefined => {
    for (const token of tokenize(text)) {
      if (token.kind !== 'string') continue;
      const part = pathPart(token.raw);
      if (part && literalMatches(token.raw.slice(part.start, part.end), token.dynamic, wanted)) return { frame, line, text, token, pathStart: part.start, pathEnd: part.end };
    }
    return undefined;
  };
  for (const frame of frames) {
    const lines = readLines(frame.file);
    const own = lines?.[frame.line - 1];
    const hit = own === undefined ? undefined : scan(frame, frame.line, own);
    if (hit) return hit;
  }
  // A route kept in a constant near the test (`const ROUTE = '/api/v1/x'`), written once in the file.
  for (const frame of frames) {
    const hits = (readLines(frame.file) ?? []).map((t, i) => scan(frame, i + 1, t)).filter((h): h is PathLiteral => !!h);
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** The new literal: route segments, with the parameter segments as the test wrote them. */
function rewriteLiteral(lit: PathLiteral, route: Route, params: Map<number, number>, requested: string[]): string {
  const raw = lit.token.raw;
  const rawSegs = raw.slice(lit.pathStart, lit.pathEnd).split('/').slice(1);
  const offset = requested.length - rawSegs.length;
  const esc = (s: string) => (lit.token.quote === '`' ? s.replace(/[`\\]/g, '\\$&').replace(/\$\{/g, '\\${') : s);
  const segs = route.segments.map((r, j) => {
    if (!isParam(r)) return lit.token.dynamic ? esc(r) : r;
    const i = params.get(j) as number;
    return i - offset >= 0 ? (rawSegs[i - offset] as string) : esc(requested[i] as string);
  });
  const path = `/${segs.join('/')}`;
  if (lit.token.dynamic) return `\`${raw.slice(0, lit.pathStart)}${path}${raw.slice(lit.pathEnd)}\``;
  const value = lit.token.value;
  const part = pathPart(value) as { start: number; end: number };
  return renderString(value.slice(0, part.start) + path + value.slice(part.end), lit.token.quote);
}

/** The part of the path that moved: old and new segments up to the last literal (non-id) segment. */
function movedPrefix(requested: string[], route: string[]): { from: string[]; to: string[] } | undefined {
  const from = [...requested];
  while (from.length && looksLikeId(from[from.length - 1] as string) && !isVersion(from[from.length - 1] as string)) from.pop();
  const to = [...route];
  while (to.length && isParam(to[to.length - 1] as string)) to.pop();
  if (!from.length || !to.length || from.join('/') === to.join('/')) return undefined;
  return { from, to };
}

const TEST_START = /^\s*(?:test|it)(?:\.\w+)?\(/;

/**
 * The other literals of the same test that name the moved route: the documented path a contract test
 * checks against (`'/api/v1/customers/{id}'`), a later call under the same resource. Only literals
 * whose path starts with the moved segments, only inside the failing test's body in the test file.
 */
function companionEdits(input: HealerInput, primary: PathLiteral, moved: { from: string[]; to: string[] } | undefined): { file: string; line: number; before: string; after: string }[] {
  if (!moved) return [];
  const lines = readLines(input.testFile);
  if (!lines) return [];
  const edits: { file: string; line: number; before: string; after: string }[] = [];
  for (let n = input.testLine; n <= lines.length; n++) {
    const text = lines[n - 1] as string;
    if (n > input.testLine && TEST_START.test(text)) break;
    const isPrimaryLine = primary.frame.file === input.testFile && primary.line === n;
    const base = isPrimaryLine ? undefined : text;
    if (base === undefined) continue;
    let out = base;
    const tokens = tokenize(base).filter((t): t is Token & { kind: 'string' } => t.kind === 'string').reverse();
    for (const token of tokens) {
      const part = pathPart(token.raw);
      if (!part) continue;
      const segs = token.raw.slice(part.start, part.end).split('/').slice(1);
      if (segs.length < moved.from.length || !moved.from.every((s, i) => segs[i] === s)) continue;
      const path = `/${[...moved.to, ...segs.slice(moved.from.length)].join('/')}`;
      const raw = token.raw.slice(0, part.start) + path + token.raw.slice(part.end);
      const literal = token.dynamic ? `\`${raw}\`` : renderString(unescapeRaw(token, raw), token.quote);
      out = out.slice(0, token.start) + literal + out.slice(token.end);
    }
    if (out !== base) edits.push({ file: input.testFile, line: n, before: base, after: out });
  }
  return edits;
}

/** The value of a static literal whose raw body became `raw` (only the path part, plain ASCII, changed). */
function unescapeRaw(token: Token & { kind: 'string' }, raw: string): string {
  const part = pathPart(token.value);
  const rawPart = pathPart(raw);
  if (!part || !rawPart) return token.value;
  return token.value.slice(0, part.start) + raw.slice(rawPart.start, rawPart.end) + token.value.slice(part.end);
}

/** Proposes the documented route for a 404 request path, or says why not. */
export function fixApiRoutes(raw: HealerInput): HealerResult {
  const input = capInput(raw);
  const routes = openApiRoutes(input.openapi);
  if (!routes.length) return { refused: 'no OpenAPI document with paths to compare against (set openapiUrl in the healwright options)' };
  const requests = notFoundRequests(input);
  if (!requests.length) return { refused: 'no request that answered 404 in the error or the evidence' };
  const frames = failureFrames(input);
  let reason = 'the 404 request path is not written literally in the test source (built from variables, or requested by the page itself)';
  for (const req of requests) {
    const wanted = segmentsOf(req.path);
    const same = routes.filter((r) => r.method === req.method);
    if (!same.length) return { refused: `the OpenAPI document has no ${req.method} route at all` };
    const ranked = same.map((r) => ({ route: r, ...alignCost(wanted, r.segments) })).sort((a, b) => a.cost - b.cost);
    const [best, second] = ranked;
    if (!best || best.cost === 0) return { refused: `${req.method} ${req.path} is a documented route (${best?.route.template}); the 404 is about the resource, not the route` };
    if (best.cost > MAX_COST) {
      reason = `no documented ${req.method} route is close to ${req.path} (closest: ${best.route.template})`;
      continue;
    }
    if (second && second.cost - best.cost < TIE) return { refused: `${req.method} ${req.path} is as close to ${best.route.template} as to ${second.route.template}` };
    const lit = findLiteral(frames, req.path);
    if (!lit) continue;
    const replacement = rewriteLiteral(lit, best.route, best.params, wanted);
    const after = lit.text.slice(0, lit.token.start) + replacement + lit.text.slice(lit.token.end);
    const edits = [{ file: lit.frame.file, line: lit.line, before: lit.text, after }, ...companionEdits(input, lit, movedPrefix(wanted, best.route.segments))];
    const others = edits.length - 1;
    return {
      proposal: {
        category: 'fix-api-routes',
        testIds: [input.testId],
        fingerprint: input.fingerprint,
        edits,
        reasoning: `${req.method} ${req.path} answered 404. The OpenAPI document serves ${req.method} ${best.route.template}, the closest route that keeps the method and the path parameters; the test's path literal now points there${others ? `, and ${others} other line${others === 1 ? '' : 's'} of the same test that name the moved route (the documented path it checks against, later calls under it) follow` : ''}.`,
        confidence: Math.round((0.9 - 0.3 * best.cost) * 100) / 100,
        source: 'rules',
      },
    };
  }
  return { refused: reason };
}
