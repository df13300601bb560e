import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { errorContextOf, isErrorContext } from '../../src/artifacts/attachment-names.js';
import { extractPageSnapshot, readPageSnapshot } from '../../src/artifacts/attachments.js';

const MD = '# Test info\n\n- Name: a\n\n# Error details\n\n```\nError: x\n```\n\n# Page snapshot\n\n```yaml\n- button "Save"\n```\n';

describe('error-context under every name Playwright used', () => {
  test('names', () => {
    for (const n of ['error-context', '_error-context', '_error-context-0', '_error-context-12', '_prompt-0', '_prompt-12']) assert.equal(isErrorContext(n), true, n);
    for (const n of ['screenshot', 'error-context-0', '_error-context-', '_error-context-x', 'heal-evidence', '_prompt', 'prompt-0', '_prompt-x']) assert.equal(isErrorContext(n), false, n);
  });
  test('error-context wins; otherwise the lowest index', () => {
    const a = (name: string) => ({ name });
    assert.equal(errorContextOf([a('_error-context-1'), a('error-context'), a('_error-context-0')])?.name, 'error-context');
    assert.equal(errorContextOf([a('trace'), a('_error-context-10'), a('_error-context-2')])?.name, '_error-context-2');
    assert.equal(errorContextOf([a('trace')]), undefined);
    // 1.51: one `_prompt-N` per multi-line error; a test timeout's one-line error has none, so N starts at 1.
    assert.equal(errorContextOf([a('screenshot'), a('_prompt-2'), a('_prompt-1')])?.name, '_prompt-1');
  });
  test('the page snapshot comes out of markdown (1.52+) and JSON bodies', () => {
    assert.equal(extractPageSnapshot(MD), '- button "Save"');
    assert.equal(extractPageSnapshot(JSON.stringify({ pageSnapshot: '- link "Home"' })), '- link "Home"');
    assert.equal(extractPageSnapshot('{ not json'), undefined);
    const result = (name: string, body: string) => ({ attachments: [{ name, contentType: 'text/markdown', body: Buffer.from(body) }] }) as unknown as Parameters<typeof readPageSnapshot>[0];
    assert.equal(readPageSnapshot(result('_error-context-0', MD)), '- button "Save"');
    assert.equal(readPageSnapshot(result('_error-context', JSON.stringify({ pageSnapshot: '- link "Home"' }))), '- link "Home"');
    assert.equal(readPageSnapshot(result('context', MD)), undefined);
    assert.equal(readPageSnapshot(result('_prompt-1', '# Instructions\n\n- Following Playwright test failed.\n\n' + MD)), '- button "Save"');
  });
});
