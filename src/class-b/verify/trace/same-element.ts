// Same-element proof for selector patches: in the verification re-run, the element the new locator
// acted on (Playwright's trace marks it) must be the element the heal meant, as the page snapshot it
// healed from described it (tag and text from the DOM snapshot; role and name from the ARIA snapshot),
// and, when the heal matched a last-known-good record, as like that record as a heal requires.
// A re-run that passes because the new locator found some other element is not a verified fix.
import path from 'node:path';
import { MIN_LIKENESS, tracedSimilarity } from '../../../last-known-good/match.js';
import type { MeantElement } from '../../types.js';
import type { TracedCall, TracedElement } from './targets.js';

export type { MeantElement } from '../../types.js';

export type SameElementVerdict = { ok: true; note: string } | { ok: false; reason: string };

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Tags whose implicit ARIA role is certain enough to compare (an explicit role attribute wins). */
const ROLE_TAGS: Record<string, (e: TracedElement) => boolean> = {
  button: (e) => e.tag === 'button' || (e.tag === 'input' && /^(button|submit|reset|image)$/.test(norm(e.attrs.type))) || e.tag === 'summary',
  link: (e) => e.tag === 'a' || e.tag === 'area',
  heading: (e) => /^h[1-6]$/.test(e.tag),
  checkbox: (e) => e.tag === 'input' && norm(e.attrs.type) === 'checkbox',
  radio: (e) => e.tag === 'input' && norm(e.attrs.type) === 'radio',
  listitem: (e) => e.tag === 'li',
  row: (e) => e.tag === 'tr',
  img: (e) => e.tag === 'img',
  textbox: (e) => e.tag === 'textarea' || (e.tag === 'input' && /^(|text|email|tel|url|search|password|number)$/.test(norm(e.attrs.type))),
  combobox: (e) => e.tag === 'select' || e.tag === 'input',
};

/** Why `e` is not the element `m` describes, or undefined when it may be. */
export function mismatch(m: MeantElement, e: TracedElement, single: boolean): string | undefined {
  if (m.tag && e.tag !== m.tag.toLowerCase()) return `a <${e.tag}>, not a <${m.tag}>`;
  if (m.role) {
    const explicit = norm(e.attrs.role);
    const role = norm(m.role);
    if (explicit ? explicit.split(' ')[0] !== role : ROLE_TAGS[role] && !ROLE_TAGS[role](e)) return `a <${e.tag}>${explicit ? ` with role ${explicit}` : ''}, not a ${m.role}`;
  }
  if (!single) return undefined;
  // Texts are compared on their first 40 characters, either way round: both sides are clipped, and the
  // trace's snapshot and the DOM snapshot may differ on what they leave out (scripts, shadow roots).
  if (m.text && !m.text.includes('[REDACTED')) {
    const want = norm(m.text).slice(0, 40);
    const got = norm(e.text);
    const agrees = got.includes(want) || (got.length >= Math.min(want.length, 3) && want.startsWith(got.slice(0, 40)));
    if (want && got && !agrees) return `the element reads "${e.text.slice(0, 80)}", not "${m.text.slice(0, 80)}"`;
  }
  if (m.name && !m.name.includes('[REDACTED')) {
    const want = norm(m.name);
    const names = [e.attrs['aria-label'], e.text, e.attrs.value, e.attrs.placeholder, e.attrs.alt, e.attrs.title].map(norm).filter(Boolean);
    if (want && !names.some((n) => n.includes(want) || want.includes(n))) return `its name reads "${(e.attrs['aria-label'] ?? e.text).slice(0, 80)}", not "${m.name.slice(0, 80)}"`;
  }
  return undefined;
}

/** The record's first element, as the failure reasons name elements. */
function recordOf(r: NonNullable<MeantElement['record']>): string {
  const fp = r.elements[0];
  if (!fp) return 'nothing';
  const text = fp.text ?? fp.name;
  return `<${fp.tag}${fp.id ? ` id="${fp.id}"` : ''}${fp.classes?.length ? ` class="${fp.classes.join(' ')}"` : ''}>${text ? ` "${text.slice(0, 60)}"` : ''}`;
}

const describe = (e: TracedElement) => `<${e.tag}${e.attrs.id ? ` id="${e.attrs.id}"` : ''}${e.attrs.class ? ` class="${e.attrs.class}"` : ''}>${e.text ? ` "${e.text.slice(0, 60)}"` : ''}`;

/**
 * Judges each meant element against the calls traced on its line. `rel` maps a path (the proposal's or
 * the trace's) to the same repo-relative form. A mismatch fails; a line with no traced target (a
 * `count()`, a call the trace does not mark) is reported as not proven.
 */
export function judgeSameElement(meant: readonly MeantElement[], calls: readonly TracedCall[], rel: (file: string) => string): SameElementVerdict {
  const proven: string[] = [];
  const unproven: string[] = [];
  for (const m of meant) {
    const where = `${path.basename(m.file)}:${m.line}`;
    const file = rel(m.file);
    const mine = calls.filter((c) => c.targets.length > 0 && c.frames.some((f) => f.line === m.line && rel(f.file) === file));
    if (!mine.length) {
      unproven.push(where);
      continue;
    }
    let likeness: number | undefined;
    for (const c of mine) {
      for (const t of c.targets) {
        const why = mismatch(m, t, c.targets.length === 1);
        if (why) return { ok: false, reason: `same-element check failed on ${where}: in the re-run the new locator found ${describe(t)}, ${why}: the heal meant ${m.tag ? `<${m.tag}>` : m.role ?? 'an element'}${m.text || m.name ? ` "${(m.text ?? m.name ?? '').slice(0, 60)}"` : ''}` };
      }
      if (m.record?.elements.length) {
        const like = tracedSimilarity(c.targets, m.record);
        if (like < MIN_LIKENESS) {
          return { ok: false, reason: `same-element check failed on ${where}: in the re-run the new locator found ${describe(c.targets[0] as TracedElement)}, only ${Math.round(like * 100)}% like what the old locator found when the test last passed (${recordOf(m.record)}); a heal needs ${Math.round(MIN_LIKENESS * 100)}%` };
        }
        likeness = Math.min(likeness ?? 1, like);
      }
    }
    proven.push(likeness === undefined ? where : `${where} (${Math.round(likeness * 100)}% like when the test last passed)`);
  }
  const parts = [proven.length ? `same element as the heal meant on ${proven.join(', ')}` : '', unproven.length ? `not traced on ${unproven.join(', ')}` : ''].filter(Boolean);
  return { ok: true, note: parts.join('; ') };
}
