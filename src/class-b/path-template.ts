// Matching a request path against a path written as a template literal in the test (`/users/${id}`):
// a hand-run automaton in O(path x template), where the regex built from the template (`[^/?#]+` per
// hole, end-anchored) backtracked polynomially on long segments.

const HOLE = Symbol('hole');
type Piece = string | typeof HOLE;

/** The template's characters, with one HOLE for each `${...}`. */
function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('${', i);
    const close = open < 0 ? -1 : template.indexOf('}', open + 2);
    const end = close < 0 ? template.length : open;
    for (const c of template.slice(i, end)) out.push(c);
    if (close < 0) break;
    out.push(HOLE);
    i = close + 1;
  }
  return out;
}

const inSegment = (c: string) => c !== '/' && c !== '?' && c !== '#';

/**
 * Whether `path` ends with `template`, each `${...}` standing for one or more characters of one path
 * segment (no `/`, `?`, `#`): the meaning of new RegExp(`${literal parts joined by [^/?#]+}$`).
 */
export function endsWithTemplate(path: string, template: string): boolean {
  const p = pieces(template);
  // live[s]: the first s pieces match a text ending here (s = 0 is live everywhere: not anchored at the start).
  let live = new Uint8Array(p.length + 1);
  live[0] = 1;
  for (const c of path) {
    const next = new Uint8Array(p.length + 1);
    next[0] = 1;
    for (let s = 0; s < p.length; s++) {
      if (!live[s]) continue;
      const piece = p[s];
      if (piece === HOLE ? inSegment(c) : piece === c) next[s + 1] = 1;
    }
    // A hole already matched takes more characters of its segment.
    for (let s = 1; s <= p.length; s++) if (live[s] && p[s - 1] === HOLE && inSegment(c)) next[s] = 1;
    live = next;
  }
  return live[p.length] === 1;
}
