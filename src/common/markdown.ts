// Markdown pieces shared by summary.md, PR and issue bodies and the LLM section: they render text
// safely (fences longer than any backtick run, cells without newlines or pipes) and cut it to width.
import { trimEndChar } from './strings.js';

/** A fenced block whose fence is longer than any backtick run inside. */
export function fenced(text: string, lang = 'text'): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${trimEndChar(text, '\n')}\n${fence}`;
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** One table cell: no newlines, no pipes breaking the row. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** First non-empty line, cut to `width` characters. */
export function firstLine(text: string, width: number): string {
  const line = (text.split('\n').find((l) => l.trim()) ?? '').trim();
  return clip(line, width);
}

/** Cuts `text` to `width` characters, the last one an ellipsis. */
export function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Keeps at most `max` lines, saying how many were left out. */
export function clipLines(text: string, max: number): string {
  const lines = text.split('\n');
  return lines.length <= max ? text : `${lines.slice(0, max).join('\n')}\n… (${lines.length - max} more lines in the run's artifacts)`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line: whitespace runs collapsed, cut to `width`. */
export function inline(text: string, width = 160): string {
  return clip(text.replace(/\s+/g, ' ').trim(), width);
}
