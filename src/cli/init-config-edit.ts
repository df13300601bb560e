// Adds the healwright reporter entry to a Playwright config file with the TypeScript parser: the config
// object literal is found in the syntax tree (export default / module.exports / export =, through
// defineConfig(...), a `const config = {...}` and `as`/`satisfies`), and text is inserted at node
// positions, so the rest of the file (comments, quotes, layout) stays byte for byte.
import ts from 'typescript';

/** What {@link addReporterEntry} did. `changed` carries the new text; `refused` says what to add by hand. */
export type ConfigEdit =
  | { kind: 'changed'; text: string; summary: string }
  | { kind: 'unchanged'; summary: string }
  | { kind: 'refused'; reason: string };

interface Insertion {
  pos: number;
  /** Characters replaced at pos (0: a pure insertion). */
  remove: number;
  text: string;
}

const MAX_ALIAS_DEPTH = 5;

function scriptKind(fileName: string): ts.ScriptKind {
  return /\.[cm]?ts$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
}

/** Syntax errors of the file, as `line:col message` (the parser's own diagnostics). */
export function syntaxErrors(text: string, fileName: string): string[] {
  const out = ts.transpileModule(text, { fileName, reportDiagnostics: true, compilerOptions: { allowJs: true, noEmit: true } });
  return (out.diagnostics ?? [])
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file && d.start !== undefined)
    .map((d) => {
      const { line, character } = (d.file as ts.SourceFile).getLineAndCharacterOfPosition(d.start as number);
      return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
}

function unwrap(e: ts.Expression): ts.Expression {
  let cur = e;
  while (ts.isParenthesizedExpression(cur) || ts.isAsExpression(cur) || ts.isSatisfiesExpression(cur) || ts.isTypeAssertionExpression(cur) || ts.isNonNullExpression(cur)) cur = cur.expression;
  return cur;
}

function isModuleExports(e: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'module' && e.name.text === 'exports';
}

/** The expression the file exports as its config, and how it is exported (for messages). */
function exportedExpression(sf: ts.SourceFile): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  for (const st of sf.statements) {
    if (ts.isExportAssignment(st)) found = st.expression;
    else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && isModuleExports(st.expression.left)) found = st.expression.right;
  }
  return found;
}

function topLevelInitializer(sf: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.name.text === name && d.initializer) return d.initializer;
    }
  }
  return undefined;
}

function calleeName(call: ts.CallExpression): string {
  const c = call.expression;
  if (ts.isIdentifier(c)) return c.text;
  if (ts.isPropertyAccessExpression(c)) return c.name.text;
  return '';
}

function propName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!p.name) return undefined;
  if (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) return p.name.text;
  return undefined;
}

type Found = { obj: ts.ObjectLiteralExpression } | { refused: string };

/** Follows the exported expression to the config object literal. */
function configObject(sf: ts.SourceFile, expr: ts.Expression, depth = 0): Found {
  const e = unwrap(expr);
  if (ts.isObjectLiteralExpression(e)) return { obj: e };
  if (ts.isIdentifier(e)) {
    const init = depth < MAX_ALIAS_DEPTH ? topLevelInitializer(sf, e.text) : undefined;
    if (!init) return { refused: `the exported config is \`${e.text}\`, and no top-level \`const ${e.text} = ...\` was found in this file` };
    return configObject(sf, init, depth + 1);
  }
  if (ts.isCallExpression(e) && calleeName(e) === 'defineConfig') {
    const literals = e.arguments.map(unwrap).filter(ts.isObjectLiteralExpression);
    if (literals.length === 0) return { refused: 'defineConfig(...) has no object literal argument' };
    const withReporter = literals.filter((o) => o.properties.some((p) => propName(p) === 'reporter'));
    if (withReporter.length > 0) return { obj: withReporter[withReporter.length - 1] as ts.ObjectLiteralExpression };
    if (literals.length !== e.arguments.length) return { refused: 'defineConfig(...) merges a config from elsewhere, which may already set reporter' };
    return { obj: literals[literals.length - 1] as ts.ObjectLiteralExpression };
  }
  return { refused: `the exported config is \`${e.getText(sf).slice(0, 60)}\`, not an object literal or defineConfig({ ... })` };
}

/** Whether a reporter name is healwright's (the package, its reporter export, or a path to it). */
export function isHealwrightReporterName(name: string): boolean {
  return name === 'healwright' || name.startsWith('healwright/');
}

function mentionsHealwright(node: ts.Node): boolean {
  if (ts.isStringLiteralLike(node) && isHealwrightReporterName(node.text)) return true;
  return ts.forEachChild(node, (c) => (mentionsHealwright(c) ? true : undefined)) ?? false;
}

function quoteOf(sf: ts.SourceFile): string {
  let q: string | undefined;
  const visit = (n: ts.Node): void => {
    if (q) return;
    if (ts.isStringLiteral(n)) q = n.getText(sf).charAt(0);
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return q === '"' ? '"' : "'";
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function indentAt(text: string, pos: number): string {
  const start = lineStart(text, pos);
  const lead = text.slice(start, pos);
  return lead.trim() === '' ? lead : (/^[ \t]*/.exec(lead)?.[0] ?? '');
}

/** The end of the comma after `end`, if the next token is one. */
function commaAfter(sf: ts.SourceFile, end: number): number | undefined {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, sf.languageVariant, sf.text);
  scanner.setTextPos(end);
  return scanner.scan() === ts.SyntaxKind.CommaToken ? scanner.getTokenEnd() : undefined;
}

/**
 * Appends `item` to a list (object properties or array elements) whose closing bracket is at
 * `closePos`: on its own line before the bracket's line when the list is multi-line, else inline.
 */
function appendToList(sf: ts.SourceFile, items: ts.NodeArray<ts.Node>, openEnd: number, closePos: number, item: string): Insertion[] {
  const text = sf.text;
  const last = items[items.length - 1];
  if (!last) return [{ pos: openEnd, remove: closePos - openEnd, text: ` ${item} ` }];
  const multiline = text.slice(openEnd, closePos).includes('\n');
  const comma = commaAfter(sf, last.end);
  const closeLineStart = lineStart(text, closePos);
  if (multiline && text.slice(closeLineStart, closePos).trim() === '' && closeLineStart > last.end) {
    const indent = indentAt(text, last.getStart(sf));
    const out: Insertion[] = [];
    if (comma === undefined) out.push({ pos: last.end, remove: 0, text: ',' });
    out.push({ pos: closeLineStart, remove: 0, text: `${indent}${item},\n` });
    return out;
  }
  return comma === undefined ? [{ pos: last.end, remove: 0, text: `, ${item}` }] : [{ pos: comma, remove: 0, text: ` ${item},` }];
}

/** Edits one reporter value (string, array, or a conditional of those). */
function editReporterValue(sf: ts.SourceFile, value: ts.Expression, entry: string): Insertion[] | { refused: string } {
  const v = unwrap(value);
  if (ts.isStringLiteralLike(v)) return [{ pos: v.getStart(sf), remove: v.end - v.getStart(sf), text: `[[${v.getText(sf)}], ${entry}]` }];
  if (ts.isArrayLiteralExpression(v)) {
    const close = v.end - 1;
    return appendToList(sf, v.elements, v.getStart(sf) + 1, close, entry);
  }
  if (ts.isConditionalExpression(v)) {
    const a = editReporterValue(sf, v.whenTrue, entry);
    if (!Array.isArray(a)) return a;
    const b = editReporterValue(sf, v.whenFalse, entry);
    if (!Array.isArray(b)) return b;
    return [...a, ...b];
  }
  return { refused: `reporter is set by \`${v.getText(sf).slice(0, 60)}\`, which init cannot edit safely` };
}

function apply(text: string, edits: Insertion[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.pos - a.pos)) out = out.slice(0, e.pos) + e.text + out.slice(e.pos + e.remove);
  return out;
}

/**
 * Adds `['healwright/reporter', {}]` to the `reporter` of a Playwright config: a string reporter
 * becomes `[[<it>], entry]`, an array gets the entry appended, a missing reporter becomes
 * `[['list'], entry]` (Playwright's local default plus healwright). Never throws for bad input: a file
 * that does not parse, or whose config object cannot be found, is `refused` with the reason.
 */
export function addReporterEntry(text: string, fileName: string): ConfigEdit {
  const errors = syntaxErrors(text, fileName);
  if (errors.length > 0) return { kind: 'refused', reason: `it does not parse (${errors.slice(0, 3).join('; ')})` };
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const exported = exportedExpression(sf);
  if (!exported) return { kind: 'refused', reason: 'it has no `export default`, `export =` or `module.exports =` of the config' };
  const found = configObject(sf, exported);
  if ('refused' in found) return { kind: 'refused', reason: found.refused };
  const { obj } = found;
  const q = quoteOf(sf);
  const entry = `[${q}healwright/reporter${q}, {}]`;
  const reporter = obj.properties.find((p) => propName(p) === 'reporter');
  let edits: Insertion[];
  if (reporter) {
    if (mentionsHealwright(reporter)) return { kind: 'unchanged', summary: 'the healwright reporter is already registered' };
    if (!ts.isPropertyAssignment(reporter)) return { kind: 'refused', reason: `reporter is written as \`${reporter.getText(sf).slice(0, 60)}\`, which init cannot edit safely` };
    const r = editReporterValue(sf, reporter.initializer, entry);
    if (!Array.isArray(r)) return { kind: 'refused', reason: r.refused };
    edits = r;
  } else {
    if (obj.properties.some((p) => ts.isSpreadAssignment(p))) return { kind: 'refused', reason: 'the config object spreads another object, which may already set reporter' };
    edits = appendToList(sf, obj.properties, obj.getStart(sf) + 1, obj.end - 1, `reporter: [[${q}list${q}], ${entry}]`);
  }
  const next = apply(text, edits);
  const after = syntaxErrors(next, fileName);
  if (after.length > 0) return { kind: 'refused', reason: `the edited file would not parse (${after[0]}); this is a healwright bug` };
  return { kind: 'changed', text: next, summary: reporter ? `added ${entry} to reporter` : `added reporter: [[${q}list${q}], ${entry}]` };
}

/** The line to add by hand, for refusals. */
export const MANUAL_REPORTER_HINT = "add ['healwright/reporter', {}] to the reporter list of your config by hand, e.g. reporter: [['list'], ['healwright/reporter', {}]]";
