// What every heal stage works with, built once by the reporter at the end of the run: the resolved
// settings with the one dry-run decision, the run folder, Playwright's config and results, the
// environment, redaction, the log and the onEnd deadline.
import type { FullConfig, Suite } from '@playwright/test/reporter';
import type { HealingSummary } from '../artifacts/summary.js';
import type { Deadline } from '../common/deadline.js';
import type { PublishablePullRequest } from '../artifacts/publish-manifest.js';
import type { HealConfig } from '../config/schema.js';
import type { OpenApiSource } from '../class-b/openapi-source.js';
import type { ClassCRecord } from '../class-c/index.js';
import type { TestRecord } from './types.js';
import type { Log } from '../common/log.js';

export type { Log };

export interface RunContext {
  summary: HealingSummary;
  records: Map<string, TestRecord>;
  config: FullConfig;
  suite: Suite;
  heal: HealConfig;
  configDir: string;
  runDir: string;
  outputRoot: string;
  startedAt: Date;
  dryRun: boolean;
  merging: boolean;
  openapiPrefetch?: Promise<OpenApiSource>;
  env: NodeJS.ProcessEnv;
  redact: (text: string) => string;
  log: Log;
  /** Filled with the verified PRs for publish.json. */
  publishable?: PublishablePullRequest[];
  /** Alerts already sent by the pass before the LLM stage; the pass here appends to it. */
  alerts?: ClassCRecord[];
  /** The onEnd deadline: every network call of these stages carries its signal. */
  deadline?: Deadline;
  /** Runs one stage; a throw is logged and recorded, the next stage still runs. */
  stage: (name: string, fn: () => Promise<void>) => Promise<void>;
}
