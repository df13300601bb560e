// Small string helpers that replace end-anchored regexes such as /\/+$/, which V8 retries from every
// position of a long run (quadratic; recheck rates them polynomial).

/** `text` without any run of `char` at its end (`trimEnd('a//', '/')` is `a`). */
export function trimEndChar(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without trailing slashes. */
export const trimTrailingSlashes = (text: string) => trimEndChar(text, '/');

/** Whether an Ollama model name ends in a `:tag`: a `:` after the last `/`, not at the very end (/:[^/]+$/). */
export function hasModelTag(model: string): boolean {
  const tail = model.slice(model.lastIndexOf('/') + 1);
  const colon = tail.indexOf(':');
  return colon >= 0 && colon < tail.length - 1;
}
