// Every regular expression under src/ runs in linear time (design.md, trust boundaries). The inventory
// is found with the TypeScript compiler API, so a new regex is checked without anyone listing it:
// every literal and RegExp('literal') must be rated `safe` by recheck; a RegExp built at run time must
// be in REVIEWED_DYNAMIC with why it is safe (and, where it can be, a sample build that recheck rates).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, type Diagnostics } from 'recheck';
import { inventoryRegexes, type DynamicRegex } from '../helpers/regex-inventory.js';
import { globToRegExp } from '../../src/class-b/verify/glob.js';
import { REDACTION_REGEXES } from '../../src/redact/index.js';
import { SECRET_SUFFIX, SECRET_WORD } from '../../src/redact/secret-names.js';

/** Files left out of the inventory, each with why (none: every file under src/ is checked). */
const EXCLUDED_FILES: string[] = [];

/**
 * Regexes recheck rates polynomial that are proven linear by hand (say why recheck is wrong). Empty:
 * every flagged regex was rewritten instead.
 */
const ALLOWED: { file: string; source: string; why: string }[] = [];

interface Reviewed {
  file: string;
  /** The start of the call as written (whitespace collapsed). */
  call: string;
  why: string;
  /** Builds as the code makes them, checked with recheck like the literals. */
  samples?: () => RegExp[];
}

const REDACTION_CHECKED = 'built from the redaction detector table; the built regex is in REDACTION_REGEXES and rated safe by test/redact/redact-recheck.test.ts';

const REVIEWED_DYNAMIC: Reviewed[] = [
  { file: 'src/redact/patterns/assignments.ts', call: 'new RegExp( String.raw`(?<pre>', why: REDACTION_CHECKED },
  { file: 'src/redact/patterns/personal.ts', call: 'new RegExp( String.raw`(?<![\\w-])', why: REDACTION_CHECKED },
  { file: 'src/redact/patterns/vendors.ts', call: 'new RegExp(String.raw`(?<![A-Za-z0-9_-])', why: REDACTION_CHECKED },
  { file: 'src/redact/scan.ts', call: 'new RegExp(byLength.map(escapeLiteral)', why: `an alternation of escaped literals (no quantifiers); ${REDACTION_CHECKED}` },
  { file: 'src/redact/gate.ts', call: "new RegExp(plain.map(escapeLiteral).join('|'), 'i')", why: `an alternation of escaped literals (no quantifiers); ${REDACTION_CHECKED}` },
  { file: 'src/redact/patterns/vendor-formats.ts', call: 'new RegExp(String.raw`(?<![A-Za-z0-9_-])(?:${f.source})', why: `one vendor key format between fixed boundaries; ${REDACTION_CHECKED}` },
  {
    file: 'src/artifacts/publish-manifest.ts',
    call: 'new RegExp(`^${dir}/[\\\\w.-]+\\\\.${ext}$`)',
    why: "dir and ext are healwright's own folder and extension names (pull-requests, issues, alerts; patch, md, json): an anchored literal with one character class",
    samples: () => [new RegExp('^pull-requests/[\\w.-]+\\.patch$'), new RegExp('^alerts/[\\w.-]+\\.json$')],
  },
  { file: 'src/redact/chunks.ts', call: 'new RegExp(privateKeyPattern.regex.source', why: `the private-key detector made sticky; ${REDACTION_CHECKED}` },
  { file: 'src/redact/groups.ts', call: 'new RegExp(out + source.slice(copied), regex.flags)', why: `a detector's own regex with each \`(?<name>\` written \`(\`: the same automaton; ${REDACTION_CHECKED}` },
  { file: 'src/redact/patterns/fields.ts', call: "new RegExp([...LONG_WORDS, ...SHORT_WORDS].join('|'))", why: `an alternation of the field words (letters, digits, spaces, dashes: no quantifier); ${REDACTION_CHECKED}` },
  { file: 'src/redact/allowlist.ts', call: 'new RegExp(entry.source', why: "the user's own allowlist regex from healwright options (trusted configuration), copied without g/y" },
  { file: 'src/redact/redact.ts', call: 'new RegExp(custom.regex.source', why: "the user's own custom redaction pattern from healwright options (trusted configuration), made global" },
  {
    file: 'src/class-b/update-selectors/evaluate.ts',
    call: 'new RegExp(expected.source',
    why: "the test author's own name/text regex from the test source (trusted); Playwright runs the same regex on the same page text, and the snapshot it is tested against is capped",
  },
  {
    file: 'src/class-b/update-selectors/similarity.ts',
    call: 'new RegExp(`(^|\\\\W)${short.replace(',
    why: 'a fully escaped literal between one-character boundaries: no quantifier at all',
    samples: () => [new RegExp(`(^|\\W)${'save (draft) [v2]'.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`)],
  },
  {
    file: 'src/class-b/verify/glob.ts',
    call: 'new RegExp(`^${out}$`, flags)',
    why: 'anchored at both ends, from a glob in the healwright options (trusted); `*` never matches `/`, so segments do not overlap',
    samples: () => ['**/*.spec.ts', 'tests/**', 'e2e/{pages,fixtures}/**/*.ts', 'src/*/data?.json'].map((g) => globToRegExp(g)),
  },
  {
    file: 'src/class-b/hard-deny.ts',
    call: 'new RegExp(String.raw`^(?:playwright|healing|vite',
    why: 'an anchored alternation of tool names, one bounded-free [\\w.-]* run, then a literal `.config.` and an alternation of extensions',
    samples: () => [new RegExp(String.raw`^(?:playwright|healing|vite|vitest|webpack)[\w.-]*\.config\.(?:[cm]?[jt]sx?|json5?|ya?ml|toml)$`, 'i')],
  },
  {
    file: 'src/class-b/test-scope.ts',
    call: 'new RegExp(r.source',
    why: "the user's own testMatch/testIgnore regex from their Playwright config (trusted configuration), rebuilt after it crossed a process boundary as { source, flags }",
  },
  {
    file: 'src/class-b/verify/rerun-env.ts',
    call: 'new RegExp(`${SECRET_WORD}${SECRET_SUFFIX}$`',
    why: "the redactor's secret-name word list and suffix (literals), anchored at the end; matched against environment variable names only",
    samples: () => [new RegExp(`${SECRET_WORD}${SECRET_SUFFIX}$`, 'i')],
  },
  {
    file: 'src/class-c/markers.ts',
    call: 'new RegExp(`^<!-- healwright:${key}=',
    why: "key is one of healwright's own marker names; the rest is a literal line with one character class",
    samples: () => ['fingerprint', 'passing-since'].map((key) => new RegExp(`^<!-- healwright:${key}=([^\\s>]+) -->$`, 'm')),
  },
];

// recheck's fuzzer has wall-clock limits besides its step budgets; on a busy 2-core box the incubation
// and seeding ones fired early and rated safe patterns vulnerable, so they are off and the step budgets
// decide (see test/redact/redact-recheck.test.ts). A real polynomial regex still comes back vulnerable.
const PARAMS = { timeout: 120_000, attackTimeout: 10_000, incubationTimeout: null, seedingTimeout: null };

function explain(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}; attack ${d.attack.pattern.slice(0, 200)}`;
  if (d.status === 'unknown') return `unknown: ${JSON.stringify(d.error)}`;
  return 'safe';
}

const inventory = inventoryRegexes(EXCLUDED_FILES);
const reviewedFor = (d: DynamicRegex) => REVIEWED_DYNAMIC.find((r) => r.file === d.file && d.call.startsWith(r.call));

describe('the regex inventory of src/', () => {
  test('finds the regexes (a broken scan would pass everything)', () => {
    assert.ok(inventory.literals.length >= 200, `only ${inventory.literals.length} regexes found`);
    assert.ok(inventory.literals.some((r) => r.file === 'src/triage/text.ts'));
  });

  test('every RegExp built at run time is reviewed', () => {
    const unreviewed = inventory.dynamic.filter((d) => !reviewedFor(d)).map((d) => `${d.file}:${d.line} ${d.call.slice(0, 120)}`);
    assert.deepEqual(unreviewed, [], 'add each to REVIEWED_DYNAMIC with why it is linear, or build it from a literal');
  });

  test('every reviewed entry still exists (the table does not rot)', () => {
    const stale = REVIEWED_DYNAMIC.filter((r) => !inventory.dynamic.some((d) => reviewedFor(d) === r)).map((r) => `${r.file}: ${r.call}`);
    assert.deepEqual(stale, []);
    const staleAllowed = ALLOWED.filter((a) => !inventory.literals.some((l) => l.file === a.file && l.source === a.source));
    assert.deepEqual(staleAllowed, []);
  });

  test('the excluded files exist (drop an entry once its file is gone)', async () => {
    const { existsSync } = await import('node:fs');
    const { REPO_ROOT } = await import('../helpers/run-inline.js');
    const path = await import('node:path');
    assert.deepEqual(EXCLUDED_FILES.filter((f) => !existsSync(path.join(REPO_ROOT, f))), []);
  });
});

// One check per distinct (source, flags): the same regex in two files is checked once, and the
// redaction detectors (REDACTION_REGEXES) are left to test/redact/redact-recheck.test.ts, which checks them.
const redaction = new Set(REDACTION_REGEXES.map(({ regex }) => `${regex.flags}/${regex.source}`));
const distinct = new Map<string, { source: string; flags: string; where: string[] }>();
for (const r of inventory.literals) {
  if (ALLOWED.some((a) => a.file === r.file && a.source === r.source)) continue;
  const key = `${r.flags}/${r.source}`;
  if (redaction.has(key)) continue;
  const entry = distinct.get(key) ?? { source: r.source, flags: r.flags, where: [] };
  entry.where.push(`${r.file}:${r.line}`);
  distinct.set(key, entry);
}
for (const reviewed of REVIEWED_DYNAMIC) {
  for (const re of reviewed.samples?.() ?? []) distinct.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags, where: [`${reviewed.file} (sample build)`] });
}

describe('every regex under src/ is ReDoS-safe (recheck)', { concurrency: 2 }, () => {
  for (const { source, flags, where } of distinct.values()) {
    test(`${where[0]}: /${source.slice(0, 60)}${source.length > 60 ? '…' : ''}/${flags}`, { timeout: 180_000 }, async () => {
      const diagnostics = await check(source, flags, PARAMS);
      assert.equal(diagnostics.status, 'safe', `${where.join(', ')}: ${explain(diagnostics)}`);
    });
  }
});
