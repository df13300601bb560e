// Names Playwright gives the attachments healwright reads, across the versions it supports.

/**
 * Whether an attachment is the failure's context (error, page snapshot, test source). Playwright has
 * named it (read in its own sources):
 * - 1.53+: `error-context` (a file, `error-context.md`);
 * - 1.52: `_error-context-N` (a file per error, `error-context.md` / `error-context-N.md`), or
 *   `_error-context` (a JSON body `{ pageSnapshot }`, when its runner asks for JSON);
 * - 1.51: `_prompt-N` (a markdown body per error, not a file);
 * - 1.50 and older: none (no page snapshot at all).
 */
export function isErrorContext(name: string): boolean {
  return name === 'error-context' || name === '_error-context' || /^_error-context-\d{1,4}$/.test(name) || /^_prompt-\d{1,4}$/.test(name);
}

/** The error-context attachment of one attempt: `error-context` first, else the lowest-numbered other name. */
export function errorContextOf<T extends { name: string }>(attachments: readonly T[]): T | undefined {
  return attachments.find((a) => a.name === 'error-context') ?? attachments.filter((a) => isErrorContext(a.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))[0];
}
