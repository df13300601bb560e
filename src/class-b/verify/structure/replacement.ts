// A locator call swapped for another (`locator('#save')` -> `getByRole('button', { name: 'Save' })`):
// the new call is a Playwright locator method whose arguments are literals and known options only, and
// it pins one element down (a role with a name, a non-empty text, a selector narrower than the page).
import ts from 'typescript';
import { calleeName, propertyKey } from './positions.js';
import { literalValue } from './values.js';
import { LOCATOR_OPTION_KINDS, MATCH_ALL_SELECTORS } from './vocabulary.js';

const TEXT_METHODS = new Set(['getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId']);
const SELECTOR_METHODS = new Set(['locator', 'frameLocator']);

function leaves(n: ts.Node, sf: ts.SourceFile, out: ts.Node[] = []): ts.Node[] {
  const kids = n.getChildren(sf);
  if (kids.length === 0) out.push(n);
  for (const k of kids) leaves(k, sf, out);
  return out;
}

/** Text a locator looks for: a non-empty string without numeric escapes, or a plain-text regex. */
function textRefusal(arg: ts.Expression, sf: ts.SourceFile, what: string): string | undefined {
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
    if (arg.text.trim() === '') return `${what} is empty, which matches anything`;
    if (/\\(?:u|x|[0-7]|\r|\n)/.test(literalValue(arg, sf).raw)) return `${what} spells characters with escape sequences`;
    return undefined;
  }
  if (ts.isRegularExpressionLiteral(arg)) {
    const v = literalValue(arg, sf);
    const body = v.text.replace(/^\^/, '').replace(/\$$/, '');
    if (body === '' || /[.*+?()[\]{}|]|\\[A-Za-z0-9]/.test(body)) return `${what} /${v.text}/ is more than plain text`;
    return undefined;
  }
  return `${what} must be a literal, not ${ts.SyntaxKind[arg.kind]}`;
}

function optionsRefusal(arg: ts.Expression, sf: ts.SourceFile, allowed: ReadonlySet<string>): string | undefined {
  if (!ts.isObjectLiteralExpression(arg)) return `the options must be an object literal, not ${ts.SyntaxKind[arg.kind]}`;
  for (const p of arg.properties) {
    const key = ts.isPropertyAssignment(p) ? propertyKey(p) : undefined;
    if (!ts.isPropertyAssignment(p) || key === undefined) return 'the options may only be plain `key: value` pairs';
    const kind = LOCATOR_OPTION_KINDS.get(key);
    if (!kind || !allowed.has(key)) return `the option "${key}" is not one this locator takes from a patch`;
    const v = p.initializer;
    if (kind === 'boolean' && v.kind !== ts.SyntaxKind.TrueKeyword && v.kind !== ts.SyntaxKind.FalseKeyword) return `the option "${key}" must be true or false`;
    if (kind === 'number' && !ts.isNumericLiteral(v)) return `the option "${key}" must be a number`;
    if (kind === 'string') {
      const why = textRefusal(v, sf, `the option "${key}"`);
      if (why) return why;
    }
  }
  return undefined;
}

function hasExactTrue(call: ts.CallExpression): boolean {
  return call.arguments.some((a) => ts.isObjectLiteralExpression(a) && a.properties.some((p) => ts.isPropertyAssignment(p) && propertyKey(p) === 'exact' && p.initializer.kind === ts.SyntaxKind.TrueKeyword));
}

function argsRefusal(method: string, args: readonly ts.Expression[], sf: ts.SourceFile): string | undefined {
  const [first, second, ...rest] = args;
  if (!first || rest.length > 0) return `${method}() takes one or two arguments in a patch`;
  if (method === 'getByRole') {
    if (!ts.isStringLiteral(first) || !/^[a-z]+$/.test(first.text)) return 'getByRole() needs an ARIA role name as a string';
    if (!second) return `getByRole('${first.text}') without a name matches every ${first.text}, not the element the test meant`;
    const why = optionsRefusal(second, sf, new Set(['name', 'exact', 'level', 'checked', 'pressed', 'selected', 'expanded', 'disabled', 'includeHidden']));
    if (why) return why;
    const hasName = ts.isObjectLiteralExpression(second) && second.properties.some((p) => ts.isPropertyAssignment(p) && propertyKey(p) === 'name');
    return hasName ? undefined : `getByRole('${first.text}') without a name matches every ${first.text}, not the element the test meant`;
  }
  if (TEXT_METHODS.has(method)) {
    return textRefusal(first, sf, `the ${method}() text`) ?? (second ? optionsRefusal(second, sf, new Set(['exact'])) : undefined);
  }
  if (SELECTOR_METHODS.has(method)) {
    if (!ts.isStringLiteral(first) && !ts.isNoSubstitutionTemplateLiteral(first)) return `${method}() needs a selector string`;
    const why = textRefusal(first, sf, `the ${method}() selector`);
    if (why) return why;
    const sel = first.text.trim().toLowerCase();
    if (MATCH_ALL_SELECTORS.has(sel)) return `the selector ${JSON.stringify(first.text)} matches the whole page, not an element`;
    if (/^[a-z][a-z0-9-]*$/.test(sel)) return `the selector ${JSON.stringify(first.text)} is a bare tag name, which matches any such element`;
    return second ? optionsRefusal(second, sf, new Set(['hasText', 'hasNotText'])) : undefined;
  }
  return `${method}() is not a locator a patch may write`;
}

/**
 * Why `na` may not replace the locator call `nb` (same receiver, already compared), or undefined.
 * `commentsOf` gives a token's leading comments (whitespace removed): the new call may carry none.
 */
export function replacementRefusal(nb: ts.CallExpression, na: ts.CallExpression, sfB: ts.SourceFile, sfA: ts.SourceFile, commentsOf: (n: ts.Node) => string): string | undefined {
  const method = calleeName(na) ?? '';
  const pa = na.expression as ts.PropertyAccessExpression;
  if (pa.questionDotToken || na.typeArguments || na.questionDotToken) return 'the new locator call must be a plain `.method(...)` call';
  const receiver = new Set(leaves(pa.expression, sfA));
  if (leaves(na, sfA).some((l) => !receiver.has(l) && commentsOf(l) !== '')) return 'the new locator carries a comment';
  const why = argsRefusal(method, na.arguments, sfA);
  if (why) return `${why} (was ${nb.getText(sfB).slice(0, 80)})`;
  if (hasExactTrue(nb) && !hasExactTrue(na) && method !== 'locator' && method !== 'frameLocator') {
    return 'the edit drops `exact: true`, loosening the locator';
  }
  return undefined;
}
