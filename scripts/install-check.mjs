// Installs healwright as a user does, on the Node running this script: `npm pack` of this checkout
// into a fresh project, `npm install` of the tarball (with its peer @playwright/test), then loads
// the package and its CLI. Fails on any `EBADENGINE` warning, a failed install or a failed load.
// CI runs it on the lowest Node of `engines.node` (.github/workflows/ci.yml, install-lowest-node).
//
//   npm run check:install            # needs the registry; builds dist/ first
//   npm run check:install -- --keep  # keep the temp project to look at it
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STEP_TIMEOUT_MS = 10 * 60_000;
const keep = process.argv.includes('--keep');

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: STEP_TIMEOUT_MS, shell: process.platform === 'win32' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status}`;
    throw new Error(`install-check: \`${cmd} ${args.join(' ')}\` in ${cwd} failed (${why}):\n${output.slice(-4000)}`);
  }
  return output;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'healwright-install-'));
try {
  console.log(`install-check: Node ${process.version}, project ${dir}`);
  run('npm', ['pack', '--pack-destination', dir], ROOT);
  const tarball = readdirSync(dir).find((f) => f.startsWith('healwright-') && f.endsWith('.tgz'));
  if (!tarball) throw new Error(`install-check: npm pack wrote no healwright-*.tgz into ${dir}`);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'install-check', version: '1.0.0', private: true }, null, 2));
  const install = run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', `./${tarball}`], dir);
  const warnings = install.split('\n').filter((l) => l.includes('EBADENGINE'));
  if (warnings.length) throw new Error(`install-check: npm printed EBADENGINE on Node ${process.version}:\n${install}`);
  console.log(`install-check: npm install: ${install.split('\n').find((l) => l.startsWith('added')) ?? 'done'}, no EBADENGINE`);
  const loaded = run('node', ['--input-type=module', '-e', "const m = await import('healwright'); console.log(Object.keys(m).length)"], dir).trim();
  console.log(`install-check: import('healwright') gives ${loaded} exports`);
  run('npx', ['--no', 'healwright', '--help'], dir);
  console.log('install-check: npx healwright --help runs');
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
} finally {
  if (keep) console.log(`install-check: kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
