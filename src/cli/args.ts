/** Thrown for bad command-line usage; the CLI prints the message and the usage, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: healwright <command> [options]

Commands:
  config --check [--config <playwright.config.ts>] [--json]
                         Print the resolved configuration (secrets masked) or its errors (exit 1).
  triage <report.json> [--json]
                         Classify the failures of an existing Playwright JSON report, offline.
  doctor [--json]        Check GPU, Ollama, Anthropic, GitHub and Railway; each line OK / WARN / FAIL with
                         the next step (exit 1 when something configured is broken).
  redact [file] [--quiet]
                         Redact secrets and personal data from a file or stdin (what was found goes to stderr).
  metrics [--json] [--days N] [--dir <folder>] [--import <dir>]
                         Pass rate, health, flaky rate, MTTR, fix success, LLM cost and failure patterns
                         over the run history (healing-results/history.jsonl); --import merges the
                         history files and run folders of downloaded CI artifacts first.
  report [--out <file>] [--open yes|no] [--dir <folder>] [--days N]
                         Write the static health dashboard (default healing-results/index.html).
  help                   Show this help.
  version                Print healwright's version.
`;
