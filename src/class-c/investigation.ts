// Suggested investigation steps when no LLM proposed any: concrete commands for the failing test.
import type { ClassCCategory } from './types.js';

/** What the templates fill in; every text here is already redacted. */
export interface InvestigationInput {
  category: ClassCCategory;
  /** `file:line` of the first failing test, relative to the repo. */
  location: string;
  project: string;
  /** Path of its trace, when one was kept. */
  trace?: string;
  /** Path of its error-context.md, when there is one. */
  errorContext?: string;
  /** When the cluster first failed, for "what changed since". */
  firstSeen: string;
}

function rerun(i: InvestigationInput, extra: string): string {
  const project = i.project ? ` --project=${i.project}` : '';
  return `\`npx playwright test ${i.location}${project} --retries=0${extra}\``;
}

function traceStep(i: InvestigationInput, what: string): string {
  return i.trace
    ? `Open the trace: \`npx playwright show-trace ${i.trace}\` and ${what}`
    : `Re-run with a trace (${rerun(i, ' --trace=on')}), open it with \`npx playwright show-trace\` and ${what}`;
}

const TEMPLATES: Record<ClassCCategory, (i: InvestigationInput) => string[]> = {
  unknown: (i) => [
    `Reproduce it alone, without retries: ${rerun(i, '')}. If it passes, run it ten times (\`--repeat-each=10\`) to tell a flaky test from a broken one.`,
    traceStep(i, 'find the first action that did not do what the test expected; compare its DOM snapshot with the screenshot.'),
    i.errorContext
      ? `Read ${i.errorContext}: its page snapshot shows what was on screen when the test failed (an error page, a login form, a spinner?).`
      : 'Check the screenshot: an error page, a login form or a spinner points at the app rather than the test.',
    `List what changed since it first failed (${i.firstSeen}): \`git log --since="${i.firstSeen}" --stat\`, plus any deploys or data changes of the app under test.`,
    "If the cause is one healwright should fix on its own (a moved selector, a changed route, restartable backend), note the message: a new triage rule in src/triage/rules.ts keeps the next one out of this queue.",
  ],
  security: (i) => [
    'Treat it as a possible regression in a security control: fix the app, do not relax the test.',
    i.errorContext
      ? `Read ${i.errorContext} and the failing expectation: which control changed (a header such as Content-Security-Policy, X-Frame-Options or X-Content-Type-Options, an endpoint answering without authentication, a secret in a response)?`
      : 'From the failing expectation, find which control changed (a security header, an endpoint answering without authentication, a secret in a response).',
    'Check the live deployment directly: `curl -sI <url>` for headers, `curl -s -o /dev/null -w "%{http_code}" <api url>` without credentials for access control.',
    `Find what changed since it first failed (${i.firstSeen}): app middleware, reverse proxy or CDN header rules, auth configuration, and the deploys in between.`,
    'If a credential or personal data was exposed, rotate it and review access logs from the first-seen time on, even though this report shows it redacted.',
    `Confirm the fix with ${rerun(i, '')} before closing this issue.`,
  ],
  performance: (i) => [
    'Compare the timings above with earlier runs (healing-results/*/healing-summary.json): a steady climb points at the app, a one-off spike at the environment.',
    traceStep(i, 'sort the network tab by duration: is the time spent waiting for the server, downloading, or in the browser?'),
    'Time the slow request outside the browser: `curl -o /dev/null -s -w "connect %{time_connect}s first byte %{time_starttransfer}s total %{time_total}s\\n" <url>`.',
    `Check the backend around ${i.firstSeen}: a cold start or sleeping service, slow database queries, a deploy that added work to this page or endpoint.`,
    `Rule out the test machine: run ${rerun(i, ' --workers=1')} and compare with the CI run (CPU contention on a shared runner slows every timing).`,
    'Raise the limit (`test.setTimeout`, `expect(...).toBeVisible({ timeout })`, the budget constant) only if the slower timing is accepted as the new budget: otherwise it hides the regression.',
  ],
};

/** Steps for a person to follow, specific to the category and the failing test. */
export function templateInvestigationSteps(input: InvestigationInput): string[] {
  return TEMPLATES[input.category](input);
}
