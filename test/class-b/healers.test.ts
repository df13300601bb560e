import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { errorContextLine, parseValue, renderString, tokenize, userFrames } from '../../src/class-b/source.js';
import type { ClassBCategory } from '../../src/class-b/types.js';
import { corpusInput, proposal, refusal, syntaxErrors } from './helpers.js';

describe('proposeClassBFix', () => {
  test('dispatches by category: the same failure is judged by the healer its category names', () => {
    const input = corpusInput('update-test-data/tobe-number-drift');
    assert.equal(proposal(proposeClassBFix(input)).category, 'update-test-data');
    assert.match(refusal(proposeClassBFix({ ...input, category: 'update-selectors' })), /names no locator/);
    assert.match(refusal(proposeClassBFix({ ...input, category: 'fix-api-routes' })), /no OpenAPI document/);
  });

  test('never throws: an unknown category and a hostile input are refusals', () => {
    const input = corpusInput('update-selectors/tobevisible-on-a-renamed-button');
    assert.match(refusal(proposeClassBFix({ ...input, category: 'security' as ClassBCategory })), /no deterministic healer/);
    const getterBomb = { ...input, get message(): string { throw new Error('boom'); } };
    assert.match(refusal(proposeClassBFix(getterBomb)), /healer failed on this input \(boom\)/);
  });
});

describe('source helpers', () => {
  test('user frames: inside rootDir, not node_modules, file:// URLs, innermost first, no duplicates', () => {
    const root = '/repo';
    const stack = [
      'Error: x',
      '    at /repo/node_modules/@playwright/test/lib/x.js:1:1',
      '    at Toolbar.saveAll (/repo/e2e/toolbar.ts:8:21)',
      '    at file:///repo/e2e/a.spec.ts:14:96',
      '    at /repo/e2e/a.spec.ts:14:96',
      '    at /elsewhere/b.ts:1:1',
    ].join('\n');
    assert.deepEqual(userFrames(stack, root), [
      { file: path.resolve('/repo/e2e/toolbar.ts'), line: 8, column: 21 },
      { file: path.resolve('/repo/e2e/a.spec.ts'), line: 14, column: 96 },
    ]);
    assert.equal(errorContextLine('  9  | x\n> 10 |   await y;\n     |   ^'), 10);
  });

  test('string literals for every quote style survive any text', () => {
    const nasty = "a'b\"c`d\\e\nf\r${g}\u2028h\u0000";
    for (const q of ["'", '"', '`'] as const) {
      const lit = renderString(nasty, q);
      assert.deepEqual(syntaxErrors(`const x = ${lit};`), []);
      const [t] = tokenize(lit);
      assert.ok(t?.kind === 'string' && !t.dynamic && t.value === nasty, `${q}: ${lit}`);
    }
    const [cooked] = tokenize("'\\u{1F600}\\x41\\n'");
    assert.ok(cooked?.kind === 'string' && cooked.value === '\u{1F600}A\n');
    const [tpl] = tokenize('`a${b + `c${d}`}e` + 1');
    assert.ok(tpl?.kind === 'string' && tpl.dynamic && tpl.raw === 'a${b + `c${d}`}e', JSON.stringify(tpl));
  });

  test('values: literals, objects, shorthand and calls are dynamic, regex after ( is a regex', () => {
    const v = (code: string) => parseValue(tokenize(code), 0).value;
    assert.deepEqual(JSON.parse(JSON.stringify(v("{ name: 'Save', exact: true, level: -2 }"), (k, x) => (k === 'start' || k === 'end' || k === 'quote' ? undefined : x))), {
      t: 'obj',
      entries: [
        { key: 'name', value: { t: 'str', v: 'Save' } },
        { key: 'exact', value: { t: 'bool', v: true } },
        { key: 'level', value: { t: 'num', v: -2 } },
      ],
    });
    assert.equal(v('{ name }').t, 'dyn');
    assert.equal(v("'a' + b").t, 'dyn');
    assert.equal(v('f(1)').t, 'dyn');
    assert.equal(v('53_500').t === 'num' && (v('53_500') as { v: number }).v, 53500);
    assert.equal(tokenize("x(/a\\/b[/]/gi, 2 / 3)").filter((t) => t.kind === 'regex').length, 1);
  });
});
