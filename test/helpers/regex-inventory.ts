// Finds every regular expression in src/**/*.ts with the TypeScript compiler API, so the ReDoS test
// covers new code without anyone keeping a list: regex literals, `RegExp('literal')` /
// `new RegExp(`literal`)` with a literal source, and (reported apart) RegExp calls whose source is
// built at run time, which the test matches against a reviewed table.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './run-inline.js';

export interface FoundRegex {
  /** Path relative to the repo root, posix separators. */
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  file: string;
  line: number;
  /** The call as written (`new RegExp(...)`), whitespace collapsed: the key of the reviewed table. */
  call: string;
}

export interface RegexInventory {
  literals: FoundRegex[];
  dynamic: DynamicRegex[];
}

function listTs(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listTs(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The text of a string literal or substitution-free template; undefined for anything else. */
function literalText(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  // String.raw`...` without substitutions: the raw text is the source.
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw' && ts.isNoSubstitutionTemplateLiteral(node.template)) {
    return node.template.rawText ?? node.template.text;
  }
  return undefined;
}

function scanFile(abs: string, rel: string, into: RegexInventory): void {
  const sf = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      into.literals.push({ file: rel, line: lineOf(node), source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [src, flagsArg] = node.arguments ?? [];
      const source = literalText(src);
      const flags = flagsArg === undefined ? '' : literalText(flagsArg);
      if (source !== undefined && flags !== undefined) into.literals.push({ file: rel, line: lineOf(node), source, flags });
      else into.dynamic.push({ file: rel, line: lineOf(node), call: node.getText(sf).replace(/\s+/g, ' ') });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** Every regex under src/, minus the files in `exclude` (repo-relative posix paths). */
export function inventoryRegexes(exclude: readonly string[] = []): RegexInventory {
  const inv: RegexInventory = { literals: [], dynamic: [] };
  const srcDir = path.join(REPO_ROOT, 'src');
  for (const abs of listTs(srcDir).sort()) {
    const rel = path.relative(REPO_ROOT, abs).split(path.sep).join('/');
    if (!exclude.includes(rel)) scanFile(abs, rel, inv);
  }
  return inv;
}
