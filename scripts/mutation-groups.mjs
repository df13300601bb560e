// The modules whose promises mutation testing checks, each with the tests that pin them.
const REDACTION_CHECKS = ['src/redact/value-checks.ts', 'src/redact/allowlist.ts', 'src/redact/checksums.ts', 'src/redact/secret-names.ts', 'src/redact/types.ts'];

export const MUTATION_GROUPS = {
  // triage/ in two groups, so that each fits in a sitting: the rule table and its signals (most of the
  // regular expressions, about two thirds of the mutants), and the rest (fingerprints, clusters, text
  // normalisation, the DOM snapshot reader, input caps, the hand-over).
  'triage-rules': {
    mutate: ['src/triage/rules.ts', 'src/triage/signals.ts'],
    // The triage test files in one process (see the file): one node start per mutant, not one per file.
    tests: ['test/triage/all-for-mutation.ts'],
  },
  'triage-text': {
    mutate: ['src/triage/**/*.ts', '!src/triage/rules.ts', '!src/triage/signals.ts'],
    // Also the tests of the triage parts used elsewhere: the linear forms against the regexes they
    // replaced, the DOM snapshot reader (healer), the hand-over and the selector parser.
    tests: ['test/triage/*.test.ts', 'test/regex-safety/linear-forms.test.ts', 'test/class-b/dom-heal.test.ts', 'test/class-a/records.test.ts', 'test/class-b/selector-parsing.test.ts'],
  },
  // Redaction in three groups, as triage, so that each fits in a sitting (about 5,000 mutants together):
  // the pipeline (keyword scan, gates, windows, applying patterns, chunks, deep walk; about 1,100), the
  // value judgements (secret-looking values, keep list, checksums, key names; about 1,200) and the
  // pattern tables (about 2,750, most of them in the regexes).
  redaction: {
    mutate: ['src/redact/*.ts', ...REDACTION_CHECKS.map((f) => '!' + f)],
    // The fast redaction test files in one process (see the file): one node start per mutant.
    tests: ['test/redact/all-for-mutation.ts'],
  },
  'redaction-checks': {
    mutate: REDACTION_CHECKS,
    tests: ['test/redact/all-for-mutation.ts'],
  },
  'redaction-patterns': {
    mutate: ['src/redact/patterns/**/*.ts'],
    tests: ['test/redact/all-for-mutation.ts'],
  },
  'edit-check': {
    mutate: ['src/class-b/verify/structure/**/*.ts'],
    tests: ['test/class-b/verify/structural-check.test.ts', 'test/class-b/verify/preflight.test.ts', 'test/class-b/verify/edit-check-units.test.ts'],
  },
  'guardrails-locks': {
    mutate: ['src/class-a/guardrails.ts', 'src/common/lock.ts', 'src/common/lock-owner.ts', 'src/class-b/verify/budget.ts'],
    tests: ['test/class-a/guardrails.test.ts', 'test/class-a/guardrails-processes.test.ts', 'test/class-b/verify/guardrails.test.ts', 'test/class-a/shared-action.test.ts', 'test/artifacts/lock.test.ts', 'test/artifacts/lock-units.test.ts', 'test/class-b/verify/budget.test.ts'],
  },
  'publish-dedupe': {
    mutate: ['src/class-b/publish.ts', 'src/class-c/markers.ts'],
    tests: ['test/class-b/publish.test.ts', 'test/class-b/publish-dedupe.test.ts', 'test/class-c/run.test.ts', 'test/class-c/markers.test.ts'],
  },
  // The reporter's hooks: every hook guarded, Playwright's exit code never changed. Driven in one
  // process on the objects Playwright hands a reporter: the real-run tests (exit-code, reporter) load
  // healwright from dist/, which Stryker neither mutates nor copies, so they cannot see a mutant.
  'reporter-hooks': {
    mutate: ['src/reporter/reporter.ts'],
    tests: ['test/reporter/hooks-units.test.ts', 'test/reporter/no-run-folder.test.ts'],
  },
};
