// Collector for the real-world failure corpus (issue 14). It does not search: the repositories were found
// with the search tools (the query that found each one is in sources.tsv) and their git snapshots copied
// under a mirror folder (one `<owner>+<name>/repo` bare git directory each). This script walks every
// commit of each mirror for committed Playwright `error-context.md` attachments (and allure copies of them),
// normalises them into cases, keeps a few distinct ones per repository, and merges the hand-written labels.
//
//   node --import tsx test/data/real-failures/collect.ts --mirror /work/.mirror --candidates /tmp/cand.jsonl
//   node --import tsx test/data/real-failures/collect.ts --mirror /work/.mirror   # writes cases.jsonl
//   node --import tsx test/data/real-failures/collect.ts --issues-only            # issues.json only
//
// Only short failure texts are kept (error details, call log, page snapshot), never test source.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORY_CLASS, type Category } from '../../../src/triage/types.js';
import { HELD_OUT_SALT, isHeldOut, type RealFailureCase } from './corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PER_REPO = 10;
const MAX_SNAPSHOT = 6000;

interface Candidate extends Omit<RealFailureCase, 'label'> {
  signature: string;
  /** Sampling order (the folder-based name; report/allure copies share a folder, so ids add the file name). */
  sortKey: string;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function git(dir: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

function readSources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(path.join(HERE, 'sources.tsv'), 'utf8').split('\n')) {
    const [repo, query] = line.split('\t');
    if (repo && query && !out.has(repo)) out.set(repo, query);
  }
  return out;
}

/** The fenced blocks of the `# Error details` section, joined: what Playwright printed as the error(s). */
export function errorDetails(md: string): string | undefined {
  const start = md.search(/^# Error details\s*$/m);
  if (start < 0) return undefined;
  const rest = md.slice(start);
  const end = rest.slice(1).search(/^# (?:Page snapshot|Test source)\s*$/m);
  const section = end >= 0 ? rest.slice(0, end + 1) : rest;
  // Newer attachments put the page snapshot as a ```yaml block right in this section: not part of the error.
  const blocks = [...section.matchAll(/^```([a-z]*)\n([\s\S]*?)\n```/gm)].filter((m) => m[1] !== 'yaml').map((m) => m[2] ?? '');
  const text = blocks.join('\n\n').trim();
  return text || undefined;
}

export function pageSnapshot(md: string): string | undefined {
  const start = md.search(/^# Page snapshot\s*$/m);
  const m = start >= 0 ? /```(?:yaml)?\n([\s\S]*?)\n```/.exec(md.slice(start)) : /^```yaml\n([\s\S]*?)\n```/m.exec(md);
  const snap = m?.[1]?.trim();
  if (!snap) return undefined;
  return snap.length > MAX_SNAPSHOT ? `${snap.slice(0, MAX_SNAPSHOT)}\n# (truncated)` : snap;
}

function testName(md: string): string | undefined {
  return /^- Name: (.{1,300})$/m.exec(md)?.[1]?.trim();
}

/** Project and browser from the output folder name: `<file>-<title>-<project>[-retryN]`. */
export function projectOf(dir: string): { project?: string; browser: string; retry: number } {
  const retry = Number(/-retry(\d+)$/.exec(dir)?.[1] ?? 0);
  const base = dir.replace(/-retry\d+$/, '');
  const known = /-(chromium|chrome|firefox|webkit|Mobile-Chrome|Mobile-Safari|Desktop-Chrome|Desktop-Firefox|Desktop-Safari|Microsoft-Edge|Google-Chrome|mobile|desktop|tablet|setup|api|e2e)$/i.exec(base);
  const project = known?.[1];
  const p = (project ?? '').toLowerCase();
  const browser = /firefox/.test(p) ? 'firefox' : /webkit|safari/.test(p) ? 'webkit' : /chrom|edge/.test(p) ? 'chromium' : 'unknown';
  return { ...(project ? { project } : {}), browser, retry };
}

/** The browser, when the error itself names it (executable paths, engine-specific error codes). */
function browserFromText(message: string): string {
  if (/firefox|NS_ERROR_|NS_BINDING_/i.test(message)) return 'firefox';
  if (/webkit|Could not connect to the server|Could not resolve hostname/i.test(message)) return 'webkit';
  if (/chrom(?:e|ium)|net::ERR_/i.test(message)) return 'chromium';
  return 'unknown';
}

/** The @playwright/test version of the package nearest to `file` at `commit` (lockfile first). */
function playwrightVersion(dir: string, commit: string, file: string): string | undefined {
  const parts = file.split('/');
  for (let i = parts.length - 1; i >= 0; i--) {
    const prefix = parts.slice(0, i).join('/');
    const p = (f: string) => (prefix ? `${prefix}/${f}` : f);
    const lock = git(dir, ['show', `${commit}:${p('package-lock.json')}`]);
    if (lock) {
      const m = /"node_modules\/@playwright\/test":\s*\{\s*"version":\s*"([\d.]+)"/.exec(lock) ?? /"node_modules\/playwright":\s*\{\s*"version":\s*"([\d.]+)"/.exec(lock);
      if (m?.[1]) return m[1];
    }
    const pkg = git(dir, ['show', `${commit}:${p('package.json')}`]);
    if (pkg) {
      const m = /"@playwright\/test":\s*"([^"]{1,40})"/.exec(pkg) ?? /"playwright":\s*"([^"]{1,40})"/.exec(pkg);
      if (m?.[1]) return m[1];
    }
  }
  return undefined;
}

/** What makes two failures the same for sampling: the error's first lines without numbers and paths. */
function signatureOf(message: string): string {
  return message
    .split('\n')
    .filter((l) => !/^\s+at /.test(l))
    .slice(0, 4)
    .join(' ')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .slice(0, 200);
}

function shapeOf(message: string): string {
  const first = message.split('\n')[0] ?? '';
  return /(\w+\.\w+):/.exec(first)?.[1] ?? /\.(to\w+)\(/.exec(first)?.[1] ?? first.slice(0, 30);
}

/** Reads many blobs with one `git cat-file --batch`. */
function readBlobs(dir: string, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!ids.length) return out;
  const buf = execFileSync('git', ['-C', dir, 'cat-file', '--batch'], { input: ids.join('\n') + '\n', maxBuffer: 1024 * 1024 * 1024 });
  let at = 0;
  for (const id of ids) {
    const nl = buf.indexOf(10, at);
    const header = buf.subarray(at, nl).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) {
      at = nl + 1;
      continue;
    }
    out.set(id, buf.subarray(nl + 1, nl + 1 + size).toString('utf8'));
    at = nl + 1 + size + 1;
  }
  return out;
}

function repoCandidates(mirror: string, repoDir: string, repo: string, query: string): Candidate[] {
  const dir = path.join(mirror, repoDir, 'repo');
  const log = git(dir, ['log', '--all', '--format=@@%H %cs', '--raw', '--no-abbrev', '--diff-filter=AM', '--', '*error-context.md', '*-attachment.md', '*/attachments/*.md', 'playwright-report/data/*.md']);
  // Each distinct blob once, at the first (newest) commit that added or changed it.
  const firstSeen = new Map<string, { commit: string; date: string; file: string }>();
  let commit = '';
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@@')) {
      [commit, date] = line.slice(2).split(' ') as [string, string];
      continue;
    }
    const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40}) [AM]\t(.+)$/.exec(line);
    if (!m || !commit) continue;
    const [, blob, file] = m as unknown as [string, string, string];
    if (!firstSeen.has(blob)) firstSeen.set(blob, { commit, date, file });
  }
  const blobs = readBlobs(dir, [...firstSeen.keys()]);
  const out: Candidate[] = [];
  for (const [blob, where] of firstSeen) {
    const md = blobs.get(blob);
    if (!md || !md.includes('# Error details')) continue;
    const message = errorDetails(md);
    if (!message) continue;
    const file = where.file;
    const folder = path.posix.basename(path.posix.dirname(file));
    const leaf = /attachment/.test(file) ? path.posix.basename(file, '.md') : folder;
    const unique = file.endsWith('/error-context.md') ? leaf : path.posix.basename(file, '.md');
    const { project, browser: fromProject, retry } = projectOf(folder);
    const browser = fromProject !== 'unknown' ? fromProject : browserFromText(message);
    const snap = pageSnapshot(md);
    const name = testName(md);
    out.push({
      id: `${repo}:${unique}@${where.commit.slice(0, 8)}`,
      sortKey: `${repo}:${leaf}@${where.commit.slice(0, 8)}`,
      repo,
      path: file,
      commit: where.commit,
      date: where.date,
      query,
      playwright: 'unknown',
      browser,
      ...(project ? { project } : {}),
      retry,
      ...(name ? { testName: name } : {}),
      message,
      ...(snap ? { pageSnapshot: snap } : {}),
      split: isHeldOut(repo) ? 'heldout' : 'dev',
      signature: signatureOf(message),
    });
  }
  return out;
}

/** A few distinct failures per repository: one per error signature, round-robin over error shapes. */
function sample(cands: Candidate[]): Candidate[] {
  const bySig = new Map<string, Candidate>();
  for (const c of cands.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id))) {
    const prev = bySig.get(c.signature);
    // Prefer the first attempt and a version that carries a page snapshot.
    if (!prev || (!prev.pageSnapshot && c.pageSnapshot) || (prev.retry > c.retry && !!c.pageSnapshot === !!prev.pageSnapshot)) bySig.set(c.signature, c);
  }
  const byShape = new Map<string, Candidate[]>();
  for (const c of bySig.values()) byShape.set(shapeOf(c.message), [...(byShape.get(shapeOf(c.message)) ?? []), c]);
  const queues = [...byShape.values()];
  const out: Candidate[] = [];
  while (out.length < PER_REPO && queues.some((q) => q.length)) {
    for (const q of queues) {
      const c = q.shift();
      if (c && out.length < PER_REPO) out.push(c);
    }
  }
  return out;
}

function readLabels(file: string): Map<string, { category: Category; reason: string }> {
  const out = new Map<string, { category: Category; reason: string }>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, category, reason] = line.split('\t');
    if (!id || !category || !reason) throw new Error(`labels.tsv: bad line ${line}`);
    if (!(category in CATEGORY_CLASS)) throw new Error(`labels.tsv: unknown category ${category} for ${id}`);
    out.set(id, { category: category as Category, reason });
  }
  return out;
}

interface IssueCase {
  url: string;
  query: string;
  playwright: string;
  browser: string;
  project?: string;
  message: string;
  category: Category;
  reason: string;
}

/** Failures quoted in GitHub issue threads (older Playwright versions, other browsers), labelled in issues.json. */
function issueCases(): RealFailureCase[] {
  const issues = JSON.parse(readFileSync(path.join(HERE, 'issues.json'), 'utf8')) as IssueCase[];
  return issues.map((i) => {
    const m = /github\.com\/([^/]+\/[^/]+)\/(?:issues|pull)\/(\d+)/.exec(i.url);
    if (!m?.[1] || !(i.category in CATEGORY_CLASS)) throw new Error(`issues.json: bad case ${i.url}`);
    const repo = m[1];
    return {
      id: `${repo}#${m[2]}`,
      repo,
      path: i.url,
      commit: '',
      date: '',
      query: i.query,
      playwright: i.playwright,
      browser: i.browser,
      ...(i.project ? { project: i.project } : {}),
      retry: 0,
      message: i.message,
      split: isHeldOut(repo) ? 'heldout' : 'dev',
      label: { class: CATEGORY_CLASS[i.category], category: i.category, reason: i.reason },
    };
  });
}

/**
 * `--issues-only`: re-reads issues.json into cases.jsonl and keeps the error-context cases already there
 * (no mirrors needed: adding an issue-thread case does not mean re-walking every repository).
 */
function refreshIssues(): void {
  const file = path.join(HERE, 'cases.jsonl');
  const kept = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealFailureCase)
    .filter((c) => !c.path.startsWith('https://github.com/'));
  const cases = [...issueCases(), ...kept];
  writeFileSync(file, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const held = cases.filter((c) => c.split === 'heldout').length;
  console.log(`${cases.length} labelled cases (${held} held out, salt ${HELD_OUT_SALT}) from ${new Set(cases.map((c) => c.repo)).size} repositories`);
}

function main(): void {
  if (process.argv.includes('--issues-only')) return refreshIssues();
  const mirror = arg('--mirror') ?? '/work/.mirror';
  const sources = readSources();
  const all: Candidate[] = [];
  for (const repoDir of readdirSync(mirror).sort()) {
    const repo = repoDir.replace('+', '/');
    const query = sources.get(repo);
    if (!query) continue;
    const dir = path.join(mirror, repoDir, 'repo');
    for (const c of sample(repoCandidates(mirror, repoDir, repo, query))) all.push({ ...c, playwright: playwrightVersion(dir, c.commit, c.path) ?? 'unknown' });
  }
  const candidatesFile = arg('--candidates');
  if (candidatesFile) {
    writeFileSync(candidatesFile, all.map(({ sortKey: _s, ...c }) => JSON.stringify(c)).join('\n') + '\n');
    console.log(`${all.length} candidates from ${new Set(all.map((c) => c.repo)).size} repositories -> ${candidatesFile}`);
    return;
  }
  const labels = readLabels(path.join(HERE, 'labels.tsv'));
  const cases: RealFailureCase[] = issueCases();
  for (const { signature: _signature, sortKey: _sortKey, ...c } of all) {
    const label = labels.get(c.id);
    if (!label) continue;
    cases.push({ ...c, label: { class: CATEGORY_CLASS[label.category], category: label.category, reason: label.reason } });
  }
  writeFileSync(path.join(HERE, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const held = cases.filter((c) => c.split === 'heldout').length;
  console.log(`${cases.length} labelled cases (${held} held out, salt ${HELD_OUT_SALT}) from ${new Set(cases.map((c) => c.repo)).size} repositories`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
