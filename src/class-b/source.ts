// Locating code in test sources: stack frames inside the repository, whole lines of a file, and the
// tokens of one line of TypeScript as TypeScript's scanner reads them (enough to find literals and call
// chains in a line or in a locator quoted by an error message).
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export { userFrames, type StackFrame } from '../triage/stack-frames.js';
import { userFrames, type StackFrame } from '../triage/stack-frames.js';

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

const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '=>', 'return', '&&', '||', '??', '']);

function isWordKind(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.Identifier || (kind >= ts.SyntaxKind.FirstKeyword && kind <= ts.SyntaxKind.LastKeyword);
}

/**
 * Tokens of one line (or a short snippet), read by TypeScript's own scanner: strings come cooked, a
 * template with `${}` is one dynamic string token, `/` after an operator starts a regex. Stops at an
 * unterminated literal; comments are skipped.
 */
export function tokenize(text: string): Token[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: Token[] = [];
  const prev = () => {
    const t = out[out.length - 1];
    return t ? (t.kind === 'punct' || t.kind === 'ident' ? t.value : '#') : '';
  };
  // Brace depth at each open `${` of the template being skipped, and where that template began.
  const templates: number[] = [];
  let templateStart = -1;
  let braces = 0;
  for (;;) {
    let kind = scanner.scan();
    if (kind === ts.SyntaxKind.EndOfFileToken) break;
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && (templates.length > 0 || REGEX_AFTER.has(prev()))) kind = scanner.reScanSlashToken();
    if (kind === ts.SyntaxKind.CloseBraceToken && templates.length > 0 && templates[templates.length - 1] === braces) kind = scanner.reScanTemplateToken(false);
    if (scanner.isUnterminated()) break;
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    const raw = scanner.getTokenText();
    if (kind === ts.SyntaxKind.TemplateHead) {
      if (templates.length === 0) templateStart = start;
      templates.push(braces);
      continue;
    }
    if (kind === ts.SyntaxKind.TemplateMiddle) continue;
    if (kind === ts.SyntaxKind.TemplateTail) {
      templates.pop();
      if (templates.length === 0) {
        const body = text.slice(templateStart + 1, end - 1);
        out.push({ kind: 'string', quote: '`', raw: body, value: body, dynamic: true, start: templateStart, end });
      }
      continue;
    }
    if (kind === ts.SyntaxKind.OpenBraceToken) braces++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) braces--;
    if (templates.length > 0) continue;
    if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      const quote = raw[0] as "'" | '"' | '`';
      out.push({ kind: 'string', quote, raw: raw.slice(1, -1), value: scanner.getTokenValue(), dynamic: false, start, end });
    } else if (kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const close = raw.lastIndexOf('/');
      out.push({ kind: 'regex', pattern: raw.slice(1, close), flags: raw.slice(close + 1), start, end });
    } else if (kind === ts.SyntaxKind.NumericLiteral || kind === ts.SyntaxKind.BigIntLiteral) {
      out.push({ kind: 'number', value: Number(raw.replace(/_/g, '').replace(/n$/, '')), start, end });
    } else if (isWordKind(kind)) {
      out.push({ kind: 'ident', value: raw, start, end });
    } else {
      out.push({ kind: 'punct', value: raw, start, end });
    }
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
  | { t: 'dyn'; chain?: NestedStep[] }
) & { start: number; end: number };

/**
 * A locator chain written as a value (`filter({ has: page.locator('.title') })`): its steps, read by
 * update-selectors/locator.ts (the receiver, `page.` or `this.page.`, is not a step).
 */
export interface NestedStep {
  method: string;
  args: JsValue[];
  start: number;
  end: number;
}

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
