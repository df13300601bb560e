// Which folder of src/ may import which: dependencies point one way, from Playwright's hooks
// (reporter, fixtures) and the CLI, through the heal stages, to the class playbooks, then to the
// clients and the leaves (common, redact). `npm run lint` enforces it, cycles included (type-only
// imports count). A new edge is a design decision: add it here, and to docs/architecture.md.
/** @type {Record<string, string[]>} folder -> the folders it may import (besides itself). */
const DEPS = {
  common: [],
  redact: ['common'],
  config: ['common', 'redact'],
  triage: ['common', 'redact'],
  github: ['common', 'config'],
  railway: ['common', 'config'],
  restart: ['common', 'config', 'railway'],
  browser: ['common', 'config'],
  llm: ['common', 'config', 'redact', 'triage'],
  artifacts: ['common', 'config', 'llm', 'redact', 'triage'],
  metrics: ['common', 'artifacts'],
  'last-known-good': ['common', 'redact', 'triage', 'artifacts'],
  'class-a': ['common', 'config', 'redact', 'triage', 'artifacts', 'restart'],
  'class-b': ['common', 'config', 'redact', 'triage', 'artifacts', 'last-known-good'],
  'class-c': ['common', 'config', 'redact', 'triage', 'artifacts', 'github'],
  heal: ['common', 'config', 'redact', 'triage', 'artifacts', 'llm', 'github', 'last-known-good', 'class-a', 'class-b', 'class-c'],
  fixtures: ['common', 'config', 'redact', 'triage', 'artifacts', 'llm', 'restart', 'browser', 'last-known-good', 'class-a'],
  reporter: ['common', 'config', 'redact', 'triage', 'artifacts', 'last-known-good', 'class-b', 'heal'],
  cli: ['common', 'config', 'redact', 'triage', 'artifacts', 'metrics', 'llm', 'github', 'railway', 'browser', 'class-b', 'class-c', 'heal'],
};

const alt = (names) => names.map((n) => n.replace(/[-]/g, '\\-')).join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle (type-only imports count): move the shared type or function to the module both can import.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'fixtures-load-light',
      severity: 'error',
      comment:
        'Every test worker loads the fixtures: the Class A fixes (and their clients) load on the first retry only, by a dynamic import in test.ts (about 80 ms a worker otherwise; bench/evidence.ts).',
      from: { path: '^src/fixtures/(index|test|evidence|last-known-good|lkg-budget|lkg-read|dom-capture|options)\\.ts$' },
      to: { path: '^src/(class-a/|fixtures/before-retry\\.ts$|triage/handover\\.ts$)', dynamic: false },
    },
    {
      name: 'reporter-loads-light',
      severity: 'error',
      comment:
        "Playwright loads the reporter before the run starts: the heal pipeline (LLM clients, GitHub, the playbooks, the TypeScript parser; about 0.6 s) loads from onBegin through heal/pipeline.ts's dynamic import, while the workers start. Type-only imports are fine.",
      from: { path: '^src/reporter/' },
      to: { path: '^src/(heal/(run|llm|class-a|context|publish-manifest|pipeline)\\.ts$|class-b/update-selectors/|llm/|github/)', dynamic: false, dependencyTypesNot: ['type-only', 'type-import'] },
    },
  ],
  allowed: [
    { comment: 'node built-ins and packages', from: { path: '^src/' }, to: { pathNot: '^src/' } },
    { comment: 'the package entry re-exports the public API', from: { path: '^src/index\\.ts$' }, to: { path: '^src/' } },
    ...Object.entries(DEPS).map(([folder, deps]) => ({
      comment: `${folder}/ imports ${deps.length ? deps.join(', ') : 'nothing else in src'}`,
      from: { path: `^src/${folder.replace(/-/g, '\\-')}/` },
      to: { path: `^src/(${alt([folder, ...deps])})/` },
    })),
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
