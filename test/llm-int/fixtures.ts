// Run summaries and the files Playwright leaves behind (spec, error-context.md, heal-evidence),
// written to a temp folder so runLlmStage reads them the way it does after a real run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClusterEntry, FailureEntry, HealingSummary } from '../../src/artifacts/summary.js';
import { healConfigSchema, type HealConfig, type HealConfigInput } from '../../src/config/schema.js';
import type { Category, FailureClass } from '../../src/triage/types.js';

/** Secrets seeded into failures; none may ever reach an LLM. */
export const SECRETS = {
  github: 'ghp_Zq4Jt8LmN2pR7sV1xW3yB5cD6eF9gH0kA1bC',
  jwt: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  password: 'hunter2-Sup3rS3cret',
  aws: 'AKIA2E0A8F3B244C9986',
  email: 'jane.doe@acme-corp.io',
} as const;
export const SECRET_VALUES: string[] = Object.values(SECRETS);

/** A valid answer to the analysis schema. */
export const VALID_ANSWER = {
  rootCause: 'The Save button was renamed to Store.',
  category: 'update-selectors',
  confidence: 0.82,
  investigationSteps: ['Open the customer form', 'Compare the button label with the locator'],
};

export function testConfig(over: HealConfigInput = {}): HealConfig {
  return healConfigSchema.parse(over);
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'hw-llm-'));
}

export interface ClusterSpec {
  fingerprint: string;
  category: Category;
  class: FailureClass;
  count: number;
  /** Unique text in the first failure's message, to find it in a prompt. */
  marker: string;
}

/** 50 failures in 3 clusters (30, 15, 5), listed smallest first to prove the stage sorts them. */
export const THREE_CLUSTERS: ClusterSpec[] = [
  { fingerprint: 'fp-small', category: 'fix-api-routes', class: 'B', count: 5, marker: 'marker-small-5' },
  { fingerprint: 'fp-large', category: 'update-selectors', class: 'B', count: 30, marker: 'marker-large-30' },
  { fingerprint: 'fp-mid', category: 'restart-backend', class: 'A', count: 15, marker: 'marker-mid-15' },
];

function specSource(secrets: boolean): string {
  const lines = [
    "import { test, expect } from '@playwright/test';",
    secrets ? `const PASSWORD = '${SECRETS.password}';` : "const USER = 'jane';",
    secrets ? `const AWS_KEY = '${SECRETS.aws}';` : "const REGION = 'eu';",
    '',
    "test('saves a customer', async ({ page }) => {",
    "  await page.goto('/customers/new');",
    '  // source-marker-7731',
    "  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();",
    '});',
  ];
  return lines.join('\n') + '\n';
}

function errorContext(marker: string, secrets: boolean): string {
  const filler = Array.from({ length: 80 }, (_, i) => `- listitem: row ${i}`);
  const page = [
    '- heading "Customers" [level=1]',
    ...filler.slice(0, 40),
    secrets ? `- paragraph: Signed in as ${SECRETS.email}` : '- paragraph: Signed in',
    secrets ? `- code: ${SECRETS.github}` : '- code: none',
    '- button "Store"',
    '- paragraph: snapshot-marker-4410',
    ...filler.slice(40),
  ];
  return [
    '# Test info',
    '',
    '- Name: customers.spec.ts >> saves a customer',
    '',
    '# Error details',
    '',
    '```',
    `Error: expect(locator).toBeVisible() failed (${marker})`,
    '```',
    '',
    '```yaml',
    ...page,
    '```',
    '',
    '# Test source',
    '',
    '```ts',
    "  7 |   // source-marker-7731",
    "> 8 |   await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();",
    '```',
    '',
  ].join('\n');
}

function message(marker: string, secrets: boolean): string {
  const leak = secrets
    ? `\nlogin as ${SECRETS.email} with password=${SECRETS.password}; deploy token ${SECRETS.github}\nAuthorization: Bearer ${SECRETS.jwt}\naws key ${SECRETS.aws}`
    : '';
  return [
    `Error: expect(locator).toBeVisible() failed (${marker})${leak}`,
    '',
    "Locator: getByRole('button', { name: 'Save' })",
    'Expected: visible',
    'Timeout: 5000ms',
    '',
    'Call log:',
    "  - Expect \"toBeVisible\" with timeout 5000ms",
    "  - waiting for getByRole('button', { name: 'Save' })",
  ].join('\n');
}

/**
 * A summary with the given clusters; the first failure of each cluster points at a real spec file,
 * error-context.md and heal-evidence.json in `dir`. With `secrets`, every one of those carries the
 * {@link SECRETS} (unredacted, as a careless capture would).
 */
export function makeSummary(dir: string, clusters: ClusterSpec[], opts: { secrets?: boolean } = {}): Pick<HealingSummary, 'failures' | 'clusters'> {
  const secrets = opts.secrets ?? false;
  writeFileSync(path.join(dir, 'customers.spec.ts'), specSource(secrets));
  const failures: FailureEntry[] = [];
  const entries: ClusterEntry[] = [];
  for (const c of clusters) {
    const out = path.join(dir, 'test-results', c.fingerprint);
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'error-context.md'), errorContext(c.marker, secrets));
    const evidence = {
      version: 1,
      responses: [{ method: 'POST', url: `http://127.0.0.1:3000/api/login?token=${secrets ? SECRETS.github : 'x'}`, status: 500, bodySnippet: secrets ? `{"error":"bad password=${SECRETS.password}"}` : '{}' }],
      consoleErrors: [`evidence-marker-9920${secrets ? ` user ${SECRETS.email}` : ''}`],
    };
    writeFileSync(path.join(out, 'heal-evidence.json'), JSON.stringify(evidence));
    const titles: string[] = [];
    for (let i = 0; i < c.count; i++) {
      const title = `customers.spec.ts › ${c.fingerprint} case ${i}`;
      titles.push(title);
      failures.push({
        testId: `${c.fingerprint}-${i}`,
        title: `${c.fingerprint} case ${i}`,
        titlePath: ['', 'customers.spec.ts', `${c.fingerprint} case ${i}`],
        project: '',
        file: 'customers.spec.ts',
        line: 5,
        outcome: 'unexpected',
        attempts: 1,
        status: 'failed',
        message: message(c.marker, secrets),
        triage: { class: c.class, category: c.category, confidence: 0.7, reasons: [`rule for ${c.category}`], rule: c.category, locator: "getByRole('button', { name: 'Save' })" },
        fingerprint: c.fingerprint,
        healable: true,
        artifacts:
          i === 0
            ? [
                { name: 'error-context', contentType: 'text/markdown', path: path.join(out, 'error-context.md') },
                { name: 'heal-evidence', contentType: 'application/json', path: path.join(out, 'heal-evidence.json') },
              ]
            : [],
      });
    }
    entries.push({ fingerprint: c.fingerprint, category: c.category, class: c.class, count: c.count, tests: titles, example: c.marker });
  }
  return { failures, clusters: entries };
}

/** Every string inside a JSON request body, plus the raw body: where a secret could hide. */
export function bodyTexts(body: string): string[] {
  const out = [body];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  try {
    walk(JSON.parse(body));
  } catch {
    // Not JSON (GET requests): the raw body is checked.
  }
  return out;
}

/** Seeded secrets found in any of the bodies (empty when none leaked). */
export function leakedSecrets(bodies: string[]): string[] {
  const texts = bodies.flatMap(bodyTexts);
  return SECRET_VALUES.filter((s) => texts.some((t) => t.includes(s)));
}
