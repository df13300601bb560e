// Names Playwright gives the attachments healwright reads, across the versions it supports.

/**
 * Whether an attachment is the failure's context (error, page snapshot, test source). Playwright has
 * named it `error-context` (1.55+), `_error-context-N` (one per error, 1.52 to 1.54) and
 * `_error-context` (JSON `{ pageSnapshot }`, when its runner asks for JSON).
 */
export function isErrorContext(name: string): boolean {
  return name === 'error-context' || name === '_error-context' || /^_error-context-\d{1,4}$/.test(name);
}

/** The error-context attachment of one attempt: `error-context` first, else the lowest-numbered other name. */
export function errorContextOf<T extends { name: string }>(attachments: readonly T[]): T | undefined {
  return attachments.find((a) => a.name === 'error-context') ?? attachments.filter((a) => isErrorContext(a.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))[0];
}
