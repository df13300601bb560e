// A filter whose `has` locator drifted (`getByRole('listitem').filter({ has: page.getByRole('heading',
// { name: ... }) })`): the ARIA snapshot runs the inner locator inside each filtered element, so the
// filter is the step that finds nothing (never "it was not there yet"), and the inner locator is healed
// in place, receiver and the rest of the chain kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import { parseAriaSnapshot } from '../../src/class-b/update-selectors/aria-snapshot.js';
import { evaluateChain } from '../../src/class-b/update-selectors/evaluate.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { lostHas } from '../../src/class-b/update-selectors/has-heal.js';
import { proposal, refusal, selectorInput, tree } from './helpers.js';

const store = (first: string, second: string) => [
  '- main:',
  '  - heading "Plans" [level=1]',
  '  - list:',
  '    - listitem:',
  `      - heading "${first}" [level=2]`,
  '      - link "Get started"',
  '    - listitem:',
  `      - heading "${second}" [level=2]`,
  '      - link "Get started"',
];

const chainOf = (s: string) => {
  const c = parseLocatorText(s);
  assert.ok(c, s);
  return c;
};
const names = (yaml: string[], s: string) => {
  const r = evaluateChain(parseAriaSnapshot(yaml.join('\n')), chainOf(s)).at(-1);
  return r === 'unknown' || r === undefined ? r : r.map((n) => `${n.role}:${n.name}`);
};

const source = (name: string) =>
  `test('x', async ({ page }) => {\n  await page\n    .getByRole('listitem')\n    .filter({ has: page.getByRole('heading', { name: '${name}' }) })\n    .getByRole('link', { name: 'Get started' })\n    .click();\n});\n`;
const message = (name: string) =>
  `TimeoutError: locator.click: Timeout 5000ms exceeded.\nCall log:\n  - waiting for getByRole('listitem').filter({ has: getByRole('heading', { name: '${name}' }) }).getByRole('link', { name: 'Get started' })\n`;

describe('filter({ has }) on the ARIA snapshot', () => {
  test('has keeps the elements whose descendants the inner locator finds; hasNot the others', () => {
    const yaml = store('Team', 'Business');
    assert.deepEqual(names(yaml, "getByRole('listitem').filter({ has: getByRole('heading', { name: 'Team' }) }).getByRole('link')"), ['link:Get started']);
    assert.equal((names(yaml, "getByRole('listitem').filter({ has: getByRole('heading', { name: 'Team' }) })") as string[]).length, 1);
    assert.deepEqual(names(yaml, "getByRole('listitem').filter({ hasNot: getByRole('heading', { name: 'Team' }) }).getByRole('heading')"), ['heading:Business']);
    assert.deepEqual(names(yaml, "getByRole('listitem').filter({ has: getByRole('heading', { name: 'Enterprise' }) })"), []);
    // Only inside each element, never the element itself or its neighbours.
    assert.deepEqual(names(yaml, "getByRole('list').filter({ has: getByRole('heading', { name: 'Plans' }) })"), []);
    assert.equal(names(yaml, "getByRole('listitem').filter({ has: locator('.plan-title') })"), 'unknown', 'what the snapshot cannot see stays unknown');
  });

  test('lostHas: a has locator that finds nothing in every filtered element, never one the snapshot cannot run', () => {
    const roots = parseAriaSnapshot(store('Team', 'Business').join('\n'));
    const items = evaluateChain(roots, chainOf("getByRole('listitem')")).at(-1);
    assert.ok(Array.isArray(items) && items.length === 2);
    const filterOf = (s: string) => chainOf(`getByRole('listitem').${s}`)[1] as NonNullable<ReturnType<typeof chainOf>[number]>;
    assert.ok(lostHas(roots, filterOf("filter({ has: getByRole('heading', { name: 'Enterprise' }) })"), items));
    assert.equal(lostHas(roots, filterOf("filter({ has: getByRole('heading', { name: 'Team' }) })"), items), undefined, 'found in one of them');
    assert.equal(lostHas(roots, filterOf("filter({ has: locator('.plan-title') })"), items), undefined, 'unknown is not lost');
  });

  test('a renamed heading inside has: the inner locator is healed in place on its own line', () => {
    const root = tree({ 'a.spec.ts': source('Recieved orders') });
    const p = proposal(proposeClassBFix(selectorInput(root, 6, message('Recieved orders'), { yaml: store('Received orders', 'Returned orders') })));
    assert.deepEqual(p.edits.map((e) => [e.line, e.after]), [[4, "    .filter({ has: page.getByRole('heading', { name: 'Received orders' }) })"]]);
    assert.match(p.reasoning, /has locator/);
    assert.deepEqual(p.meant?.map((m) => [m.role, m.name]), [['link', 'Get started']], 'the element the chain ends on');
  });

  test('a has locator whose name went with nothing like it is refused as such, not called timing', () => {
    const root = tree({ 'a.spec.ts': source('EPIX') });
    const why = refusal(proposeClassBFix(selectorInput(root, 6, message('EPIX'), { yaml: store('MGM+', 'STARZ') })));
    assert.match(why, /the filter's has locator/);
    assert.doesNotMatch(why, /timing|not there yet/);
  });

  test('a pick that does not single out one filtered element is refused', () => {
    const root = tree({ 'a.spec.ts': source('Recieved orders') });
    // The closest heading shows twice: the fixed filter would keep two elements.
    const why = refusal(proposeClassBFix(selectorInput(root, 6, message('Recieved orders'), { yaml: store('Received orders', 'Received orders') })));
    assert.match(why, /several elements fit equally well/);
    // One element holds the pick, but the rest of the chain finds two links in it.
    const two = [...store('Received orders', 'Returned orders').slice(0, 6), '      - link "Get started"', ...store('Received orders', 'Returned orders').slice(6)];
    assert.match(refusal(proposeClassBFix(selectorInput(root, 6, message('Recieved orders'), { yaml: two }))), /does not keep exactly the one element/);
  });
});
