// The linear rewrites keep behaviour: each is compared with the regex it replaced (kept here, in the
// test, where it only ever sees these fixed inputs) on every real Playwright text we have (the failure
// corpus and the real runs) plus edge cases.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractExpectedReceived, extractLocator } from '../../src/triage/text.js';
import { extractTimings } from '../../src/class-c/timings.js';
import { extractPageSnapshot } from '../../src/artifacts/attachments.js';
import { snapshotFromErrorContext } from '../../src/class-b/update-selectors/aria-snapshot.js';
import { parseJsonAnswer } from '../../src/llm/providers/json-answer.js';
import { endsWithTemplate } from '../../src/class-b/path-template.js';
import { hasModelTag, trimTrailingSlashes } from '../../src/common/strings.js';
import { parseStrictMatches } from '../../src/class-b/update-selectors/strict-mode.js';
import { cssText } from '../../src/class-b/update-selectors/css-text.js';

interface Texts {
  message: string;
  stack?: string;
  errorContext?: string;
  errors?: string[];
}

const corpus = JSON.parse(readFileSync(new URL('../data/failures/corpus.json', import.meta.url), 'utf8')) as Texts[];
const realRuns = JSON.parse(readFileSync(new URL('../class-b/data/real-runs.json', import.meta.url), 'utf8')) as Texts[];
const EDGE = [
  '',
  'Locator: getByRole(\'button\')\r\nExpected: visible\r\nReceived: hidden\r\n',
  '\n\n   Locator:    locator(\'#a\')   \n  Expected string:   "x"  \n',
  'waiting for locator(\'a) b\')x and then waiting for getByText(\'c\') done',
  'waiting for locator(\n\'a\')',
  'Error: strict mode violation: getByRole(\'link\') resolved to 2 elements:\n    1) <a href="/a">A</a> aka getByRole(\'link\', { name: \'A\' })\n    2) <a>B &amp; C</a>\n',
  'strict mode violation:  resolved to 3 elements',
  'Timed out 5000ms waiting for expect(locator(\'#x\')).toBeVisible()',
  '  Timeout: 5000ms  \nExpected: < 2000\n  Received:    3456\npage.goto: Timeout 15000ms exceeded.',
  'Expected: <= 20.5 \r\nReceived: 30',
  'Expected  : x\nExpected value: 3\nReceived length: 4',
];
const texts = [...corpus.flatMap((c) => [c.message, c.stack ?? '', ...(c.errors ?? [])]), ...realRuns.flatMap((r) => [r.message, r.stack ?? '']), ...EDGE];

// The replaced forms, verbatim.
const old = {
  extractLocator(text: string): string | undefined {
    const line = /^\s*Locator:\s*(.{1,400})$/m.exec(text);
    if (line?.[1]) return line[1].trim();
    const waiting = /waiting for ((?:getBy\w{2,20}|locator|frameLocator)\(.{1,400}?\))(?:\s|$)/m.exec(text);
    if (waiting?.[1]) return waiting[1].trim();
    const strict = /strict mode violation: (.{1,400}?) resolved to \d+ elements/.exec(text);
    if (strict?.[1]) return strict[1].trim();
    const older = /waiting for (?:expect\()?((?:getBy\w{2,20}|locator)\(.{1,400}?\))/.exec(text);
    return older?.[1]?.trim();
  },
  extractExpectedReceived(text: string): { expected?: string; received?: string } {
    const expected = /^\s*Expected(?: [a-z]{1,12}){0,2}:\s{0,8}(.{0,400})$/m.exec(text)?.[1]?.trim();
    const received = /^\s*Received(?: [a-z]{1,12}){0,2}:\s{0,8}(.{0,400})$/m.exec(text)?.[1]?.trim();
    if (expected !== undefined || received !== undefined) return { expected, received };
    if (/^- Expected\b/m.test(text) && /^\+ Received\b/m.test(text)) return { expected: '(diff)', received: '(diff)' };
    return {};
  },
  strictHtml(message: string): { html: string; aka?: string }[] {
    return [...message.matchAll(/^\s+\d+\) (<.*?>.*?)(?: aka (.*))?$/gm)].map((m) => ({ html: m[1] as string, ...(m[2] ? { aka: m[2] } : {}) }));
  },
  timeouts(message: string): number[] {
    return [...message.matchAll(/^\s*Timeout: (\d{1,9})ms\s*$/gm)].map((m) => Number(m[1]));
  },
  budgets(message: string): number[][] {
    return [...message.matchAll(/Expected: <=? ?(\d{1,9}(?:\.\d+)?)\s*\n\s*Received: +(\d{1,9}(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  },
  pageSnapshot(errorContext: string): string | undefined {
    const heading = errorContext.search(/^#+\s*Page snapshot\s*$/im);
    const from = heading >= 0 ? errorContext.slice(heading) : errorContext;
    const m = /^```yaml\n([\s\S]{0,200000}?)\n```/m.exec(from) ?? (heading >= 0 ? /```\n([\s\S]{0,200000}?)\n```/.exec(from) : null);
    return m?.[1];
  },
  yamlBlock: (markdown: string) => /```yaml\r?\n([\s\S]*?)\r?\n```/.exec(markdown)?.[1],
  unfence: (text: string) => /^```(?:json)?\s*\n([\s\S]*?)\n?```$/i.exec(text.trim())?.[1] ?? text.trim(),
  template(wanted: string, rawPath: string): boolean {
    const parts = rawPath.split(/\$\{[^}]*\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`${parts.join('[^/?#]+')}$`).test(wanted);
  },
};

describe('linear forms match the regexes they replaced', () => {
  test(`extractLocator and extractExpectedReceived on ${texts.length} real and edge texts`, () => {
    for (const t of texts) {
      assert.equal(extractLocator(t), old.extractLocator(t), t.slice(0, 300));
      assert.deepEqual(extractExpectedReceived(t), old.extractExpectedReceived(t), t.slice(0, 300));
    }
  });

  test('strict-mode match lines', () => {
    for (const t of texts) assert.deepEqual(parseStrictMatches(t).map((m) => m.html), old.strictHtml(t).map((m) => m.html), t.slice(0, 300));
  });

  test('timings: Timeout lines and budget assertions', () => {
    for (const t of texts) {
      const got = extractTimings(t);
      assert.deepEqual(got.filter((x) => x.what === 'expect timeout' && !/Timed out/.test(t)).map((x) => x.limitMs), [...new Set(old.timeouts(t))], t.slice(0, 300));
      assert.deepEqual(got.filter((x) => x.what === 'budget assertion').map((x) => [x.limitMs, x.actualMs]), old.budgets(t), t.slice(0, 300));
    }
  });

  test('error-context snapshots', () => {
    const contexts = [...corpus, ...realRuns].map((c) => c.errorContext).filter((c): c is string => !!c);
    assert.ok(contexts.length > 10);
    for (const c of [...contexts, ...contexts.map((c) => c.replace(/\n/g, '\r\n')), '```yaml\n\n```', '```yaml\n- a\n```', 'x```yaml\n- b\n```\n']) {
      assert.equal(extractPageSnapshot(c), old.pageSnapshot(c));
      assert.equal(snapshotFromErrorContext(c), old.yamlBlock(c));
    }
  });

  test('LLM answers in a fence', () => {
    for (const a of ['{"a":1}', '```json\n{"a":1}\n```', '```\n{"a":1}```', '```JSON  \n\n{"a":1}\n\n```', '  ```json\n[1]\n```  ']) {
      assert.deepEqual(parseJsonAnswer(a, 'ollama'), JSON.parse(old.unfence(a)));
    }
  });

  test('path templates, model tags, trailing slashes', () => {
    const templates = ['/api/contacts/${id}', '${base}/users/${u.id}/notes', '/a/${x}-${y}', '/v1/${p}', '/x/${unclosed', '/${a}${b}'];
    const paths = ['/api/contacts/12', '/api/contacts/', '/api/contacts/1/2', '/app/users/7/notes', '/a/b-c', '/a/b-c-d', '/a/-', '/v1/x?y', '/x/${unclosed', '/ab', '/a'];
    for (const t of templates) for (const p of paths) assert.equal(endsWithTemplate(p, t), old.template(p, t), `${p} ~ ${t}`);
    for (const m of ['llama3.2', 'llama3.2:latest', 'a/b:c', 'a:b/c', 'a:', 'a:b:', 'host:1/m']) assert.equal(hasModelTag(m), /:[^/]+$/.test(m), m);
    for (const u of ['', '/', 'a///', 'a/b', '//a//']) assert.equal(trimTrailingSlashes(u), u.replace(/\/+$/, ''), u);
  });
});

describe('selector text (update-selectors intent)', () => {
  const oldCssText = (selector: string) =>
    (/^text=\s*"?(.*?)"?\s*$/s.exec(selector) ?? /:has-text\(\s*["'](.*?)["']\s*\)/.exec(selector) ?? /:text(?:-is)?\(\s*["'](.*?)["']\s*\)/.exec(selector))?.[1];
  test('text=, :has-text() and :text() read as before', () => {
    const selectors = ['text=Save', 'text="Save draft"', 'text= "a b" ', 'text=', 'button:has-text("Export")', "a:has-text( 'x' )", 'a:has-text("x")b:has-text("y")', ':has-text("unclosed', ':has-text(x)', 'li:text("A")', 'li:text-is( "B"  )', ':has-text("a\nb")', 'div.c', ':has-text(\'it"s\')'];
    for (const s of selectors) assert.equal(cssText(s), oldCssText(s), s);
  });
});
