#!/usr/bin/env node
// `npm run heal` / `heal:dry-run` / `heal:quick`: build healwright if needed, then run this repo's
// Playwright suite (against the bundled demo unless BASE_URL is set) with the healwright reporter.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: npm run heal -- [--dry-run] [--skip-llm] [--projects=a,b] [--max-fixes=N] [--quick] [-- <playwright args>]

  --dry-run        record what would be done; no fixes, PRs, issues, alerts or redeploys (HEAL_DRY_RUN)
  --skip-llm       rules only, never call an LLM (HEAL_SKIP_LLM)
  --projects=a,b   run and heal only these Playwright projects (HEAL_PROJECTS)
  --max-fixes=N    at most N fixes in this run (HEAL_MAX_FIXES)
  --quick          the health project only, no LLM, no fixes
  -h, --help       this help
`;

export function parseHealArgs(argv) {
  const env = {};
  const projects = [];
  const passthrough = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      passthrough.push(...argv.slice(i + 1));
      break;
    }
    let m;
    if (a === '--dry-run') env.HEAL_DRY_RUN = 'true';
    else if (a === '--skip-llm') env.HEAL_SKIP_LLM = 'true';
    else if (a === '--quick') {
      env.HEAL_SKIP_LLM = 'true';
      env.HEAL_MAX_FIXES = '0';
      projects.splice(0, projects.length, 'health');
    } else if ((m = /^--projects=(.+)$/.exec(a))) {
      const list = m[1].split(',').map((p) => p.trim()).filter(Boolean);
      if (list.length === 0 || list.some((p) => !/^[\w.-]+$/.test(p))) return { error: `--projects needs a comma-separated list of project names, got '${m[1]}'` };
      projects.splice(0, projects.length, ...list);
    } else if ((m = /^--max-fixes=(.*)$/.exec(a))) {
      if (!/^\d{1,6}$/.test(m[1])) return { error: `--max-fixes needs a whole number >= 0, got '${m[1]}'` };
      env.HEAL_MAX_FIXES = m[1];
    } else if (a === '-h' || a === '--help') return { help: true };
    else return { error: `unknown option '${a}'` };
  }
  if (projects.length) env.HEAL_PROJECTS = projects.join(',');
  return { env, projects, passthrough };
}

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

function main() {
  const parsed = parseHealArgs(process.argv.slice(2));
  if (parsed.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.error) {
    process.stderr.write(`heal: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const built = path.join(root, 'dist', 'src', 'reporter', 'index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newestMtime(path.join(root, 'src'))) {
    process.stdout.write('heal: building healwright (tsc)...\n');
    const b = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) return b.status ?? 1;
  }
  const args = ['test', ...parsed.projects.map((p) => `--project=${p}`), ...parsed.passthrough];
  process.stdout.write(`heal: playwright ${args.join(' ')}${Object.keys(parsed.env).length ? `  (${Object.entries(parsed.env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ...parsed.env } });
  return r.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main());
