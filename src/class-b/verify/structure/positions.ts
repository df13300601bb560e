// Where a literal sits in a test file, read off the syntax tree: a locator's argument, an assertion's
// expected value, an API path, or a constant that one of those uses. Any other place is code.
import ts from 'typescript';
import {
  EXPECTED_ARGUMENT, FILTER_METHODS, LOCATOR_METHODS, LOCATOR_STRING_OPTIONS, OBJECT_EXPECTED, PATH_METHODS, SELECTOR_FIRST_METHODS,
} from './vocabulary.js';

export type LiteralPosition =
  | { kind: 'locator'; method: string; argIndex: number; optionKey?: string }
  | { kind: 'expected'; matcher: string; subject: ts.Expression | undefined }
  | { kind: 'path'; method: string; generic?: boolean }
  | { kind: 'data'; name: string; uses: LiteralPosition[] };

/** Calls whose string argument is code, a module or a file: a path there is never test data. */
const NEVER_PATH_CALLEES = new Set([
  'require', 'import', 'eval', 'Function', 'evaluate', 'evaluateHandle', '$eval', '$$eval', 'addInitScript', 'addScriptTag',
  'addStyleTag', 'exposeFunction', 'exposeBinding', 'setContent', 'route', 'routeFromHAR', 'unroute', 'spawn', 'spawnSync',
  'exec', 'execSync', 'execFile', 'execFileSync', 'fork', 'readFile', 'readFileSync', 'writeFile', 'writeFileSync',
  'appendFile', 'appendFileSync', 'unlink', 'unlinkSync', 'rm', 'rmSync', 'mkdir', 'mkdirSync', 'copyFile', 'copyFileSync',
  'rename', 'renameSync', 'open', 'openSync', 'createReadStream', 'createWriteStream', 'setInputFiles', 'storageState',
  'resolve', 'join', 'setTimeout', 'setInterval', 'setExtraHTTPHeaders', 'addCookies', 'setItem', 'attach', 'outputPath',
]);

/** Calls whose selector is their first argument only when a second one follows (`page.fill(sel, value)`). */
const SELECTOR_NEEDS_TWO_ARGS = new Set(['fill', 'type', 'press', 'selectOption', 'setInputFiles', 'getAttribute']);

interface Climbed {
  /** The outermost expression the value is part of (an argument or an initializer). */
  top: ts.Node;
  viaArray: boolean;
  /** The key of the innermost object property the value is the value of. */
  optionKey?: string;
  viaObject: boolean;
}

/** The key of `key: value` or `'key': value`; undefined for a computed or numeric key. */
export function propertyKey(p: ts.PropertyAssignment): string | undefined {
  const n = p.name;
  return ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : undefined;
}

/** Climbs from a value through array elements, object property values, parentheses and `as const`. */
function climbValue(node: ts.Node): Climbed {
  let top = node;
  let viaArray = false;
  let viaObject = false;
  let optionKey: string | undefined;
  for (;;) {
    const p = top.parent;
    if (!p) break;
    if (ts.isPrefixUnaryExpression(p) && (p.operator === ts.SyntaxKind.MinusToken || p.operator === ts.SyntaxKind.PlusToken)) top = p;
    else if (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) top = p;
    else if (ts.isArrayLiteralExpression(p)) {
      viaArray = true;
      top = p;
    } else if (ts.isPropertyAssignment(p) && p.initializer === top && ts.isObjectLiteralExpression(p.parent)) {
      optionKey ??= propertyKey(p);
      viaObject = true;
      top = p.parent;
    } else break;
  }
  return { top, viaArray, viaObject, ...(optionKey !== undefined ? { optionKey } : {}) };
}

/** The name a call is made by: `x.y.name(...)` or `name(...)`. */
export function calleeName(call: ts.CallExpression): string | undefined {
  const c = call.expression;
  if (ts.isPropertyAccessExpression(c)) return c.name.text;
  if (ts.isIdentifier(c)) return c.text;
  return undefined;
}

function isExpectCallee(e: ts.Expression): boolean {
  if (ts.isIdentifier(e)) return e.text === 'expect';
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'expect' && ['soft', 'poll'].includes(e.name.text);
}

/** For `expect(subject)[.not|.resolves|.rejects].matcher(...)`: the `expect(...)` call, else undefined. */
export function expectCallOf(matcherCall: ts.CallExpression): ts.CallExpression | undefined {
  if (!ts.isPropertyAccessExpression(matcherCall.expression)) return undefined;
  let e: ts.Expression = matcherCall.expression.expression;
  while (ts.isPropertyAccessExpression(e) && ['not', 'resolves', 'rejects'].includes(e.name.text)) e = e.expression;
  return ts.isCallExpression(e) && isExpectCallee(e.expression) ? e : undefined;
}

function callPosition(c: Climbed): LiteralPosition | undefined {
  const call = c.top.parent;
  if (!call || !ts.isCallExpression(call)) return undefined;
  const argIndex = call.arguments.indexOf(c.top as ts.Expression);
  if (argIndex < 0) return undefined;
  const method = calleeName(call);
  if (!method) return undefined;
  if (!ts.isPropertyAccessExpression(call.expression)) return !c.viaArray && !NEVER_PATH_CALLEES.has(method) ? { kind: 'path', method, generic: true } : undefined;
  if (LOCATOR_METHODS.has(method) && !c.viaArray && (!c.viaObject || LOCATOR_STRING_OPTIONS.has(c.optionKey ?? ''))) {
    return { kind: 'locator', method, argIndex, ...(c.optionKey ? { optionKey: c.optionKey } : {}) };
  }
  if (FILTER_METHODS.has(method) && c.viaObject && !c.viaArray && LOCATOR_STRING_OPTIONS.has(c.optionKey ?? '')) {
    return { kind: 'locator', method, argIndex, ...(c.optionKey ? { optionKey: c.optionKey } : {}) };
  }
  if (SELECTOR_FIRST_METHODS.has(method) && argIndex === 0 && !c.viaArray && !c.viaObject) {
    if (!SELECTOR_NEEDS_TWO_ARGS.has(method) || call.arguments.length >= 2) return { kind: 'locator', method, argIndex };
  }
  const expectedAt = EXPECTED_ARGUMENT.get(method);
  if (expectedAt === argIndex && (!c.viaObject || OBJECT_EXPECTED.has(method))) {
    const expectCall = expectCallOf(call);
    if (expectCall) return { kind: 'expected', matcher: method, subject: expectCall.arguments[0] };
  }
  if (PATH_METHODS.has(method) && argIndex === 0 && !c.viaArray && !c.viaObject) return { kind: 'path', method };
  // Suites wrap requests in helpers (`callApi(request, 'get', '/api/v1/x')`): a URL path argument of
  // any call but those that load, run or touch files may change, if the value stays a plain path
  // (check.ts asks isPlainPath of both values).
  if (!c.viaArray && !NEVER_PATH_CALLEES.has(method)) return { kind: 'path', method, generic: true };
  return undefined;
}

function isConstDeclaration(d: ts.VariableDeclaration): boolean {
  return ts.isVariableDeclarationList(d.parent) && (d.parent.flags & ts.NodeFlags.Const) !== 0;
}

function isReadonlyProperty(d: ts.PropertyDeclaration): boolean {
  return (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0;
}

/** The constant a value initializes (`const SAVE = '#save'`, `readonly save = '#save'`), if any. */
function dataName(c: Climbed): string | undefined {
  const p = c.top.parent;
  if (!p) return undefined;
  if (ts.isVariableDeclaration(p) && p.initializer === c.top && isConstDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (ts.isPropertyDeclaration(p) && p.initializer === c.top && isReadonlyProperty(p) && ts.isIdentifier(p.name)) return p.name.text;
  return undefined;
}

/** The position of an expression that is a call argument (or part of one): never `data`. */
function usePosition(node: ts.Node): LiteralPosition | undefined {
  return callPosition(climbValue(node));
}

/**
 * Where `name` is used in the file, when every use is a place a literal could stand: a locator
 * argument, an expected value or an API path (directly, as `this.name`, or as `NAME.key`). A constant
 * that also flows anywhere else (a helper, `evaluate`, a computation) gets undefined: its value is code.
 */
function literalUses(sf: ts.SourceFile, name: string): LiteralPosition[] | undefined {
  const uses: LiteralPosition[] = [];
  let elsewhere = false;
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n) && n.text === name && !isDeclarationName(n)) {
      let ref: ts.Node = n;
      while (ref.parent && ts.isPropertyAccessExpression(ref.parent) && (ref.parent.name === ref || ref.parent.expression === ref)) ref = ref.parent;
      const use = usePosition(ref);
      if (use) uses.push(use);
      else elsewhere = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return elsewhere ? undefined : uses;
}

function isDeclarationName(n: ts.Identifier): boolean {
  const p = n.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isPropertyAssignment(p)) && p.name === n) return true;
  // The binding an import makes, and a local `export { name }` (its importers are read on their own).
  return (ts.isImportSpecifier(p) && p.name === n) || (ts.isExportSpecifier(p) && !p.parent.parent.moduleSpecifier && (p.propertyName ?? p.name) === n);
}

/**
 * Where the other files of the suite use a constant that the checked file exports (`export const SEL = {
 * body: '.x' }` in a page object, `page.locator(SEL.body)` in a spec): their literal positions, or
 * undefined when one flows elsewhere or cannot be followed (see {@link importedUses}).
 */
export type ExportedUses = (name: string) => LiteralPosition[] | undefined;

/**
 * Where the literal `node` sits, or undefined when it is code that no patch may change. A constant's
 * uses are read in its own file and, when it is exported and `exportedUses` is given, in the files that
 * import it: every use must be a place a literal could stand.
 */
export function literalPosition(node: ts.Node, sf: ts.SourceFile, exportedUses?: ExportedUses): LiteralPosition | undefined {
  const c = climbValue(node);
  const direct = callPosition(c);
  if (direct) return direct;
  const name = dataName(c);
  if (!name) return undefined;
  const uses = literalUses(sf, name);
  if (!uses) return undefined;
  if (exportedUses && isExported(sf, name)) {
    const elsewhere = exportedUses(name);
    if (!elsewhere) return undefined;
    uses.push(...elsewhere);
  }
  return uses.length > 0 ? { kind: 'data', name, uses } : undefined;
}

/** Whether `sf` exports the top-level constant `name` (`export const name`, or `export { name }`). */
function isExported(sf: ts.SourceFile, name: string): boolean {
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && st.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name)) return true;
    if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause) && st.exportClause.elements.some((e) => (e.propertyName ?? e.name).text === name)) return true;
    if (ts.isExportAssignment(st)) return true;
  }
  return false;
}

/**
 * The uses of `name`, exported by the module at `target` (absolute, any extension), in the file `importer`:
 * [] when it does not import it; the literal positions of its uses when it imports it by name
 * (`import { SEL } from './orders-page'`, `{ SEL as S }`); undefined when the file reaches the module in a
 * way no use can be followed through (a namespace or default import, a re-export, `require`, `import()`),
 * or a use flows anywhere but a literal position.
 */
export function importedUses(importer: ts.SourceFile, importerFile: string, target: string, name: string, resolves: (from: string, specifier: string) => string | undefined): LiteralPosition[] | undefined {
  const uses: LiteralPosition[] = [];
  let opaque = false;
  const visit = (n: ts.Node): void => {
    if (opaque) return;
    const spec = moduleSpecifierOf(n);
    if (spec !== undefined && resolves(importerFile, spec) === target) {
      if (ts.isImportDeclaration(n) && n.importClause && !n.importClause.name && n.importClause.namedBindings && ts.isNamedImports(n.importClause.namedBindings)) {
        for (const el of n.importClause.namedBindings.elements) {
          if ((el.propertyName ?? el.name).text !== name) continue;
          const local = literalUses(importer, el.name.text);
          if (!local) opaque = true;
          else uses.push(...local);
        }
      } else if (!(ts.isImportDeclaration(n) && n.importClause?.isTypeOnly)) opaque = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(importer);
  return opaque ? undefined : uses;
}

/** The module a node names: an import or re-export's `from`, `require('...')`, `import('...')`. */
function moduleSpecifierOf(n: ts.Node): string | undefined {
  if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) return n.moduleSpecifier.text;
  if (ts.isCallExpression(n) && n.arguments.length > 0 && (n.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(n.expression) && n.expression.text === 'require'))) {
    const arg = n.arguments[0] as ts.Expression;
    return ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) ? arg.text : '';
  }
  return undefined;
}
