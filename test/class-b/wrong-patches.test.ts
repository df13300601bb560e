// The two wrong patches of issue 13, reproduced: both passed verification once and both baked a broken
// page into the test. Each must now be refused (or healed onto the right element, never the wrong one).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { proposeClassBFix } from '../../src/class-b/healers.js';
import type { HealerInput } from '../../src/class-b/types.js';
import { tooGeneric } from '../../src/class-b/update-selectors/specific.js';
import { parseLocatorText } from '../../src/class-b/update-selectors/locator.js';
import { triageFailure } from '../../src/triage/triage.js';
import { refusal, tree } from './helpers.js';

const snapshot = (lines: string[]) => `# Page snapshot\n\n\`\`\`yaml\n${lines.join('\n')}\n\`\`\``;

function input(root: string, category: HealerInput['category'], message: string, line: number, column: number, yaml: string[]): HealerInput {
  const file = path.join(root, 'a.spec.ts');
  return { category, testId: 't', fingerprint: 'fp', message, stack: `${message}\n    at ${file}:${line}:${column}`, testFile: file, testLine: 2, errorContext: snapshot(yaml), rootDir: root };
}

const HISTORY = ['- heading "Calculator" [level=1]', '- textbox "Expression"', '- button "="', '- heading "History" [level=2]', '- list "History":', '  - listitem: 1 + 1 = 2'];

describe('wrong patch 1: items.count() toBe(1) -> toBe(0) after a class rename', () => {
  const spec = "import { test, expect } from '@playwright/test';\ntest('x', async ({ page }) => {\n  const items = page.locator('.history-item');\n  expect(await items.count()).toBe(1);\n  expect((await items.all()).length).toBe(1);\n  expect(await page.locator('.history-item').allTextContents()).toHaveLength(1);\n});\n";
  const toBe = 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 1\nReceived: 0';

  test('update-test-data never writes the 0 a locator read returned when it stopped matching', () => {
    const root = tree({ 'a.spec.ts': spec });
    for (const [line, col, msg] of [
      [4, 31, toBe],
      [5, 38, toBe],
      [6, 66, 'Error: expect(received).toHaveLength(expected)\n\nExpected length: 1\nReceived length: 0\nReceived array:  []'],
    ] as const) {
      const r = proposeClassBFix(input(root, 'update-test-data', msg, line, col, HISTORY));
      assert.match(refusal(r), /matches nothing any more, which is a selector drift/, `line ${line}`);
    }
  });

  test('a real value drift on a count read still gets its patch (1 -> 2 is data)', () => {
    const root = tree({ 'a.spec.ts': spec });
    const r = proposeClassBFix(input(root, 'update-test-data', 'Error: expect(received).toBe(expected) // Object.is equality\n\nExpected: 1\nReceived: 2', 4, 31, HISTORY));
    assert.ok('proposal' in r, JSON.stringify(r));
    assert.equal(r.proposal.edits[0]?.after, '  expect(await items.count()).toBe(2);');
  });

  test('triage calls it a selector drift when the code frame shows a count read', () => {
    const message = toBe;
    const snippet = "  2 | test('x', async ({ page }) => {\n  3 |   const items = page.locator('.history-item');\n> 4 |   expect(await items.count()).toBe(1);\n    |                               ^";
    assert.equal(triageFailure({ message, snippet }).category, 'update-selectors');
    // Elsewhere a received 0 is "nothing": never a value to write into the test (2026-12-04), so not
    // test data either, whether the frame shows another read or there is no frame to tell.
    assert.equal(triageFailure({ message, snippet: snippet.replace('.count()', '.length') }).category, 'unknown');
    assert.equal(triageFailure({ message }).category, 'unknown', 'without the code frame triage cannot tell a selector drift');
  });
});

describe("wrong patch 2: '.board-item' -> getByRole('heading') counting unrelated headings", () => {
  const BOARD = ['- banner:', '  - heading "Bingo" [level=1]', '- main:', '  - heading "Board" [level=2]', '  - generic:', '    - generic: Free', '    - generic: Apple', '  - button "New board"'];
  const msg = "Error: expect(locator).toHaveCount(expected) failed\n\nLocator:  locator('.board-item')\nExpected: 2\nReceived: 0\nTimeout:  5000ms\n";

  test('a group of unrelated elements of the same role is never a heal', () => {
    const root = tree({ 'a.spec.ts': "import { test, expect } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await expect(page.locator('.board-item')).toHaveCount(2);\n});\n" });
    const r = proposeClassBFix(input(root, 'update-selectors', msg, 3, 46, BOARD));
    assert.doesNotMatch(JSON.stringify(r), /getByRole\('heading'\)/);
    refusal(r);
  });

  test('locators that name no element are refused as heals', () => {
    for (const generic of ["getByRole('heading')", "locator('body')", "locator('html')", "locator('div')", "locator('xpath=//body')", "getByRole('list').getByRole('listitem')"]) {
      assert.ok(tooGeneric(parseLocatorText(generic)), generic);
    }
    for (const named of ["getByRole('heading', { name: 'Board' })", "locator('.board-cell')", "getByRole('list', { name: 'Orders' }).getByRole('listitem')", "getByTestId('cell')", "locator('#total')", "locator('div.card')"]) {
      assert.equal(tooGeneric(parseLocatorText(named)), undefined, named);
    }
  });
});
