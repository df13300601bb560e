// The text a CSS-ish selector names: the `text=` engine, `:has-text("...")`, `:text("...")` / `:text-is`.
// Hand scans, linear in the selector (it comes from an untrusted failure message).

/** `text="Save"` / `text=Save`: the text, without its quotes (the form of /^text=\s*"?(.*?)"?\s*$/s). */
export function textEngine(selector: string): string | undefined {
  if (!selector.startsWith('text=')) return undefined;
  let t = selector.slice('text='.length).trimStart();
  if (t.startsWith('"')) t = t.slice(1);
  t = t.trimEnd();
  return t.endsWith('"') ? t.slice(0, -1) : t;
}

const isQuote = (c: string | undefined) => c === '"' || c === "'";

/**
 * `:has-text("Export")`: the quoted argument after the first `opener` (a global regex ending in `(`)
 * that has one, on one line. Linear: a failed search ends at the line's end and the next opener is looked
 * for after it (the regex /:has-text\(\s*["'](.*?)["']\s*\)/ rescanned the line from every opener).
 */
export function quotedArg(selector: string, opener: RegExp): string | undefined {
  opener.lastIndex = 0;
  for (let m = opener.exec(selector); m; m = opener.exec(selector)) {
    let i = m.index + m[0].length;
    while (i < selector.length && selector[i]?.trim() === '') i++;
    if (!isQuote(selector[i])) continue;
    const from = i + 1;
    let q = from;
    for (; q < selector.length && selector[q] !== '\n' && selector[q] !== '\r'; q++) {
      if (!isQuote(selector[q])) continue;
      let k = q + 1;
      while (k < selector.length && selector[k]?.trim() === '') k++;
      if (selector[k] === ')') return selector.slice(from, q);
    }
    // No closing quote + `)` up to the line's end: no later opener on this line has one either.
    opener.lastIndex = Math.max(opener.lastIndex, q);
  }
  return undefined;
}

/** The first of: the `text=` engine's text, a `:has-text(...)` argument, a `:text(...)` / `:text-is(...)` argument. */
export function cssText(selector: string): string | undefined {
  return textEngine(selector) ?? quotedArg(selector, /:has-text\(/g) ?? quotedArg(selector, /:text(?:-is)?\(/g);
}
