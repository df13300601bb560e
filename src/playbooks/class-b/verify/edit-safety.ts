// Refuses an edit that weakens or removes an assertion or that adds code beyond literals and locators.
// Proposals are built from page text and LLM answers, both untrusted: a prompt injected into a page
// must not be able to turn a patch into a skipped test, a looser matcher or code that runs something.
import { identifiersOf, lexLine, type LexedLine } from './line-lexer.js';

/** Identifiers a locator or request change may introduce even when the line did not have them. */
const LOCATOR_VOCABULARY = new Set([
  'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByAltText', 'getByTitle', 'getByTestId',
  'locator', 'frameLocator', 'contentFrame', 'filter', 'first', 'last', 'nth', 'and', 'or',
  'name', 'exact', 'hasText', 'hasNotText', 'has', 'hasNot', 'visible', 'level', 'checked', 'pressed',
  'selected', 'expanded', 'disabled', 'includeHidden',
  'get', 'post', 'put', 'patch', 'delete', 'head', 'data', 'params', 'headers', 'form',
  'await', 'true', 'false', 'null', 'undefined',
]);

/** Code an edit may never introduce, whatever the rest of the file holds. */
const FORBIDDEN: ReadonlyArray<{ re: RegExp; what: string }> = [
  { re: /\beval\b/g, what: 'eval' },
  { re: /\bFunction\s*\(/g, what: 'the Function constructor' },
  { re: /\bconstructor\b/g, what: 'a constructor lookup' },
  { re: /\brequire\b/g, what: 'require' },
  { re: /\bimport\b/g, what: 'import' },
  { re: /\bprocess\s*[.[]/g, what: 'process.' },
  { re: /\bchild_process\b/g, what: 'child_process' },
  { re: /\bglobalThis\b/g, what: 'globalThis' },
  { re: /\b(?:exec|execSync|execFile|spawn|spawnSync|fork)\b/g, what: 'a process call' },
  { re: /\bfs\b|\b(?:writeFile|writeFileSync|unlink|unlinkSync|rmSync)\b/g, what: 'file system access' },
  { re: /\b(?:evaluate|evaluateHandle|\$eval|\$\$eval|addInitScript|addScriptTag|exposeFunction|exposeBinding|setContent|route|routeFromHAR|fulfill)\b/g, what: 'code that changes the page' },
];

function count(code: string, re: RegExp): number {
  return code.match(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))?.length ?? 0;
}

function all(code: string, re: RegExp, group = 1): string[] {
  return [...code.matchAll(re)].map((m) => m[group] ?? '');
}

const MATCHER = /\.\s*(to[A-Z]\w*)\b/g;
const MODIFIER = /\.\s*(skip|fixme|fail|only|slow)\b/g;
const NOT = /\.\s*not\b/g;
const EXPECT = /\bexpect\b/g;
const TIMEOUT = /\b(\w*timeout\w*)\b\s*[:=(]\s*([^\s,)}]+)/gi;
const EXACT_TRUE = /\bexact\s*:\s*true\b/g;

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isAssertion(l: LexedLine): boolean {
  return /\bexpect\b/.test(l.code) || /\.\s*to[A-Z]\w*\s*\(/.test(l.code);
}

function bracketBalance(code: string): string {
  const net = (o: string, c: string) => [...code].reduce((n, ch) => n + (ch === o ? 1 : ch === c ? -1 : 0), 0);
  return `${net('(', ')')},${net('[', ']')},${net('{', '}')}`;
}

export interface EditSafetyOptions {
  /** Identifiers of the whole file (code only): an edit may reuse them, e.g. switch `users.alice` to `users.bob`. */
  fileIdentifiers?: ReadonlySet<string>;
}

/** Identifiers found in the code of `content` (strings and comments excluded), for EditSafetyOptions. */
export function fileIdentifiers(content: string): Set<string> {
  const out = new Set<string>();
  for (const line of content.split('\n')) for (const id of identifiersOf(lexLine(line.replace(/\r$/, '')).code)) out.add(id);
  return out;
}

/**
 * Why replacing `before` with `after` is refused, or undefined when the edit only changes literals
 * and locators. Each reason names what the patch would have done.
 */
export function editSafetyReason(before: string, after: string, opts: EditSafetyOptions = {}): string | undefined {
  if (/[\r\n]/.test(after)) return 'the replacement spans several lines; an edit replaces exactly one line';
  if (before.trim() !== '' && after.trim() === '') return 'the edit deletes a line; a patch may only change literals and locators';
  const b = lexLine(before);
  const a = lexLine(after);
  if (a.unterminated && !b.unterminated) return 'the edit leaves a string, template or comment open, which would change the lines after it';
  if (bracketBalance(a.code) !== bracketBalance(b.code)) return 'the edit changes the bracket structure of the line; a patch may only change literals and locators';
  if (count(a.code, EXPECT) < count(b.code, EXPECT)) return 'the edit removes an expect() assertion';
  const mb = all(b.code, MATCHER);
  const ma = all(a.code, MATCHER);
  if (!sameList(mb, ma)) return `the edit changes the assertion matcher (${mb.join(', ') || 'none'} -> ${ma.join(', ') || 'none'})`;
  for (const mod of ['skip', 'fixme', 'fail', 'only', 'slow']) {
    const n = (l: LexedLine) => all(l.code, MODIFIER).filter((m) => m === mod).length;
    if (n(a) > n(b)) return `the edit adds .${mod}, which would stop the test from proving anything`;
  }
  if (count(a.code, NOT) !== count(b.code, NOT)) return `the edit ${count(a.code, NOT) > count(b.code, NOT) ? 'adds' : 'removes'} .not, inverting an assertion`;
  const tb = all(b.code, TIMEOUT, 0).map((t) => t.replace(/\s+/g, ''));
  const ta = all(a.code, TIMEOUT, 0).map((t) => t.replace(/\s+/g, ''));
  if (!sameList(tb, ta)) return `the edit changes a timeout (${tb.join(', ') || 'none'} -> ${ta.join(', ') || 'none'}); timeouts are not test data`;
  if (count(a.code, EXACT_TRUE) < count(b.code, EXACT_TRUE)) return 'the edit drops `exact: true`, loosening a locator or assertion';
  if (isAssertion(a) || isAssertion(b)) {
    const known = new Set(b.regexes);
    const added = a.regexes.find((r) => !known.has(r));
    if (added) return `the edit puts the regular expression ${added} into an assertion; a regex would accept more than the exact value`;
    if (count(a.code, /\bRegExp\b/g) > count(b.code, /\bRegExp\b/g)) return 'the edit builds a RegExp inside an assertion';
  }
  for (const f of FORBIDDEN) {
    if (count(a.code, f.re) > count(b.code, f.re)) return `the edit introduces ${f.what}; a patch may only change literals and locators`;
  }
  const allowed = new Set([...identifiersOf(b.code), ...(opts.fileIdentifiers ?? [])]);
  const foreign = identifiersOf(a.code).find((id) => !allowed.has(id) && !LOCATOR_VOCABULARY.has(id));
  if (foreign) return `the edit introduces the identifier "${foreign}", which is neither in the file nor a locator option; a patch may only change literals and locators`;
  return undefined;
}
