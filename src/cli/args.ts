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
  redact [file] [--quiet]
                         Redact secrets and personal data from a file or stdin (what was found goes to stderr).
  help                   Show this help.
  version                Print healwright's version.
`;
