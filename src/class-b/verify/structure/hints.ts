// Plain words for what a refused change would have done, so a refusal reads as a reason and not only
// as two syntax-node names.
import ts from 'typescript';

const MODIFIERS = ['skip', 'fixme', 'only', 'fail', 'slow'];
const DANGEROUS = ['eval', 'Function', 'constructor', 'require', 'import', 'process', 'globalThis', 'child_process', 'evaluate', 'addInitScript', 'route'];

function words(n: ts.Node, sf: ts.SourceFile): Set<string> {
  const out = new Set<string>();
  const visit = (c: ts.Node): void => {
    if (ts.isIdentifier(c) || ts.isPrivateIdentifier(c)) out.add(c.text);
    else if (c.kind === ts.SyntaxKind.ImportKeyword) out.add('import');
    else if ((ts.isStringLiteral(c) || ts.isNoSubstitutionTemplateLiteral(c)) && ts.isElementAccessExpression(c.parent)) out.add(c.text);
    c.getChildren(sf).forEach(visit);
  };
  visit(n);
  return out;
}

/** What the change from `nb` to `na` adds, in words, or '' when nothing stands out. */
export function changeHint(nb: ts.Node, sfB: ts.SourceFile, na: ts.Node, sfA: ts.SourceFile): string {
  const before = words(nb, sfB);
  const added = [...words(na, sfA)].filter((w) => !before.has(w));
  const removed = [...before].filter((w) => !words(na, sfA).has(w));
  const mod = added.find((w) => MODIFIERS.includes(w));
  if (mod) return ` (it adds .${mod}, which would stop the test from proving anything)`;
  if (added.includes('not') || removed.includes('not')) return ` (it ${added.includes('not') ? 'adds' : 'removes'} .not, inverting an assertion)`;
  const danger = added.find((w) => DANGEROUS.includes(w));
  if (danger) return ` (it introduces ${danger})`;
  const matcher = added.find((w) => /^to[A-Z]/.test(w));
  if (matcher) return ` (it changes the assertion matcher to ${matcher})`;
  if (na.kind === ts.SyntaxKind.RegularExpressionLiteral) return ' (a regular expression would accept more than the exact value)';
  if (added.some((w) => /timeout/i.test(w))) return ' (it changes a timeout; timeouts are not test data)';
  return '';
}

/** For a literal refused outside the allowed places: say so when it is a timeout. */
export function literalHint(na: ts.Node): string {
  let n: ts.Node | undefined = na.parent;
  for (let i = 0; n && i < 3; i++, n = n.parent) {
    if (ts.isPropertyAssignment(n) && /timeout/i.test(n.name.getText())) return ' (it changes a timeout; timeouts are not test data)';
    if (ts.isCallExpression(n) && /timeout/i.test(n.expression.getText())) return ' (it changes a timeout; timeouts are not test data)';
  }
  return '';
}
