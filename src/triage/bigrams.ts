// A bigram presence map of one text: which pairs of adjacent characters occur in it. Triage asks dozens
// of "does the failure mention X?" questions of the same lower-cased text; a word whose character pairs
// are not all in the map cannot be in the text, so most questions are answered from the map without a
// scan (a scan, `includes` or a keyword regex, runs only when the map says the word may be there).
// Building the map reads the text once; answering is a few bit tests per word.

/** Character classes: a-z, 0-9, space and the punctuation triage words use; everything else shares class 63. */
const CLASS_OF = new Uint8Array(128).fill(63);
{
  let k = 0;
  for (let c = 97; c <= 122; c++) CLASS_OF[c] = k++; // a-z: 0..25
  for (let c = 48; c <= 57; c++) CLASS_OF[c] = k++; // 0-9: 26..35
  // 27 of them (classes 36..62): a class must fit in 6 bits, 63 is the shared one.
  for (const ch of ' -._:"\'()/<>[]{}=,;!?#@\n\t*+') CLASS_OF[ch.charCodeAt(0)] = k++;
  if (k > 63) throw new Error('bigrams: too many character classes');
}
/** Upper-case ASCII letters share their lower-case class, so a map of either case answers for both. */
for (let c = 65; c <= 90; c++) CLASS_OF[c] = CLASS_OF[c + 32] as number;

const classOf = (code: number): number => (code < 128 ? (CLASS_OF[code] as number) : 63);

/** classOf for every UTF-16 code unit, so filling a map reads one table entry per character without a branch. */
const CLASS_OF_UNIT = new Uint8Array(65536).fill(63);
CLASS_OF_UNIT.set(CLASS_OF);

/**
 * How common each character class is in failure texts, most common first (a rough ranking from English and
 * Playwright's messages; the shared class 63 holds every other character). A needle tests its rarest pairs
 * first, so a word that is not in the text is usually ruled out by its first test.
 */
const COMMON = ' etaoinsrlcdhu.:"pm-(/)gf0by1w,2kv3_45x6789\n\'=[]<>{}zjq;!?#@\t*+';
const RARITY = new Uint8Array(64).fill(COMMON.length >> 1);
for (let i = 0; i < COMMON.length; i++) RARITY[classOf(COMMON.charCodeAt(i))] = i;
const rarity = (pair: number): number => Math.min(RARITY[pair >> 6] as number, RARITY[pair & 63] as number);

/** The bigram indexes of `word` (64 x 64 pairs), rarest first, computed once per word. */
const NEEDLES = new Map<string, Uint16Array>();
function needle(word: string): Uint16Array {
  let n = NEEDLES.get(word);
  if (!n) {
    const pairs: number[] = [];
    for (let i = 1; i < word.length; i++) pairs.push((classOf(word.charCodeAt(i - 1)) << 6) | classOf(word.charCodeAt(i)));
    n = Uint16Array.from(pairs.sort((a, b) => rarity(b) - rarity(a)));
    NEEDLES.set(word, n);
  }
  return n;
}

/**
 * One map per slot is filled at a time (a typed array per failure would cost more to allocate than to
 * fill): triage keeps the failure's text in slot 0 and its page snapshot in slot 1.
 */
// Each pair's entry holds the generation of the index that last saw it: filling writes one entry per
// character and never clears the map (an entry left by an older index simply does not match).
const SLOTS = [new Uint32Array(64 * 64), new Uint32Array(64 * 64)] as const;
const filledBy = [0, 0];
let generations = 0;

/** A word and its needle, for lookups of a fixed word (a Map lookup per call costs as much as the test). */
export interface Word {
  readonly text: string;
  readonly pairs: Uint16Array;
}

/** The {@link Word} of `text`, to keep in a constant. */
export function word(text: string): Word {
  return { text, pairs: needle(text) };
}

export class BigramIndex {
  /** Kept within 32 bits (the map stores it); after a wrap an old entry can only make `may` say "may", never "absent". */
  private readonly generation = (generations = (generations + 1) >>> 0 || 1);
  private readonly seen: Uint32Array;

  /** Indexes `text` (case-insensitively for ASCII letters) in the shared map of `slot`. */
  constructor(
    readonly text: string,
    private readonly slot: 0 | 1 = 0,
  ) {
    this.seen = SLOTS[slot];
    // Filled at the first question (a failure whose checks never ask about the page never reads it).
  }

  /** Fills the shared map from this text (again, when another index filled it since). */
  private fill(): void {
    const seen = this.seen;
    const generation = this.generation;
    filledBy[this.slot] = generation;
    const text = this.text;
    const len = text.length;
    if (len === 0) return;
    const classes = CLASS_OF_UNIT;
    let prev = (classes[text.charCodeAt(0)] as number) << 6;
    // Two characters a turn: about a fifth faster than one in V8 (the loop's own checks are half of its work).
    let i = 1;
    for (; i + 1 < len; i += 2) {
      const a = classes[text.charCodeAt(i)] as number;
      seen[prev | a] = generation;
      const b = classes[text.charCodeAt(i + 1)] as number;
      seen[(a << 6) | b] = generation;
      prev = b << 6;
    }
    if (i < len) seen[prev | (classes[text.charCodeAt(i)] as number)] = generation;
  }

  /**
   * False when `word` cannot occur in the text (or in any text whose ASCII-lower-cased form is a substring
   * of it); true when it may. Words of one character are always "may".
   */
  may(word: string): boolean {
    return this.mayNeedle(needle(word));
  }

  /** `text.includes(word)`, answered from the map when the word cannot be there. */
  has(word: string): boolean {
    return this.may(word) && this.text.includes(word);
  }

  /** {@link may} for a word whose needle was computed beforehand (see {@link word}). */
  mayWord(w: Word): boolean {
    return this.mayNeedle(w.pairs);
  }

  /** {@link has} for a word whose needle was computed beforehand. */
  hasWord(w: Word): boolean {
    return this.mayNeedle(w.pairs) && this.text.includes(w.text);
  }

  /** {@link may} for a needle computed beforehand (see {@link anyWord}). */
  mayNeedle(n: Uint16Array): boolean {
    if (filledBy[this.slot] !== this.generation) this.fill();
    const seen = this.seen;
    const generation = this.generation;
    for (let i = 0; i < n.length; i++) if (seen[n[i] as number] !== generation) return false;
    return true;
  }

  /**
   * Whether any of `needles` (none empty) may occur, `rarest` holding each one's first (rarest) pair side by
   * side (see {@link anyWord}): the map is checked for freshness once, and most needles cost one test.
   */
  mayAnyOf(rarest: Uint16Array, needles: readonly Uint16Array[]): boolean {
    if (filledBy[this.slot] !== this.generation) this.fill();
    const seen = this.seen;
    const generation = this.generation;
    next: for (let k = 0; k < rarest.length; k++) {
      if (seen[rarest[k] as number] !== generation) continue;
      const n = needles[k] as Uint16Array;
      for (let i = 1; i < n.length; i++) if (seen[n[i] as number] !== generation) continue next;
      return true;
    }
    return false;
  }
}

/**
 * A prefilter over a fixed list of words: whether any of them may occur in an index's text. The words'
 * needles are computed once, here, so a check looks nothing up.
 */
export function anyWord(...words: string[]): (index: BigramIndex) => boolean {
  const needles = words.map(needle);
  // A word of one character is always "may".
  if (needles.some((n) => n.length === 0)) return () => true;
  // Each needle's rarest pair, side by side: most words are ruled out by it, read from one flat array.
  const rarest = Uint16Array.from(needles, (n) => n[0] as number);
  return (index) => index.mayAnyOf(rarest, needles);
}

/**
 * {@link anyWord}, answered exactly when given a text the index holds (its text, or a piece of it that no
 * change joined: a slice, a line): a word the map allows is then looked for in `text` itself. A word-list
 * regex whose every match holds one of the words runs only when one is really there, which a map of
 * common letter pairs ("invalid", "reset") often cannot tell on a long text. Without `text`, the map's answer.
 */
export function anyWordIn(...words: string[]): (index: BigramIndex, text?: string) => boolean {
  const may = anyWord(...words);
  const needles = words.map(needle);
  return (index, text) => {
    if (text === undefined) return may(index);
    for (let k = 0; k < words.length; k++) if (index.mayNeedle(needles[k] as Uint16Array) && text.includes(words[k] as string)) return true;
    return false;
  };
}
