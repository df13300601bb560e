// Named groups without V8's groups object. A regex with named groups makes every match build a
// `groups` object, and V8 builds it in dictionary mode: each read of `groups.pre` or `groups.key` is
// a hash lookup, and the object is larger than a plain one. On 1 MB of `password: ` (50,000
// matches, each read five or six times by the hooks) that cost several milliseconds. So each
// detector runs as a twin of its regex whose named groups are plain numbered ones (the same
// pattern: same captures, same numbers, same automaton), and applyPattern builds one
// {@link MatchGroups} of a fixed shape per match from the numbers.

/** Every group name the detectors use; a regex naming another (a caller's own) keeps V8's groups. */
const NAMES = ['pre', 'post', 'key', 'kq', 'aws', 'user', 'ssn', 'pw', 'password', 'openai', 'name', 'label', 'intl'] as const;
type GroupName = (typeof NAMES)[number];

/** A match's named groups, one field per known name (undefined when the regex lacks it or it did not take part). */
export class MatchGroups {
  readonly pre: string | undefined;
  readonly post: string | undefined;
  readonly key: string | undefined;
  readonly kq: string | undefined;
  readonly aws: string | undefined;
  readonly user: string | undefined;
  readonly ssn: string | undefined;
  readonly pw: string | undefined;
  readonly password: string | undefined;
  readonly openai: string | undefined;
  readonly name: string | undefined;
  readonly label: string | undefined;
  readonly intl: string | undefined;
  [other: string]: string | undefined;

  /** `at[i]`: the capture number of NAMES[i] in `m`'s regex, 0 when it has none. */
  constructor(m: RegExpExecArray, at: Uint8Array) {
    this.pre = at[0] ? m[at[0]] : undefined;
    this.post = at[1] ? m[at[1]] : undefined;
    this.key = at[2] ? m[at[2]] : undefined;
    this.kq = at[3] ? m[at[3]] : undefined;
    this.aws = at[4] ? m[at[4]] : undefined;
    this.user = at[5] ? m[at[5]] : undefined;
    this.ssn = at[6] ? m[at[6]] : undefined;
    this.pw = at[7] ? m[at[7]] : undefined;
    this.password = at[8] ? m[at[8]] : undefined;
    this.openai = at[9] ? m[at[9]] : undefined;
    this.name = at[10] ? m[at[10]] : undefined;
    this.label = at[11] ? m[at[11]] : undefined;
    this.intl = at[12] ? m[at[12]] : undefined;
  }
}

/** A detector's regex with numbered groups, and where each known name's capture is. */
export interface NumberedTwin {
  readonly regex: RegExp;
  readonly at: Uint8Array;
}

/**
 * The numbered twin of `regex`: its source with each `(?<name>` written `(`, read with escapes and
 * character classes skipped so that only real group openings change. Undefined (keep the regex as it
 * is) when it names no group, names one outside NAMES or one twice, refers to one by name (`\k<name>`), has more
 * than 255 captures, or uses the `v` flag (nested classes).
 */
export function numberedTwin(regex: RegExp): NumberedTwin | undefined {
  if (regex.flags.includes('v')) return undefined;
  const source = regex.source;
  const at = new Uint8Array(NAMES.length);
  let out = '';
  let copied = 0;
  let captures = 0;
  let named = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'k' && source[i + 2] === '<') return undefined;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      if (source[i + 1] !== '?') {
        captures++;
      } else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        const close = source.indexOf('>', i + 3);
        if (close < 0) return undefined;
        const index = NAMES.indexOf(source.slice(i + 3, close) as GroupName);
        if (index < 0 || at[index] !== 0) return undefined;
        captures++;
        named++;
        at[index] = captures;
        out += source.slice(copied, i + 1);
        copied = close + 1;
        i = close;
      }
      if (captures > 255) return undefined;
    }
  }
  if (named === 0) return undefined;
  return { regex: new RegExp(out + source.slice(copied), regex.flags), at };
}
