// Markdown pieces for issue bodies and comments. Inputs are already redacted; these only make them
// render safely and keep them from posing as healwright's hidden markers.
import { redactText } from '../redact/index.js';

/** Redacts, then defuses HTML comments so text from a failure can never pass for one of our markers. */
export function safeText(text: string): string {
  return redactText(text).replace(/<!--/g, '<!- -');
}

export { cell, clip, clipLines, code, fenced, firstLine, plural } from '../common/markdown.js';
