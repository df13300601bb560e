import { HealwrightError } from '../common/errors.js';
/** Thrown for bad command-line usage; the CLI prints the message and the usage, exit 2. */
export class UsageError extends HealwrightError {
  override name = 'UsageError';
}

export const USAGE = `Usage: healwright <command> [options]

Commands:
  init [--config <playwright.config.ts>] [--config-file] [--workflow [--test-command <cmd>]] [--fixtures] [--dry-run]
                         Register the healwright reporter in playwright.config (the file is edited, not
                         rewritten) and git-ignore healing-results/; --config-file also writes a commented
                         healing.config.ts, --workflow a GitHub Actions workflow (a read-only test job and
                         a publish job), --fixtures points the tests' test/expect imports at
                         healwright/fixtures. --dry-run prints the diff and writes nothing. Exit 1 when the
                         config cannot be edited safely (nothing is written).
  config --check [--config <playwright.config.ts>] [--json]
                         Print the resolved configuration (secrets masked) or its errors (exit 1).
  triage <report.json> [--json]
                         Classify the failures of an existing Playwright JSON report, offline.
  doctor [--config <playwright.config.ts>] [--json]
                         Check the Playwright setup (version in the tested range, reporter registered,
                         projects, retries, actionTimeout, Chromium), GPU, Ollama, Anthropic, GitHub and
                         Railway; each line OK / WARN / FAIL with the next step (exit 1 on a FAIL line).
  redact [file] [--quiet]
                         Redact secrets and personal data from a file or stdin (what was found goes to stderr).
  metrics [--json] [--days N] [--dir <folder>] [--import <dir>]
                         Pass rate, health, flaky rate, MTTR, fix success, LLM cost and failure patterns
                         over the run history (healing-results/history.jsonl); --import merges the
                         history files and run folders of downloaded CI artifacts first.
  report [--out <file>] [--open yes|no] [--dir <folder>] [--days N]
                         Write the static health dashboard (default healing-results/index.html).
  publish <run folder> [--dry-run] [--repo <dir>] [--timeout <ms>]
                         Publish what a heal run left in its run folder (publish.json): security alerts
                         first, then the verified patches as PRs, then issues, deduped like the reporter.
                         Runs no test code. Token from GITHUB_TOKEN/GH_TOKEN, repository from
                         GITHUB_REPOSITORY, webhook from HEAL_ALERT_WEBHOOK; --repo is the checkout of the
                         tested commit (default: the current folder); --timeout defaults to
                         HEAL_ON_END_TIMEOUT or 600000. Exit 1 when an item failed, 2 for a bad folder.
  help                   Show this help.
  version                Print healwright's version.
`;
