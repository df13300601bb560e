import type { RedactionFindings } from '../../../src/redact/index.js';

/** One row of the redaction table: exact input, exact expected output, expected counts by type. */
export interface RedactCase {
  name: string;
  input: string;
  output: string;
  findings: RedactionFindings;
}

/** Shorthand for a row. */
export function row(name: string, input: string, output: string, findings: RedactionFindings = {}): RedactCase {
  return { name, input, output, findings };
}

/** A row whose input must come back unchanged (a look-alike that must not be mangled). */
export function keep(name: string, input: string): RedactCase {
  return { name, input, output: input, findings: {} };
}
