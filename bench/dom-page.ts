// Triage without Playwright's page snapshot, on the real-world corpus (issue 14): how much of what the page
// snapshot decides does the page rebuilt from healwright's DOM snapshot (src/triage/dom-aria.ts) keep?
// Each case's ARIA snapshot is written back as HTML (a heading as <hN>, a textbox as a labelled input, a
// paragraph as <p>, ...), rendered in Chromium, captured by the fixtures' DOM capture, rebuilt as ARIA
// lines by dom-aria.ts and triaged with the case's message. The HTML step loses what the ARIA snapshot
// never had (classes, layout), so this measures the round trip of roles, names and texts, not a real app.
// Prints, for the dev split (and with --held-out the held-out split, in aggregate only): accuracy with Playwright's snapshot, with none, and with
// the rebuilt one, and how often the rebuilt one gives the same category as Playwright's.
//   node --import tsx bench/dom-page.ts [--held-out] [--limit=N]
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
import { chromiumLaunchOptions } from '../src/browser/index.js';
import { captureDomSnapshot } from '../src/fixtures/dom-capture.js';
import { ariaSnapshotFromDom } from '../src/triage/dom-aria.js';
import { triageFailure } from '../src/triage/triage.js';
import type { Category, FailureInput } from '../src/triage/types.js';
import { inputOfReal, loadRealFailures, type RealFailureCase } from '../test/data/real-failures/corpus.js';
import { printTable, type BenchRow } from './types.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A YAML scalar as the snapshot writes it: a double-quoted one with its escapes undone, else as is. */
function scalar(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length > 1) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  return v.startsWith("'") && v.endsWith("'") && v.length > 1 ? v.slice(1, -1).replace(/''/g, "'") : v;
}

interface Node {
  role: string;
  name: string;
  level?: number;
  text: string;
  /** `/placeholder:` and the like. */
  props: Record<string, string>;
  children: Node[];
}

/** `- role "name" [attr] [attr]: text` (a single-quoted key unwrapped), or a property line (`- /url: ...`). */
function parseLine(body: string): Node | { prop: string; value: string } {
  const prop = /^\/([a-z]+):\s?(.*)$/.exec(body);
  if (prop) return { prop: prop[1] as string, value: scalar(prop[2] ?? '') };
  let key = body;
  let text = '';
  if (body.startsWith("'")) {
    const close = body.indexOf("':", 1);
    const end = close > 0 ? close : body.endsWith("'") ? body.length - 1 : -1;
    if (end > 0) {
      key = body.slice(1, end).replace(/''/g, "'");
      text = close > 0 ? scalar(body.slice(close + 2).trim()) : '';
    }
  } else {
    const m = /^([a-z]+(?: "(?:[^"\\]|\\.){0,2000}")?(?: \[[^\]\n]{0,100}\]){0,10}):?(?: (.*))?$/.exec(body);
    if (m) {
      key = m[1] as string;
      text = scalar((m[2] ?? '').trim());
    }
  }
  const k = /^([a-z]+)(?: "((?:[^"\\]|\\.){0,2000})")?/.exec(key);
  if (!k) return { role: 'text', name: '', text: scalar(body), props: {}, children: [] };
  const name = k[2] === undefined ? '' : scalar(`"${k[2]}"`);
  const level = /\[level=(\d)\]/.exec(key)?.[1];
  return { role: k[1] as string, name, ...(level ? { level: Number(level) } : {}), text, props: {}, children: [] };
}

function parseTree(snapshot: string): Node[] {
  const roots: Node[] = [];
  const stack: { indent: number; node: Node }[] = [];
  for (const raw of snapshot.split('\n')) {
    const m = /^( *)- (.*)$/.exec(raw);
    if (!m) continue;
    const indent = (m[1] as string).length;
    while (stack.length && (stack.at(-1) as { indent: number }).indent >= indent) stack.pop();
    const parsed = parseLine((m[2] as string).trim());
    const parent = stack.at(-1)?.node;
    if ('prop' in parsed) {
      if (parent) parent.props[parsed.prop] = parsed.value;
      continue;
    }
    (parent ? parent.children : roots).push(parsed);
    stack.push({ indent, node: parsed });
  }
  return roots;
}

const TAGS: Record<string, string> = { paragraph: 'p', generic: 'div', list: 'ul', listitem: 'li', navigation: 'nav', main: 'main', banner: 'header', contentinfo: 'footer', complementary: 'aside', form: 'form', article: 'article', strong: 'strong', emphasis: 'em', code: 'code', blockquote: 'blockquote' };
const FIELDS: Record<string, string> = { textbox: 'text', searchbox: 'search', spinbutton: 'number' };

function htmlOf(n: Node): string {
  const inner = n.children.map(htmlOf).join('');
  const label = n.name ? ` aria-label="${esc(n.name)}"` : '';
  // A node with children got its name from them; one without, from its own text.
  const own = n.children.length ? inner : esc(n.name || n.text);
  const field = FIELDS[n.role];
  if (field) {
    const value = n.text || n.children.filter((c) => c.role === 'text').map((c) => c.text).join(' ');
    return `<input${label} type="${field}" value="${esc(value)}"${n.props.placeholder ? ` placeholder="${esc(n.props.placeholder)}"` : ''}>`;
  }
  switch (n.role) {
    case 'text':
      return `<span>${esc(n.text || n.name)}</span>`;
    case 'heading': {
      const h = `h${Math.min(Math.max(n.level ?? 2, 1), 6)}`;
      return `<${h}>${own}</${h}>`;
    }
    case 'button':
      return `<button>${own}</button>`;
    case 'link':
      return `<a href="${esc(n.props.url ?? '#')}">${own}</a>`;
    case 'checkbox':
    case 'radio':
      return `<input${label} type="${n.role}">`;
    case 'img':
      return `<img${n.name ? ` alt="${esc(n.name)}"` : ''} width="16" height="16" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`;
    default: {
      const tag = TAGS[n.role];
      const body = `${esc(n.text)}${inner}`;
      return tag ? `<${tag}${label}>${body}</${tag}>` : `<div role="${esc(n.role)}"${label}>${n.children.length || n.text ? body : esc(n.name)}</div>`;
    }
  }
}

/** The ARIA snapshot written back as HTML: one element per node, nested as the snapshot nests them. */
export function htmlFromAria(snapshot: string): string {
  // An element Playwright's snapshot lists was rendered: an empty one here still gets a pixel (a live region, a spinner's box).
  return `<style>div,p,main,nav,header,footer,aside,form,ul,li,article,h1,h2,h3,h4,h5,h6{min-height:1px;min-width:1px}</style>${parseTree(snapshot).map(htmlOf).join('')}`;
}

interface Row {
  c: RealFailureCase;
  withPw: Category;
  without: Category;
  rebuilt: Category;
}

function score(rows: Row[], split: string): BenchRow[] {
  const n = rows.length || 1;
  const right = (k: 'withPw' | 'without' | 'rebuilt') => (rows.filter((r) => r[k] === r.c.label.category).length / n) * 100;
  const row = (name: string, value: number, target = 'report', pass = true): BenchRow => ({ name: `dom-page ${split}: ${name}`, value, unit: '%', target, pass });
  const withPw = right('withPw');
  const rebuilt = right('rebuilt');
  return [
    { name: `dom-page ${split}: cases with a page snapshot`, value: rows.length, unit: 'cases', target: 'report', pass: true },
    row("category right with Playwright's snapshot", withPw),
    row('category right with no snapshot', right('without')),
    // The rebuilt page should decide nearly as Playwright's does: within 2 points.
    row('category right with the page rebuilt from heal-dom', rebuilt, `>= ${(withPw - 2).toFixed(1)}%`, rebuilt >= withPw - 2),
    row("rebuilt gives Playwright's category", (rows.filter((r) => r.rebuilt === r.withPw).length / n) * 100),
  ];
}

export async function benchDomPage(heldOut = false, limit = Infinity): Promise<BenchRow[]> {
  const cases = loadRealFailures().filter((c) => c.pageSnapshot && c.pageSnapshot.trim() && (heldOut || c.split === 'dev')).slice(0, limit);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows: Row[] = [];
  try {
    const page = await browser.newPage();
    let done = 0;
    for (const c of cases) {
      const input: FailureInput = inputOfReal(c);
      const { pageSnapshot, ...rest } = input;
      await page.setContent(htmlFromAria(pageSnapshot ?? ''), { waitUntil: 'domcontentloaded' });
      const rebuilt = ariaSnapshotFromDom(await captureDomSnapshot(page));
      rows.push({
        c,
        withPw: triageFailure(input).category,
        without: triageFailure(rest).category,
        rebuilt: triageFailure({ ...rest, ...(rebuilt ? { pageSnapshot: rebuilt } : {}) }).category,
      });
      if (++done % 200 === 0) process.stderr.write(`dom-page: ${done} of ${cases.length} pages\n`);
    }
  } finally {
    await browser.close();
  }
  return [...score(rows.filter((r) => r.c.split === 'dev'), 'dev'), ...(heldOut ? score(rows.filter((r) => r.c.split !== 'dev'), 'held-out') : [])];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
  printTable(await benchDomPage(process.argv.includes('--held-out'), limit));
}
