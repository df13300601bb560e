// What a changed literal may become. Even in an allowed place, a value that matches everything (an
// empty text, `.*`, a glob, `body`, a count of 0) would make the test pass whatever the app does.
import ts from 'typescript';
import { isSecretField } from '../../../redact/index.js';
import type { LiteralPosition } from './positions.js';
import { calleeName } from './positions.js';
import { COUNT_MATCHERS, GLOB_MATCHERS, MATCH_ALL_SELECTORS, PATTERN_MATCHERS } from './vocabulary.js';

/** A literal's value as the program sees it, and the raw text between its delimiters. */
export interface LiteralValue {
  kind: 'string' | 'number' | 'regex' | 'other';
  text: string;
  raw: string;
  flags?: string;
}

export function literalValue(node: ts.Node, sf: ts.SourceFile): LiteralValue {
  const full = node.getText(sf);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'string', text: node.text, raw: full.slice(1, -1) };
  if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) return { kind: 'number', text: node.text, raw: full };
  if (ts.isRegularExpressionLiteral(node)) {
    const close = full.lastIndexOf('/');
    return { kind: 'regex', text: full.slice(1, close), raw: full.slice(1, close), flags: full.slice(close + 1) };
  }
  return { kind: 'other', text: full, raw: full };
}

/** Escapes that spell characters by number (`\u0065`, `\x65`, octal, line continuations): never needed for page text. */
function numericEscapes(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') continue;
    const e = raw[i + 1] ?? '';
    if (e === 'u' || e === 'x' || (e >= '0' && e <= '7') || e === '\n' || e === '\r' || e === '\u2028' || e === '\u2029') n++;
    i++;
  }
  return n;
}

const REGEX_META = new Set(['.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '\\']);

/** A pattern of literal text only (escaped characters allowed, plus `^`/`$` at its ends). */
function isPlainPattern(p: string): boolean {
  const body = p.replace(/^\^/, '').replace(/\$$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\') {
      const e = body[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(e)) return false; // \d, \w, \s, \b, \u…: classes and escapes, not text
      i++;
    } else if (REGEX_META.has(c) || c === '^' || c === '$') return false;
  }
  return body.length > 0;
}

function anchors(p: string): string {
  return `${p.startsWith('^') ? '^' : ''}${p.endsWith('$') && !p.endsWith('\\$') ? '$' : ''}`;
}

/** Characters a string passed to toMatch() would read as regular-expression syntax. */
function metaCount(s: string): number {
  return [...s].filter((c) => REGEX_META.has(c) || c === '^' || c === '$').length;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** A value written out in the test: literals, and arrays or objects of literals. */
function isLiteralExpression(e: ts.Expression): boolean {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e) || ts.isRegularExpressionLiteral(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isPrefixUnaryExpression(e)) return isLiteralExpression(e.operand);
  if (ts.isParenthesizedExpression(e)) return isLiteralExpression(e.expression);
  if (ts.isArrayLiteralExpression(e)) return e.elements.every(isLiteralExpression);
  if (ts.isObjectLiteralExpression(e)) return e.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralExpression(p.initializer));
  return false;
}

/** Initializers of the variables named `name` in the file of `at`. */
function initializersOf(name: string, at: ts.Node): ts.Expression[] {
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer) out.push(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(at.getSourceFile());
  return out;
}

/**
 * Whether an `expect(...)` subject counts things (`await list.count()`, `items.length`), directly or
 * through a variable it was stored in.
 */
function countsThings(subject: ts.Expression | undefined): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && calleeName(n) === 'count') found = true;
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'length') found = true;
    if (!found) ts.forEachChild(n, visit);
  };
  if (!subject) return false;
  visit(subject);
  if (!found && ts.isIdentifier(subject)) initializersOf(subject.text, subject).forEach(visit);
  return found;
}

function checkForPosition(pos: LiteralPosition, before: LiteralValue, after: LiteralValue): string | undefined {
  if (pos.kind === 'data') {
    for (const use of pos.uses) {
      const why = checkForPosition(use, before, after);
      if (why) return `the constant ${pos.name} is used as ${describe(use)}, and ${why}`;
    }
    return undefined;
  }
  if (pos.kind === 'locator' && after.kind === 'string') {
    const sel = after.text.trim().toLowerCase();
    // The selector argument of locator(), frameLocator() and page.click(selector)-style calls.
    if (pos.argIndex === 0 && !pos.optionKey && !pos.method.startsWith('getBy')) {
      if (MATCH_ALL_SELECTORS.has(sel)) return `the selector ${JSON.stringify(after.text)} matches the whole page, not an element`;
      if (/^[a-z][a-z0-9-]*$/.test(sel) && sel !== before.text.trim().toLowerCase()) return `the selector ${JSON.stringify(after.text)} is a bare tag name, which matches any such element`;
    }
    return undefined;
  }
  if (pos.kind === 'expected') {
    if (pos.subject && isSecretField(pos.subject.getText())) {
      return `the assertion reads a secret field (${pos.subject.getText().slice(0, 60)}): a patch never writes what such a field holds`;
    }
    if (pos.subject && isLiteralExpression(pos.subject)) {
      return `expect() checks a literal written in the test (${pos.subject.getText().slice(0, 40)}), not a value from the app: changing the expected value would only make the test agree with itself`;
    }
    if (COUNT_MATCHERS.has(pos.matcher) && after.kind === 'number' && Number(after.text) === 0) {
      return 'an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)';
    }
    if ((pos.matcher === 'toBe' || pos.matcher === 'toEqual') && after.kind === 'number' && Number(after.text) === 0 && countsThings(pos.subject)) {
      return 'an expected count of 0 accepts a locator that matches nothing (that is selector drift, not data drift)';
    }
    if (after.kind === 'string' && PATTERN_MATCHERS.has(pos.matcher) && metaCount(after.text) > metaCount(before.text)) {
      return `${pos.matcher} reads the string ${JSON.stringify(after.text)} as a regular expression, which would match more than the value`;
    }
    if (after.kind === 'string' && GLOB_MATCHERS.has(pos.matcher) && count(after.text, '*') > count(before.text, '*')) {
      return `${pos.matcher} reads * in ${JSON.stringify(after.text)} as a wildcard, which would match more URLs`;
    }
    return undefined;
  }
  if (pos.kind === 'path' && after.kind === 'string') {
    if (GLOB_MATCHERS.has(pos.method) && count(after.text, '*') > count(before.text, '*')) return `${pos.method} reads * as a wildcard`;
    const pathLike = /^(?:https?:\/\/[^\s/]+)?\/[^\s]*$/;
    if (pathLike.test(before.text) && !pathLike.test(after.text)) return `${JSON.stringify(after.text)} is not a URL path like the one it replaces`;
    if (originOf(after.text) !== originOf(before.text)) return `${JSON.stringify(after.text)} points at another host than ${JSON.stringify(before.text)}`;
  }
  return undefined;
}

/**
 * A URL path (or http(s) URL) of plain characters: no quotes, parentheses, semicolons, backslashes,
 * `$`, `*`, `!` or whitespace, so even code that evaluated it could not call anything.
 */
export function isPlainPath(text: string): boolean {
  return /^(?:https?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?)?\/[A-Za-z0-9\-._~%/?#&=:@{},+]{0,2000}$/.test(text);
}

/** The `scheme://host` a URL starts with; '' for a path. */
function originOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*/i.exec(url);
  return m ? m[0].toLowerCase() : '';
}

function describe(pos: LiteralPosition): string {
  switch (pos.kind) {
    case 'locator': return `a ${pos.method}() argument`;
    case 'expected': return `the expected value of ${pos.matcher}()`;
    case 'path': return `the URL of ${pos.method}()`;
    case 'data': return `the constant ${pos.name}`;
  }
}

/**
 * Why `before` may not become `after` at `pos`, or undefined when the new value is a plain value of
 * the same kind that still pins the element or the data down.
 */
export function valueRefusal(pos: LiteralPosition, before: LiteralValue, after: LiteralValue): string | undefined {
  if (before.kind !== after.kind) return `the edit turns a ${before.kind} into a ${after.kind}`;
  if (numericEscapes(after.raw) > numericEscapes(before.raw)) return 'the new value spells characters with escape sequences (\\u, \\x, octal or line continuations), which page text never needs';
  if (after.kind === 'string' && after.text.trim() === '') return `the new value of ${describe(pos)} is empty, which would match anything`;
  if (after.kind === 'regex') {
    if (after.flags !== before.flags) return `the edit changes the flags of a regular expression (/${before.flags ?? ''} -> /${after.flags ?? ''})`;
    if (!isPlainPattern(after.text) || anchors(after.text) !== anchors(before.text)) {
      return `the new regular expression /${after.text}/ is more than plain text; it could match more than what the test checked`;
    }
  }
  return checkForPosition(pos, before, after);
}

export { describe as describePosition };
