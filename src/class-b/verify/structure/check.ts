// The structural edit check: a patched file must have the same syntax tree as the original, token for
// token, except for literals in places that hold test data (a locator's arguments, an assertion's
// expected value, an API path, a constant only those use) and for one locator call swapped for another.
// Proposals come from page text and LLM answers, both untrusted: this is what stands between them and
// code that runs in CI.
import path from 'node:path';
import ts from 'typescript';
import { changeHint, literalHint } from './hints.js';
import { jsonRefusal } from './json.js';
import { exportedUsesIn, type SuiteFile } from './importers.js';
import { calleeName, literalPosition, type ExportedUses } from './positions.js';
import { isPlainPath, literalValue, valueRefusal } from './values.js';
import { LOCATOR_METHODS } from './vocabulary.js';
import { replacementRefusal } from './replacement.js';
import type { StructuralRefusal, StructuralRule } from './types.js';

export type { StructuralRefusal, StructuralRule };
export type { SuiteFile };

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = {
  '.ts': ts.ScriptKind.TS, '.mts': ts.ScriptKind.TS, '.cts': ts.ScriptKind.TS, '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JS, '.mjs': ts.ScriptKind.JS, '.cjs': ts.ScriptKind.JS, '.jsx': ts.ScriptKind.JSX,
};

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral, ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral, ts.SyntaxKind.RegularExpressionLiteral,
]);
const TEMPLATE_PARTS = new Set([ts.SyntaxKind.TemplateHead, ts.SyntaxKind.TemplateMiddle, ts.SyntaxKind.TemplateTail]);
const STRING_KINDS = new Set([ts.SyntaxKind.StringLiteral, ts.SyntaxKind.NoSubstitutionTemplateLiteral]);

function parse(file: string, text: string, kind: ts.ScriptKind): { sf: ts.SourceFile; errors: number } {
  const sf = ts.createSourceFile(path.basename(file), text, ts.ScriptTarget.Latest, true, kind);
  // parseDiagnostics is not in the public typings, but it is what the compiler reports syntax errors from.
  const errors = (sf as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics?.length ?? 0;
  return { sf, errors };
}

function isJsDoc(n: ts.Node): boolean {
  return n.kind >= ts.SyntaxKind.FirstJSDocNode && n.kind <= ts.SyntaxKind.LastJSDocNode;
}

/** A node's children with its tokens (punctuation, keywords), without JSDoc nodes (their text is trivia). */
function children(n: ts.Node, sf: ts.SourceFile): ts.Node[] {
  return n.getChildren(sf).filter((c) => !isJsDoc(c));
}

/** Comments before a token, whitespace removed: they must not change (no `/*`, `//`, `@ts-` tricks). */
function trivia(n: ts.Node, sf: ts.SourceFile): string {
  return sf.text.slice(n.pos, n.getStart(sf)).replace(/\s+/g, '');
}

function snippet(n: ts.Node, sf: ts.SourceFile): string {
  const t = n.getText(sf).replace(/\s+/g, ' ');
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}...` : t);
}

function isLocatorCall(n: ts.Node): n is ts.CallExpression {
  return ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && LOCATOR_METHODS.has(calleeName(n) ?? '');
}

class TreeComparison {
  constructor(
    private readonly b: ts.SourceFile,
    private readonly a: ts.SourceFile,
    private readonly exportedUses?: ExportedUses,
  ) {}

  private refuse(rule: StructuralRule, at: ts.Node, reason: string): StructuralRefusal {
    return { rule, line: this.a.getLineAndCharacterOfPosition(at.getStart(this.a)).line + 1, reason };
  }

  compare(nb: ts.Node, na: ts.Node): StructuralRefusal | undefined {
    if (isLocatorCall(nb) && isLocatorCall(na)) return this.compareLocatorCalls(nb, na);
    const bothStrings = STRING_KINDS.has(nb.kind) && STRING_KINDS.has(na.kind);
    if (nb.kind !== na.kind && !bothStrings) {
      return this.refuse('code', na, `the edit changes code: ${ts.SyntaxKind[nb.kind]} ${snippet(nb, this.b)} became ${ts.SyntaxKind[na.kind]} ${snippet(na, this.a)}${changeHint(nb, this.b, na, this.a)}; a patch may only change literals and locators`);
    }
    const cb = children(nb, this.b);
    const ca = children(na, this.a);
    if (cb.length === 0 || ca.length === 0) return this.compareLeaves(nb, na);
    if (cb.length !== ca.length) {
      return this.refuse('code', na, `the edit changes the structure of ${snippet(nb, this.b)} (now ${snippet(na, this.a)})${changeHint(nb, this.b, na, this.a)}; a patch may only change literals and locators`);
    }
    for (let i = 0; i < cb.length; i++) {
      const r = this.compare(cb[i] as ts.Node, ca[i] as ts.Node);
      if (r) return r;
    }
    return undefined;
  }

  private compareLeaves(nb: ts.Node, na: ts.Node): StructuralRefusal | undefined {
    if (children(nb, this.b).length !== children(na, this.a).length) {
      return this.refuse('code', na, `the edit changes ${snippet(nb, this.b)} into ${snippet(na, this.a)}; a patch may only change literals and locators`);
    }
    if (trivia(nb, this.b) !== trivia(na, this.a)) return this.refuse('comment', na, 'the edit adds, removes or changes a comment; a patch may only change literals and locators');
    if (!LITERAL_KINDS.has(na.kind)) {
      if (nb.getText(this.b) === na.getText(this.a)) return undefined;
      if (TEMPLATE_PARTS.has(na.kind)) return this.compareTemplatePart(nb as ts.TemplateLiteralLikeNode, na as ts.TemplateLiteralLikeNode);
      return this.refuse('code', na, `the edit changes code: ${snippet(nb, this.b)} became ${snippet(na, this.a)}${changeHint(nb, this.b, na, this.a)}; a patch may only change literals and locators`);
    }
    const before = literalValue(nb, this.b);
    const after = literalValue(na, this.a);
    if (before.kind === after.kind && before.text === after.text && before.flags === after.flags) return undefined;
    const pos = literalPosition(na, this.a, this.exportedUses);
    const plainPaths = before.kind === 'string' && after.kind === 'string' && isPlainPath(before.text) && isPlainPath(after.text);
    if (!pos || (pos.kind === 'path' && pos.generic && !plainPaths)) {
      return this.refuse('literal-position', na, `the edit changes the literal ${snippet(nb, this.b)} to ${snippet(na, this.a)} outside a locator, an assertion's expected value, an API path or a constant only those use${literalHint(na)}`);
    }
    const why = valueRefusal(pos, before, after);
    return why ? this.refuse('literal-value', na, why) : undefined;
  }

  /** A part of `` `/api/v1/orders/${id}` ``: only in a URL path argument, and only as plain path text. */
  private compareTemplatePart(nb: ts.TemplateLiteralLikeNode, na: ts.TemplateLiteralLikeNode): StructuralRefusal | undefined {
    const template = na.parent?.parent && ts.isTemplateExpression(na.parent) ? na.parent : na.parent?.parent;
    const pos = template && ts.isTemplateExpression(template) ? literalPosition(template, this.a) : undefined;
    const plain = (t: string) => /^[A-Za-z0-9\-._~%/?#&=:@,+]{0,2000}$/.test(t);
    if (pos?.kind !== 'path' || !plain(nb.text) || !plain(na.text)) {
      return this.refuse('literal-position', na, `the edit changes the template text ${snippet(nb, this.b)} to ${snippet(na, this.a)}; only the URL path of a request may change inside a template`);
    }
    return undefined;
  }

  /** The receiver stays; the call and its arguments may change to another locator of literals only. */
  private compareLocatorCalls(nb: ts.CallExpression, na: ts.CallExpression): StructuralRefusal | undefined {
    const pb = nb.expression as ts.PropertyAccessExpression;
    const pa = na.expression as ts.PropertyAccessExpression;
    const receiver = this.compare(pb.expression, pa.expression);
    if (receiver) return receiver;
    const sameShape = calleeName(nb) === calleeName(na) && !!pb.questionDotToken === !!pa.questionDotToken && !nb.typeArguments && !na.typeArguments;
    if (sameShape) {
      const cb = [...children(pb, this.b).slice(1), ...children(nb, this.b).slice(1)];
      const ca = [...children(pa, this.a).slice(1), ...children(na, this.a).slice(1)];
      const tail = this.compareAll(cb, ca);
      if (!tail) return undefined;
      if (tail.rule !== 'code') return tail;
    }
    const why = replacementRefusal(nb, na, this.b, this.a, (n) => trivia(n, this.a));
    return why ? this.refuse('locator', na, why) : undefined;
  }

  private compareAll(cb: ts.Node[], ca: ts.Node[]): StructuralRefusal | undefined {
    if (cb.length !== ca.length) return { rule: 'code', line: 0, reason: 'different arguments' };
    for (let i = 0; i < cb.length; i++) {
      const r = this.compare(cb[i] as ts.Node, ca[i] as ts.Node);
      if (r) return r;
    }
    return undefined;
  }
}

/**
 * Why the patched text of `file` is refused, or undefined when its syntax tree equals the original's
 * but for test data and locators. `before` and `after` are whole files. `suite` gives the suite's scripts,
 * read only when a constant the file exports changes: its uses in the files that import it must be
 * places a literal could stand too (without `suite`, only the file's own uses are read).
 */
export function structuralRefusal(file: string, before: string, after: string, suite?: () => readonly SuiteFile[] | undefined): StructuralRefusal | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return jsonRefusal(before, after);
  const kind = SCRIPT_KINDS[ext];
  if (kind === undefined) return { rule: 'file-type', line: 1, reason: `${path.basename(file)} is neither TypeScript/JavaScript nor JSON; a patch may only change test sources and JSON test data` };
  const b = parse(file, before, kind);
  const a = parse(file, after, kind);
  if (b.errors > 0) return { rule: 'syntax', line: 1, reason: `${path.basename(file)} does not parse as it is; the edit cannot be checked` };
  if (a.errors > 0) return { rule: 'syntax', line: 1, reason: 'the patched file does not parse; a patch may only change literals and locators' };
  return new TreeComparison(b.sf, a.sf, suite ? exportedUsesIn(file, suite) : undefined).compare(b.sf, a.sf);
}

/** The refusal as one line of text: `rule <rule>: <reason>`. */
export function formatStructuralRefusal(r: StructuralRefusal): string {
  return `rule ${r.rule}: ${r.reason}`;
}
