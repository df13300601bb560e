// publish.json: what a run leaves for `healwright publish` (the CI job that holds the write token and
// runs no test code). Paths are relative to the run folder; bodies stay in the files the run wrote.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { HealwrightError, describeThrown } from '../common/errors.js';
import { writeJson } from './fs.js';

export const PUBLISH_MANIFEST = 'publish.json';

const relFile = (dir: string, ext: string) =>
  z
    .string()
    .regex(new RegExp(`^${dir}/[\\w.-]+\\.${ext}$`), `expected ${dir}/<name>.${ext} inside the run folder`);
const fingerprint = z.string().regex(/^[0-9a-f]{6,64}$/, 'expected a hex fingerprint');

const pullRequestSchema = z
  .object({
    category: z.enum(['update-selectors', 'fix-api-routes', 'update-test-data']),
    /** Only verified patches are listed; publish refuses anything else. */
    verified: z.literal(true),
    patchFile: relFile('pull-requests', 'patch'),
    bodyFile: relFile('pull-requests', 'md'),
    title: z.string().min(1).max(256),
    commitMessage: z.string().min(1),
    /** `<!-- healwright:fingerprint=... -->` of every fix: an open PR carrying all of them gets a comment instead. */
    markers: z.array(z.string().regex(/^<!-- healwright:fingerprint=[\w-]+ -->$/)).min(1),
    labels: z.array(z.string().min(1)),
    reviewers: z.array(z.string().min(1)),
    baseBranch: z.string().min(1).optional(),
    /** What the run itself did with it (`opened`/`commented`: already published). */
    runStatus: z.enum(['opened', 'commented', 'written', 'dry-run', 'failed', 'skipped']),
  })
  .strict();

const issueSchema = z
  .object({
    fingerprint,
    category: z.enum(['unknown', 'security', 'performance']),
    runStatus: z.enum(['created', 'commented', 'resolved', 'closed', 'written', 'dry-run', 'failed', 'skipped']),
  })
  .strict();

const alertSchema = z
  .object({
    fingerprint,
    file: relFile('alerts', 'json'),
    runStatus: z.enum(['sent', 'written', 'dry-run', 'failed', 'skipped']),
  })
  .strict();

export const publishManifestSchema = z
  .object({
    schemaVersion: z.literal(1),
    runId: z.string().regex(/^[\w.-]+$/),
    createdAt: z.string().min(1),
    /** The run was a dry run: publish sends nothing from it. */
    dryRun: z.boolean(),
    /** `git rev-parse HEAD` of the repository the run tested, when it was a git work tree. */
    baseCommit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
    /** Extra labels of Class C issues (config `github.labels`). */
    issueLabels: z.array(z.string().min(1)),
    pullRequests: z.array(pullRequestSchema),
    issues: z.array(issueSchema),
    alerts: z.array(alertSchema),
  })
  .strict();

export type PublishManifest = z.output<typeof publishManifestSchema>;
export type PublishablePullRequest = PublishManifest['pullRequests'][number];

/** A run folder or its manifest that `healwright publish` cannot use; nothing was published. */
export class PublishInputError extends HealwrightError {
  override name = 'PublishInputError';
}

export function writePublishManifest(runDir: string, manifest: PublishManifest): void {
  writeJson(path.join(runDir, PUBLISH_MANIFEST), publishManifestSchema.parse(manifest));
}

/** Reads and validates `<runDir>/publish.json` and the files it names. Throws PublishInputError. */
export function readPublishManifest(runDir: string): PublishManifest {
  if (!existsSync(runDir) || !statSync(runDir).isDirectory()) {
    throw new PublishInputError(`${runDir} is not a folder. Pass the run folder the heal job uploaded (healing-results/run-<time>-<id>).`);
  }
  const file = path.join(runDir, PUBLISH_MANIFEST);
  if (!existsSync(file)) {
    throw new PublishInputError(`${file} is missing. Pass a run folder (healing-results/run-...) written by healwright 0.1+ with the reporter enabled; the folder holds healing-summary.json and publish.json.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PublishInputError(`${file} is not valid JSON (${describeThrown(err)}). Re-run the heal job to write it again; do not edit it by hand.`);
  }
  const parsed = publishManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : '(top level)';
    throw new PublishInputError(`${file} is malformed at ${where}: ${first?.message ?? 'invalid'}. Re-run the heal job to write it again; nothing was published.`);
  }
  const m = parsed.data;
  const named = [...m.pullRequests.flatMap((p) => [p.patchFile, p.bodyFile]), ...m.alerts.map((a) => a.file)];
  for (const rel of named) {
    if (!existsSync(path.join(runDir, rel))) throw new PublishInputError(`${file} names ${rel}, which is not in ${runDir}. Upload the whole run folder as the artifact; nothing was published.`);
  }
  return m;
}
