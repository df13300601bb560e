// Locating code in test sources: stack frames inside the repository, whole lines of a file, and a small
// tokenizer for one line of TypeScript (enough to find literals and call chains, not a parser).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripAnsi } from '../../triage/text.js';

/** One `at file:line:col` frame. */
export interface StackFrame {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

const FRAME = /^\s*at (?:.*? \()?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+):(\d+):(\d+)\)?\s*$/;

/**
 * The frames of a stack (or of a message that ends with one) that point into `rootDir` and not into
 * `node_modules`, innermost first: the failing line, then the helpers and tests that called it.
 */
export function userFrames(stack: string | undefined, rootDir: string): StackFrame[] {
  if (!stack) return [];
  const root = path.resolve(rootDir);
  const out: StackFrame[] = [];
  for (const raw of stripAnsi(stack).split('\n')) {
    const m = FRAME.exec(raw);
    if (!m?.[1]) continue;
    const file = path.resolve(m[1].startsWith('file://') ? fileURLToPath(m[1]) : m[1]);
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('node_modules')) continue;
    const frame = { file, line: Number(m[2]), column: Number(m[3]) };
    if (!out.some((f) => f.file === frame.file && f.line === frame.line)) out.push(frame);
  }
  return out;
}

/** The failing line marked `> 12 |` in the test source of an `error-context` attachment. */
export function errorContextLine(errorContext: string | undefined): number | undefined {
  const m = errorContext ? /^> {0,2}(\d+) +\|/m.exec(errorContext) : null;
  return m?.[1] ? Number(m[1]) : undefined;
}

/**
 * Where the failure happened in the user's code: the stack frames, else the line the `error-context`
 * marks in the test file (it shows the test file's source).
 */
export function failureFrames(input: { stack?: string; message: string; errorContext?: string; testFile: string; rootDir: string }): StackFrame[] {
  const frames = userFrames(input.stack ?? input.message, input.rootDir);
  if (frames.length) return frames;
  const line = errorContextLine(input.errorContext);
  return line ? [{ file: input.testFile, line, column: 1 }] : [];
}

/** A file's lines without their `\n` (a `\r` of CRLF files stays part of the line). Undefined when unreadable. */
export function readLines(file: string): string[] | undefined {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return undefined;
  }
}

export type Token =
  | { kind: 'string'; quote: "'" | '"' | '`'; value: string; raw: string; dynamic: boolean; start: number; end: number }
  | { kind: 'regex'; pattern: string; flags: string; start: number; end: number }
  | { kind: 'number'; value: number; start: number; end: number }
  | { kind: 'ident'; value: string; start: number; end: number }
  | { kind: 'punct'; value: string; start: number; end: number };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Cooks the escapes of a JS string literal body. */
export function unescapeJs(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r?\n|.)/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.length > 1 && (e[0] === 'u' || e[0] === 'x')) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === '\n' || e === '\r\n') return '';
    return ESCAPES[e] ?? e;
  });
}

/** Where a template literal or a `${...}` substitution ends (index after the closing char), or -1. */
function skipTemplate(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i + 1;
    else if (c === '$' && text[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        const d = text[i];
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '`') {
          i = skipTemplate(text, i + 1);
          if (i < 0) return -1;
          continue;
        } else if (d === "'" || d === '"') {
          const close = text.indexOf(d, i + 1);
          if (close < 0) return -1;
          i = close;
        }
        i++;
      }
    } else i++;
  }
  return -1;
}

const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '=>', 'return', '']);

/** Tokens of one line (or a short snippet). Stops at a `//` comment or an unterminated literal. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const prev = () => {
    const t = out[out.length - 1];
    return t ? (t.kind === 'punct' || t.kind === 'ident' ? t.value : '#') : '';
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') break;
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) break;
      i = close + 2;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) break;
      const raw = text.slice(i + 1, j);
      out.push({ kind: 'string', quote: c, raw, value: unescapeJs(raw), dynamic: false, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const end = skipTemplate(text, i + 1);
      if (end < 0) break;
      const raw = text.slice(i + 1, end - 1);
      const dynamic = /(^|[^\\])\$\{/.test(raw);
      out.push({ kind: 'string', quote: '`', raw, value: dynamic ? raw : unescapeJs(raw), dynamic, start: i, end });
      i = end;
      continue;
    }
    if (c === '/' && REGEX_AFTER.has(prev())) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && (text[j] !== '/' || inClass)) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      if (j >= text.length) break;
      const flags = /^[a-z]*/.exec(text.slice(j + 1))?.[0] ?? '';
      out.push({ kind: 'regex', pattern: text.slice(i + 1, j), flags, start: i, end: j + 1 + flags.length });
      i = j + 1 + flags.length;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.[\d_]+)?(?:[eE][+-]?\d+)?|\.\d[\d_]*)/.exec(text.slice(i));
    if (num && !/[\w$]/.test(text[i - 1] ?? '')) {
      out.push({ kind: 'number', value: Number(num[0].replace(/_/g, '')), start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_$][\w$]*/.exec(text.slice(i));
    if (id) {
      out.push({ kind: 'ident', value: id[0], start: i, end: i + id[0].length });
      i += id[0].length;
      continue;
    }
    const op = /^(?:=>|\?\.|\.\.\.|[!=]==?|&&|\|\||\?\?)/.exec(text.slice(i))?.[0] ?? c;
    out.push({ kind: 'punct', value: op, start: i, end: i + op.length });
    i += op.length;
  }
  return out;
}

/** Index of the token that closes the bracket opened at `open` (`(`, `[`, `{`), or -1. */
export function matchingClose(tokens: Token[], open: number): number {
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'punct') continue;
    if (pairs[t.value]) stack.push(pairs[t.value] as string);
    else if (t.value === ')' || t.value === ']' || t.value === '}') {
      if (stack.pop() !== t.value) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/**
 * A string literal for `value` in the quote style of the code around it. Everything that could end the
 * literal or start code (quotes, backslashes, line breaks, `${`) is escaped: page text is untrusted.
 */
export function renderString(value: string, quote: "'" | '"' | '`' = "'"): string {
  let body = value.replace(/\\/g, '\\\\').replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  body = body.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
  body = body.split(quote).join(`\\${quote}`);
  if (quote === '`') body = body.replace(/\$\{/g, '\\${');
  return quote + body + quote;
}

/** A literal value written in code, or `dyn` for anything computed (identifiers, calls, `${}`). */
export type JsValue = (
  | { t: 'str'; v: string; quote: "'" | '"' | '`' }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 're'; source: string; flags: string }
  | { t: 'obj'; entries: { key: string; value: JsValue }[] }
  | { t: 'arr'; items: JsValue[] }
  | { t: 'dyn' }
) & { start: number; end: number };

const CLOSERS = new Set([',', ')', ']', '}', ';']);
const isComma = (t: Token | undefined) => t?.kind === 'punct' && t.value === ',';

/** Skips one expression up to the next top-level `,` or closing bracket; returns that token's index. */
function skipExpression(tokens: Token[], i: number): number {
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && CLOSERS.has(t.value)) return i;
    if (t.kind === 'punct' && (t.value === '(' || t.value === '[' || t.value === '{')) {
      const close = matchingClose(tokens, i);
      if (close < 0) return tokens.length;
      i = close + 1;
    } else i++;
  }
  return i;
}

function primary(tokens: Token[], i: number): { value: JsValue; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const at = { start: t.start, end: t.end };
  if (t.kind === 'string' && !t.dynamic) return { value: { t: 'str', v: t.value, quote: t.quote, ...at }, next: i + 1 };
  if (t.kind === 'number') return { value: { t: 'num', v: t.value, ...at }, next: i + 1 };
  if (t.kind === 'regex') return { value: { t: 're', source: t.pattern, flags: t.flags, ...at }, next: i + 1 };
  if (t.kind === 'punct' && t.value === '-' && tokens[i + 1]?.kind === 'number') {
    const n = tokens[i + 1] as Token & { kind: 'number' };
    return { value: { t: 'num', v: -n.value, start: t.start, end: n.end }, next: i + 2 };
  }
  if (t.kind === 'ident' && (t.value === 'true' || t.value === 'false')) return { value: { t: 'bool', v: t.value === 'true', ...at }, next: i + 1 };
  if (t.kind === 'ident' && t.value === 'null') return { value: { t: 'null', ...at }, next: i + 1 };
  if (t.kind === 'punct' && (t.value === '{' || t.value === '[')) {
    const close = matchingClose(tokens, i);
    if (close < 0) return undefined;
    const end = (tokens[close] as Token).end;
    if (t.value === '[') {
      const items = parseList(tokens, i, close);
      return { value: items ? { t: 'arr', items, start: t.start, end } : { t: 'dyn', start: t.start, end }, next: close + 1 };
    }
    const entries: { key: string; value: JsValue }[] = [];
    let j = i + 1;
    while (j < close) {
      const k = tokens[j] as Token;
      const colon = tokens[j + 1];
      if ((k.kind === 'ident' || (k.kind === 'string' && !k.dynamic)) && colon?.kind === 'punct' && colon.value === ':') {
        const parsed = parseValue(tokens, j + 2);
        entries.push({ key: k.value, value: parsed.value });
        j = parsed.next;
      } else return { value: { t: 'dyn', start: t.start, end }, next: close + 1 };
      if (isComma(tokens[j])) j++;
    }
    return { value: { t: 'obj', entries, start: t.start, end }, next: close + 1 };
  }
  return undefined;
}

function parseList(tokens: Token[], open: number, close: number): JsValue[] | undefined {
  const items: JsValue[] = [];
  let j = open + 1;
  while (j < close) {
    const parsed = parseValue(tokens, j);
    items.push(parsed.value);
    j = parsed.next;
    if (isComma(tokens[j])) j++;
    else if (j !== close) return undefined;
  }
  return items;
}

/** The value starting at token `i`; `next` is the index of the `,` or closing bracket after it. */
export function parseValue(tokens: Token[], i: number): { value: JsValue; next: number } {
  const p = primary(tokens, i);
  const after = p ? tokens[p.next] : undefined;
  if (p && (!after || (after.kind === 'punct' && CLOSERS.has(after.value)))) return p;
  const next = skipExpression(tokens, i);
  const first = tokens[i];
  const last = tokens[Math.max(i, next - 1)];
  return { value: { t: 'dyn', start: first?.start ?? 0, end: last?.end ?? 0 }, next };
}

/** The arguments of the call whose `(` is token `open`, and the index of its `)`. */
export function parseArgs(tokens: Token[], open: number): { args: JsValue[]; close: number } | undefined {
  const close = matchingClose(tokens, open);
  if (close < 0) return undefined;
  const args = parseList(tokens, open, close);
  return args ? { args, close } : undefined;
}
