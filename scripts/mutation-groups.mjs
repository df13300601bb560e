// The modules whose promises mutation testing checks, each with the tests that pin them.
export const MUTATION_GROUPS = {
  triage: {
    mutate: ['src/triage/**/*.ts'],
    tests: ['test/triage/*.test.ts'],
  },
  redaction: {
    mutate: ['src/llm/redact/**/*.ts'],
    tests: ['test/llm/redact.test.ts', 'test/llm/redact-variants.test.ts', 'test/llm/redact-api.test.ts', 'test/llm/redact-chunks.test.ts', 'test/llm/redact-adversarial.test.ts'],
  },
  'edit-check': {
    mutate: ['src/playbooks/class-b/verify/structure/**/*.ts'],
    tests: ['test/playbooks/class-b-verify/structural-check.test.ts', 'test/playbooks/class-b-verify/preflight.test.ts'],
  },
  'guardrails-locks': {
    mutate: ['src/playbooks/guardrails.ts', 'src/playbooks/lock.ts', 'src/playbooks/class-b/verify/budget.ts'],
    tests: ['test/playbooks/guardrails.test.ts', 'test/playbooks/class-b-verify/guardrails.test.ts', 'test/playbooks/shared-action.test.ts'],
  },
  'publish-dedupe': {
    mutate: ['src/playbooks/class-b/publish.ts', 'src/playbooks/class-c/markers.ts'],
    tests: ['test/playbooks/class-b/publish.test.ts', 'test/playbooks/class-b/publish-dedupe.test.ts', 'test/playbooks/class-c/run.test.ts'],
  },
};
