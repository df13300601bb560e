// The part of npm's semver ranges a peer dependency range uses: `||` alternatives of space-separated
// comparators (`>=1.50.0 <1.66.0`, `^1.50.0`, `~1.52.1`, `1.52.x`, `1.52.0`). Enough to say whether an
// installed Playwright is in healwright's tested range without a semver dependency; anything else is
// reported as not understood rather than guessed.

type Triple = [number, number, number];

const VERSION = /^v?(\d{1,9})\.(\d{1,9})\.(\d{1,9})(?:[-+][0-9A-Za-z.+-]*)?$/;
const COMPARATOR = /^(>=|<=|>|<|=|\^|~)?v?(\d{1,9}|[xX*])(?:\.(\d{1,9}|[xX*]))?(?:\.(\d{1,9}|[xX*]))?$/;

/** major.minor.patch of a version (a pre-release or build suffix is ignored), or undefined. */
export function parseVersion(v: string): Triple | undefined {
  const m = VERSION.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function cmp(a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

type Bound = { op: '>=' | '<' | '<=' | '>'; v: Triple };

/** One comparator as lower/upper bounds, or undefined when it is not understood. */
function bounds(token: string): Bound[] | undefined {
  const m = COMPARATOR.exec(token);
  if (!m) return undefined;
  const op = m[1] ?? '';
  const parts = [m[2], m[3], m[4]];
  const wild = parts.findIndex((p) => p === undefined || /^[xX*]$/.test(p));
  const nums = parts.map((p) => (p === undefined || /^[xX*]$/.test(p) ? 0 : Number(p))) as Triple;
  const fixed = wild === -1 ? 3 : wild;
  if (fixed === 0) return op === '' || op === '=' || op === '>=' ? [] : undefined;
  if (op === '^' || op === '~' || op === '' || op === '=') {
    if (op === '^' || op === '~') {
      let upper: Triple;
      if (op === '~') upper = fixed === 1 ? [nums[0] + 1, 0, 0] : [nums[0], nums[1] + 1, 0];
      else if (nums[0] > 0 || fixed === 1) upper = [nums[0] + 1, 0, 0];
      else if (nums[1] > 0 || fixed === 2) upper = [0, nums[1] + 1, 0];
      else upper = [0, 0, nums[2] + 1];
      return [{ op: '>=', v: nums }, { op: '<', v: upper }];
    }
    if (fixed === 3) return [{ op: '>=', v: nums }, { op: '<=', v: nums }];
    const upper: Triple = fixed === 1 ? [nums[0] + 1, 0, 0] : [nums[0], nums[1] + 1, 0];
    return [{ op: '>=', v: nums }, { op: '<', v: upper }];
  }
  if (fixed < 3 && (op === '>' || op === '<=')) {
    // >1.52 means >=1.53.0; <=1.52 means <1.53.0.
    const next: Triple = fixed === 1 ? [nums[0] + 1, 0, 0] : [nums[0], nums[1] + 1, 0];
    return [{ op: op === '>' ? '>=' : '<', v: next }];
  }
  return [{ op: op as Bound['op'], v: nums }];
}

function holds(v: Triple, b: Bound): boolean {
  const c = cmp(v, b.v);
  return b.op === '>=' ? c >= 0 : b.op === '>' ? c > 0 : b.op === '<' ? c < 0 : c <= 0;
}

/**
 * Whether `version` satisfies `range`: true / false, or undefined when the version or the range is
 * not in the subset this understands.
 */
export function satisfiesRange(version: string, range: string): boolean | undefined {
  const v = parseVersion(version);
  if (!v) return undefined;
  let any = false;
  for (const alt of range.split('||')) {
    // `>= 20` is `>=20` (npm allows a space after the operator).
    const tokens = alt.trim().replace(/([<>]=?|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
    const all: Bound[] = [];
    for (const t of tokens.length ? tokens : ['*']) {
      const b = bounds(t);
      if (!b) return undefined;
      all.push(...b);
    }
    if (all.every((b) => holds(v, b))) any = true;
  }
  return any;
}

/** The lowest version a range allows (its first alternative's lower bound), for messages. */
export function lowestAllowed(range: string): string | undefined {
  const first = range.split('||')[0]?.trim().split(/\s+/) ?? [];
  for (const t of first) {
    const low = bounds(t)?.find((b) => b.op === '>=');
    if (low) return low.v.join('.');
  }
  return undefined;
}
