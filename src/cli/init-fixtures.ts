// `healwright init --fixtures`: points the suite's own imports of `test` and `expect` at
// healwright/fixtures (the same API, plus the evidence, the DOM snapshot that CSS, id and test-id heals
// need, and the Class A fixes). The edit is made on the syntax tree, never with a pattern on the text:
// only top-level `import { test, expect } from '@playwright/test'` and
// `const { test, expect } = require('@playwright/test')` move; type imports and every other name
// (devices, defineConfig, Page...) stay with @playwright/test; namespace, default and spread imports are
// left alone and named.
import ts from 'typescript';

export const FIXTURES_MODULE = 'healwright/fixtures';
const PLAYWRIGHT_MODULE = '@playwright/test';
/** The names healwright/fixtures exports with Playwright's meaning. */
const MOVABLE = new Set(['test', 'expect']);

export type FixturesRewrite =
  | { kind: 'changed'; text: string; moved: string[] }
  | { kind: 'unchanged'; reason?: string };

function scriptKind(fileName: string): ts.ScriptKind {
  if (/\.[cm]?ts$/.test(fileName)) return ts.ScriptKind.TS;
  if (fileName.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (fileName.endsWith('.jsx')) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

const isPlaywright = (node: ts.Expression): node is ts.StringLiteral => ts.isStringLiteral(node) && node.text === PLAYWRIGHT_MODULE;

/** `require('@playwright/test')`, exactly. */
function isPlaywrightRequire(node: ts.Expression | undefined): node is ts.CallExpression {
  return !!node && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments.length === 1 && isPlaywright(node.arguments[0] as ts.Expression);
}

interface Edit {
  start: number;
  end: number;
  text: string;
  moved: string[];
}

/** The edit for one top-level statement, a reason it was left alone, or undefined when it has nothing to move. */
function editOf(stmt: ts.Statement, sf: ts.SourceFile): Edit | { reason: string } | undefined {
  const text = sf.text;
  const semi = stmt.getText(sf).trimEnd().endsWith(';') ? ';' : '';
  if (ts.isImportDeclaration(stmt) && isPlaywright(stmt.moduleSpecifier)) {
    const clause = stmt.importClause;
    if (!clause || clause.isTypeOnly) return undefined;
    const q = text[stmt.moduleSpecifier.getStart(sf)] ?? "'";
    const bindings = clause.namedBindings;
    if (clause.name || (bindings && ts.isNamespaceImport(bindings))) {
      return { reason: `line ${sf.getLineAndCharacterOfPosition(stmt.getStart(sf)).line + 1} imports @playwright/test as a whole (default or namespace import); change it by hand` };
    }
    if (!bindings) return undefined;
    const moved = bindings.elements.filter((e) => !e.isTypeOnly && MOVABLE.has((e.propertyName ?? e.name).text));
    if (moved.length === 0) return undefined;
    const kept = bindings.elements.filter((e) => !moved.includes(e));
    const line = (names: readonly ts.ImportSpecifier[], from: string) => `import { ${names.map((e) => e.getText(sf)).join(', ')} } from ${q}${from}${q}${semi}`;
    return { start: stmt.getStart(sf), end: stmt.getEnd(), text: [line(moved, FIXTURES_MODULE), ...(kept.length ? [line(kept, PLAYWRIGHT_MODULE)] : [])].join('\n'), moved: moved.map((e) => e.name.text) };
  }
  if (ts.isVariableStatement(stmt)) {
    const decls = stmt.declarationList.declarations;
    const req = decls.find((d) => isPlaywrightRequire(d.initializer));
    if (!req) return undefined;
    const where = `line ${sf.getLineAndCharacterOfPosition(stmt.getStart(sf)).line + 1}`;
    if (decls.length !== 1 || !ts.isObjectBindingPattern(req.name)) return { reason: `${where} requires @playwright/test ${decls.length !== 1 ? 'in a statement with other declarations' : 'as a whole'}; change it by hand` };
    const elements = req.name.elements;
    if (elements.some((e) => e.dotDotDotToken || !ts.isIdentifier(e.propertyName ?? e.name))) return { reason: `${where} destructures @playwright/test with a rest or computed element; change it by hand` };
    const importedName = (e: ts.BindingElement) => ((e.propertyName ?? e.name) as ts.Identifier).text;
    const moved = elements.filter((e) => MOVABLE.has(importedName(e)));
    if (moved.length === 0) return undefined;
    const kept = elements.filter((e) => !moved.includes(e));
    const call = req.initializer as ts.CallExpression;
    const q = text[(call.arguments[0] as ts.Expression).getStart(sf)] ?? "'";
    const flags = stmt.declarationList.flags;
    const kw = flags & ts.NodeFlags.Const ? 'const' : flags & ts.NodeFlags.Let ? 'let' : 'var';
    const line = (names: readonly ts.BindingElement[], from: string) => `${kw} { ${names.map((e) => e.getText(sf)).join(', ')} } = require(${q}${from}${q})${semi}`;
    return { start: stmt.getStart(sf), end: stmt.getEnd(), text: [line(moved, FIXTURES_MODULE), ...(kept.length ? [line(kept, PLAYWRIGHT_MODULE)] : [])].join('\n'), moved: moved.map((e) => (e.name as ts.Identifier).text) };
  }
  return undefined;
}

/**
 * `text` (the file `fileName`) with its top-level imports of test/expect taken from healwright/fixtures
 * instead of @playwright/test; unchanged (with a reason when a person must do it) otherwise.
 */
export function rewriteToFixtures(text: string, fileName: string): FixturesRewrite {
  if (text.includes(FIXTURES_MODULE)) return { kind: 'unchanged' };
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const edits: Edit[] = [];
  const reasons: string[] = [];
  for (const stmt of sf.statements) {
    const e = editOf(stmt, sf);
    if (!e) continue;
    if ('reason' in e) reasons.push(e.reason);
    else edits.push(e);
  }
  if (edits.length === 0) return reasons.length ? { kind: 'unchanged', reason: reasons.join('; ') } : { kind: 'unchanged' };
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { kind: 'changed', text: out, moved: [...new Set(edits.flatMap((e) => e.moved))] };
}
