#!/usr/bin/env node
// `npm run mutation [group...]`: runs Stryker once per group (default: all) and prints the mutation
// score of each from its JSON report. Incremental: a second run re-tests only what changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { MUTATION_GROUPS } from './mutation-groups.mjs';

const asked = process.argv.slice(2);
for (const g of asked) {
  if (!MUTATION_GROUPS[g]) {
    console.error(`mutation: unknown group "${g}"; known: ${Object.keys(MUTATION_GROUPS).join(', ')}`);
    process.exit(2);
  }
}
const groups = asked.length ? asked : Object.keys(MUTATION_GROUPS);

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function score(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let detected = 0;
  let undetected = 0;
  const survivors = [];
  for (const [name, f] of Object.entries(report.files ?? {})) {
    for (const m of f.mutants ?? []) {
      if (DETECTED.has(m.status)) detected++;
      else if (UNDETECTED.has(m.status)) {
        undetected++;
        survivors.push(`${name}:${m.location.start.line} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
  }
  const total = detected + undetected;
  return { detected, undetected, score: total ? (detected / total) * 100 : 100, survivors };
}

const rows = [];
let failed = false;
for (const g of groups) {
  console.log(`mutation: ${g} (${MUTATION_GROUPS[g].mutate.join(', ')})`);
  const res = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], { stdio: 'inherit', env: { ...process.env, HEAL_MUTATION_GROUP: g } });
  const file = `reports/mutation/${g}.json`;
  if (res.status !== 0 || !existsSync(file)) {
    failed = true;
    rows.push(`| ${g} | failed (exit ${res.status}) | | |`);
    continue;
  }
  const s = score(file);
  rows.push(`| ${g} | ${s.score.toFixed(1)}% | ${s.detected} | ${s.undetected} |`);
  if (s.survivors.length) console.log(`surviving mutants in ${g}:\n  ${s.survivors.join('\n  ')}`);
}
console.log(['', '| group | mutation score | killed | survived |', '| --- | --- | --- | --- |', ...rows].join('\n'));
process.exit(failed ? 1 : 0);
