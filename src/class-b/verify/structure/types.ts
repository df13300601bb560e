// What the structural edit check answers: a refusal names the rule the edit broke.

/** The rule an edit broke; every refusal names one. */
export type StructuralRule = 'file-type' | 'syntax' | 'code' | 'comment' | 'literal-position' | 'literal-value' | 'locator' | 'json';

export interface StructuralRefusal {
  rule: StructuralRule;
  /** 1-based line in the patched file. */
  line: number;
  reason: string;
}
