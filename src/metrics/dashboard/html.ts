// Every string that reaches the page goes through esc(): test titles and error examples are user data.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * A number the browser test can check against `healwright metrics --json`: `path` is its place in that
 * document (`rolling.d7.passRate`), `value` the raw number, `text` what people read.
 */
export function metric(path: string, value: number | string | null | undefined, text: string, cls = ''): string {
  const raw = value === null || value === undefined ? '' : String(value);
  return `<span${cls ? ` class="${esc(cls)}"` : ''} data-metric="${esc(path)}" data-value="${esc(raw)}">${esc(text)}</span>`;
}

/** A table; cells are HTML already (escape their text with esc() or metric()). */
export function table(head: string[], rows: string[][], opts: { numeric?: number[]; cls?: string; empty?: string } = {}): string {
  if (!rows.length) return `<p class="empty">${esc(opts.empty ?? 'Nothing recorded yet.')}</p>`;
  const num = new Set(opts.numeric ?? []);
  const th = head.map((h, i) => `<th${num.has(i) ? ' class="num"' : ''} scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${num.has(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${opts.cls ? ` class="${esc(opts.cls)}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
