/**
 * What a redaction replaced. Each has one placeholder, `[REDACTED_<TYPE>]`.
 *
 * Beyond the eleven of the product card:
 * - `PRIVATE_KEY`: PEM private key blocks and `private_key=` values.
 * - `TOKEN`: bearer/basic credentials, `Authorization` and `Cookie` header values, session ids,
 *   URL signatures and any `*token=` value that no vendor pattern recognised first.
 */
export type RedactionType =
  | 'API_KEY'
  | 'PASSWORD'
  | 'JWT'
  | 'DB_URL'
  | 'EMAIL'
  | 'PHONE'
  | 'IP'
  | 'CC'
  | 'SSN'
  | 'AWS_KEY'
  | 'TWILIO'
  | 'PRIVATE_KEY'
  | 'TOKEN';

export const REDACTION_TYPES: readonly RedactionType[] = [
  'API_KEY',
  'PASSWORD',
  'JWT',
  'DB_URL',
  'EMAIL',
  'PHONE',
  'IP',
  'CC',
  'SSN',
  'AWS_KEY',
  'TWILIO',
  'PRIVATE_KEY',
  'TOKEN',
];

/** Character shapes the prefilter finds per line for the detectors that have no keyword (scan.ts). */
export type ScanClass = 'phone-digits' | 'id-digits' | 'ipv4' | 'ipv6' | 'hex32' | 'base64-40';

/** Counts per type of what was replaced; the values themselves are never kept. */
export type RedactionFindings = Partial<Record<RedactionType, number>>;

export interface RedactResult {
  /** The input with every finding replaced by its placeholder. */
  text: string;
  /** How many of each type were replaced (types with none are absent). */
  findings: RedactionFindings;
  /** Total number of replacements. */
  count: number;
}

/** What a pattern's `accept` hook sees for one candidate match. */
export interface PatternMatch {
  /** The part that would be replaced (the match minus the `pre` and `post` groups). */
  secret: string;
  /** Named groups of the match (`pre`, `post`, `key`, ...). */
  groups: Readonly<Record<string, string | undefined>>;
  /** The whole text being redacted, for context checks. */
  input: string;
  /** Index of the whole match in `input`. */
  start: number;
  /** Index right after the secret in `input`. */
  end: number;
}

/**
 * One detector. The regex must be global and linear (bounded repetitions only: the test suite runs
 * `recheck` on each). Named groups `pre` and `post` are kept around the placeholder; everything
 * else in the match is replaced.
 */
export interface RedactionPattern {
  /** Stable id, e.g. `vendor-key`. */
  readonly name: string;
  /** Placeholder type, or a function choosing it from the match (key=value patterns). */
  readonly type: RedactionType | ((match: PatternMatch) => RedactionType);
  readonly regex: RegExp;
  /**
   * Set by the step compiler, never written by a detector: where each known group name's capture is
   * when `regex` is the numbered twin of the written one (see groups.ts).
   */
  readonly groupAt?: Uint8Array | undefined;
  /**
   * Lower-case literals, matched case-insensitively: the pattern is skipped when the input holds
   * none of them. Worth it only where the regex cannot start from a literal of its own, or where
   * its matches need costly checks (a `.fill(` call is only a secret near a secret-ish word).
   */
  readonly literals?: readonly string[];
  /**
   * Where a match can be, for detectors that never match across a newline: the pattern then runs
   * only over the lines holding one of `keywords` (lower-case, case-insensitive; placeholder
   * literals are looked up in the current text) or one of the `classes` of characters (scan.ts),
   * instead of over the whole text; `'literals'`: the lines holding one of its literals. Each must
   * be a necessary condition for an accepted match on that line. Without it the pattern scans the
   * whole text (when its literals let it run at all).
   */
  readonly window?: 'literals' | { readonly keywords?: readonly string[]; readonly classes?: readonly ScanClass[] };
  /**
   * Where the match really starts, given where the regex matched (`at`): for patterns anchored on a
   * rare literal (`@`, `://`) whose prefix (an email's local part, a URL's scheme) the regex would
   * have to try at every position to find. Never below `limit`; -1 rejects the match.
   */
  readonly extendBack?: (input: string, at: number, limit: number) => number;
  /** Returns false to keep a candidate (failed checksum, look-alike, code rather than a value). */
  readonly accept?: (match: PatternMatch) => boolean;
  /** Characters given back to the text when they end the secret (sentence punctuation after URLs). */
  readonly trimEnd?: string;
  /**
   * Splits a match into kept text and secret when named `pre`/`post` groups cannot say it (the
   * split depends on what matched). Used instead of those groups.
   */
  readonly split?: (
    match: string,
    groups: Readonly<Record<string, string | undefined>>,
  ) => { pre: string; secret: string; post: string };
  /** Move surrounding quotes of the secret out of the placeholder (`"x"` -> `"[REDACTED_..]"`). */
  readonly unquote?: boolean;
  /**
   * For matches that hold several secrets and kept parts (a `Cookie:` header: values go, names and
   * attributes stay): returns the replacement text, calling `put(type, secret)` for each secret
   * (it returns the placeholder, or the secret itself when the allowlist keeps it). Used instead
   * of the other hooks; returning the match unchanged keeps it.
   */
  readonly rewrite?: (match: PatternMatch, put: (type: RedactionType, secret: string) => string) => string;
}

/** A caller-supplied detector, run after the built-in ones. */
export interface CustomRedactionPattern {
  /** Shown nowhere but useful when debugging; e.g. `acme-internal-key`. */
  name: string;
  /** Placeholder used for its matches. */
  type: RedactionType;
  /**
   * The detector (made global, never sticky). Named groups `pre`/`post` are kept.
   * Custom regexes are not checked for linear time: keep repetitions bounded.
   */
  regex: RegExp;
}

/** Options of {@link redact}. */
export interface RedactOptions {
  /**
   * Extra values never to redact: a string matches a finding exactly (case-insensitive); an IP or
   * CIDR (`10.0.0.0/8`) also keeps the addresses inside it; any other string also keeps emails at
   * that domain and its subdomains; a RegExp is tested against the finding. They apply to every
   * type, credentials included, so list only known dummy values.
   */
  allowlist?: ReadonlyArray<string | RegExp>;
  /**
   * Extra detectors, run after the built-in ones. With any, inputs are redacted in one piece
   * (a caller's regex may span lines), which is slower on multi-megabyte inputs.
   */
  patterns?: readonly CustomRedactionPattern[];
}
