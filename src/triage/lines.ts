// Line-by-line scanning, the linear stand-in for multiline regexes of the form /^\s*Word.../m. Under
// the m flag `^\s*` restarts at every line and can run over the blank lines below it, which is
// quadratic on a text of many newlines; here every line is looked at once.

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

let memoText: string | undefined;
let memoLines: string[] = [];

/** The lines of `text`, split where `$` ends a line under the m flag. The last split is reused. */
export function splitLines(text: string): string[] {
  if (text !== memoText) {
    memoLines = text.split(LINE_BREAK);
    memoText = text;
  }
  return memoLines;
}

/** The first line that, without its leading whitespace, `re` matches (anchor `re` with ^, no m flag). */
export function matchLine(text: string, re: RegExp): RegExpExecArray | undefined {
  for (const line of splitLines(text)) {
    const m = re.exec(line.trimStart());
    if (m) return m;
  }
  return undefined;
}

/** Whether some line starts with `prefix` after its leading whitespace. */
export function someLineStartsWith(text: string, prefix: string, ignoreCase = false): boolean {
  const want = ignoreCase ? prefix.toLowerCase() : prefix;
  return splitLines(text).some((line) => {
    const head = line.trimStart().slice(0, want.length);
    return (ignoreCase ? head.toLowerCase() : head) === want;
  });
}
