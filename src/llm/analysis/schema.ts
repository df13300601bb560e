import { z } from 'zod';
import { CATEGORIES } from '../../triage/types.js';

/** A one-place edit to a test file, proposed by the LLM; applied only after a verifying re-run. */
export const ProposedEditSchema = z
  .strictObject({
    file: z.string().min(1).describe('Path of the test file, relative to the repository root.'),
    line: z.number().int().min(1).describe('1-based line where `before` starts.'),
    before: z.string().min(1).describe('Exact current text to replace, copied from the test source.'),
    after: z.string().describe('Replacement text. Never weaken or remove an assertion.'),
  })
  .refine((e) => e.before !== e.after, { message: 'before and after are identical', path: ['after'] });

/** What the LLM must answer for one failure cluster. */
export const AnalysisSchema = z.strictObject({
  rootCause: z.string().min(1).max(2000).describe('The most likely root cause, in one or two sentences.'),
  category: z.enum(CATEGORIES).describe('One of the nine healing categories.'),
  confidence: z.number().min(0).max(1).describe('0..1: how sure you are of the category.'),
  investigationSteps: z
    .array(z.string().min(1).max(500))
    .min(1)
    .max(8)
    .describe('Concrete next steps for a person, most useful first.'),
  proposedEdit: ProposedEditSchema.optional().describe('Only for update-selectors or update-test-data, when the fix is certain.'),
  evidenceQuote: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .describe("When your category differs from the rules' verdict: a short passage copied exactly from the error message, call log, evidence or page snapshot that shows it."),
});

export type Analysis = z.infer<typeof AnalysisSchema>;
export type ProposedEdit = z.infer<typeof ProposedEditSchema>;

function toJsonSchema(): Record<string, unknown> {
  const { $schema: _drop, ...schema } = z.toJSONSchema(AnalysisSchema) as Record<string, unknown>;
  return schema;
}

/**
 * {@link AnalysisSchema} as JSON Schema, for Ollama's `format` and Anthropic's tool `input_schema`
 * (without `$schema`, which neither needs). Refinements are not expressible there; zod still checks them.
 */
export const ANALYSIS_JSON_SCHEMA: Readonly<Record<string, unknown>> = toJsonSchema();
