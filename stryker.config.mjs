// Mutation testing of the modules that carry healwright's promises (`npm run mutation [group...]`,
// see scripts/mutation.mjs). One group per run: its source files are mutated and only its own tests
// run against each mutant, through node's test runner. Not part of CI: it takes minutes per group.
import { availableParallelism } from 'node:os';
import { MUTATION_GROUPS } from './scripts/mutation-groups.mjs';

const name = process.env.HEAL_MUTATION_GROUP ?? 'triage-text';
const group = MUTATION_GROUPS[name];
if (!group) throw new Error(`unknown mutation group "${name}"; known: ${Object.keys(MUTATION_GROUPS).join(', ')}`);

// With a checker, Stryker gives half the concurrency (rounded up) to checker processes and the rest to
// test runners: 2 is one of each, 4 is two of each (the type checker idles once its batches are
// checked, so 4 keeps two runners busy on a 2-core machine). Default: every core (at least 2).
const asked = process.env.HEAL_MUTATION_CONCURRENCY;
if (asked !== undefined && !/^[1-9][0-9]{0,2}$/.test(asked)) throw new Error(`HEAL_MUTATION_CONCURRENCY must be a whole number from 1 to 999, got "${asked}"`);
const concurrency = asked ? Number(asked) : Math.max(2, availableParallelism());
// HEAL_MUTATION_CHECKER=off runs without the TypeScript checker: a mutant that does not compile is then
// run as the JavaScript tsx makes of it and counts like any other, killed or survived (scores with and
// without the checker are not quite comparable: say which one a figure is).
// On two cores the checker is the bottleneck of the triage and redaction groups (each check of a
// mutant re-checks the whole program), so `off` makes them fit in a sitting.
const checker = process.env.HEAL_MUTATION_CHECKER ?? 'on';
if (checker !== 'on' && checker !== 'off') throw new Error(`HEAL_MUTATION_CHECKER must be "on" or "off", got "${checker}"`);

export default {
  packageManager: 'npm',
  mutate: group.mutate,
  // The tap runner runs each test file in its own node process (node's test runner prints TAP), and
  // with coverage per test file only the files that reach a mutant run for it.
  testRunner: 'tap',
  tap: { testFiles: group.tests, nodeArgs: ['--import', 'tsx', '--test-reporter=tap'], forceBail: true },
  checkers: checker === 'on' ? ['typescript'] : [],
  // Equivalent mutants ignored with a reason (see the file): triage's prefilter words.
  plugins: ['@stryker-mutator/*', './scripts/stryker-prefilter-ignorer.mjs'],
  ignorers: ['prefilter-words'],
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency,
  // Added to each mutant's expected time (its tests' time in the dry run, times 1.5). Mutants of loop
  // bounds (the redaction scan, window loops) never end: at 60 s each, 79 of them took most of a
  // redaction run on 2 cores; 15 s still leaves a loaded machine room for a slow run.
  timeoutMS: 15_000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  ignorePatterns: ['.tmp', 'healing-results', 'test-results', 'dist', 'reports', 'demo/data'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
