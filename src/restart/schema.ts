import { z } from 'zod';
import type { RailwayRestartOptions } from './railway.js';
import { HealwrightError } from '../common/errors.js';

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().min(0);
const httpUrl = z.string().refine((v) => /^https?:$/.test(URL.canParse(v) ? new URL(v).protocol : ''), {
  message: 'expected an http(s) URL',
});
const nonEmpty = z.string().trim().min(1, 'expected a non-empty string');

/** The serializable keys of a Railway provider config (functions and dispatchers are passed in code). */
export const railwayProviderSchema = z
  .object({
    type: z.literal('railway'),
    apiUrl: httpUrl.optional(),
    projectToken: nonEmpty.optional(),
    apiToken: nonEmpty.optional(),
    serviceId: nonEmpty.optional(),
    environmentId: nonEmpty.optional(),
    requestTimeoutMs: positiveInt.optional(),
    pollIntervalMs: nonNegativeInt.optional(),
    deadlineMs: positiveInt.optional(),
    maxRetries: nonNegativeInt.optional(),
    maxRetryDelayMs: nonNegativeInt.optional(),
    strategy: z.enum(['service', 'deployment']).optional(),
  })
  .strict();

export const commandProviderSchema = z
  .object({
    type: z.literal('command'),
    command: nonEmpty,
    timeoutMs: positiveInt.optional(),
    cwd: nonEmpty.optional(),
  })
  .strict();

export const deployHookProviderSchema = z
  .object({
    type: z.literal('deploy-hook'),
    url: httpUrl,
    timeoutMs: positiveInt.optional(),
  })
  .strict();

/** Validates a restart provider config as it may appear in `healing.config.ts` or reporter options. */
export const restartProviderSchema = z.discriminatedUnion('type', [railwayProviderSchema, commandProviderSchema, deployHookProviderSchema]);

/** How the backend under test is restarted. */
export type RestartProviderConfig =
  | ({ type: 'railway' } & Omit<RailwayRestartOptions, 'client'>)
  | { type: 'command'; command: string; timeoutMs?: number; cwd?: string }
  | { type: 'deploy-hook'; url: string; timeoutMs?: number };

/** A good config per type, shown in errors. */
export const RESTART_PROVIDER_EXAMPLES: Record<RestartProviderConfig['type'], string> = {
  railway: "{ type: 'railway', serviceId: 'svc-id', environmentId: 'env-id', pollIntervalMs: 10000 } (token from RAILWAY_TOKEN)",
  command: "{ type: 'command', command: 'docker compose restart api', timeoutMs: 120000 }",
  'deploy-hook': "{ type: 'deploy-hook', url: 'https://example.com/deploy/hook-id?key=...', timeoutMs: 30000 }",
};

/** One problem in a restart provider config. */
export interface RestartConfigIssue {
  /** Dotted key, e.g. `restart.timeoutMs`. */
  key: string;
  /** The offending value as text (tokens and URLs masked). */
  value: string;
  message: string;
}

/** The restart provider config is invalid; the message names each key, its value and a valid example. */
export class RestartConfigError extends HealwrightError {
  override name = 'RestartConfigError';
  readonly issues: readonly RestartConfigIssue[];

  constructor(issues: RestartConfigIssue[], example: string) {
    const lines = issues.map((i) => `  - ${i.key}: ${i.message} (got ${i.value})`);
    super(`Invalid restart provider config:\n${lines.join('\n')}\nExample: ${example}`);
    this.issues = issues;
  }
}

// Tokens and hook URLs are secrets: never echo them in an error.
const isSecretKey = (key: PropertyKey | undefined) => typeof key === 'string' && (/token/i.test(key) || key === 'url');

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur = input;
  for (const key of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[key] : undefined;
  return cur;
}

function show(value: unknown, key: PropertyKey | undefined): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string' && isSecretKey(key) && value.length > 0) return '"***"';
  const text = typeof value === 'function' ? 'a function' : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * Parses a restart provider config, throwing one {@link RestartConfigError} that lists every
 * problem. `prefix` names where the config sits (default `restart`).
 */
export function parseRestartProviderConfig(input: unknown, prefix = 'restart'): z.output<typeof restartProviderSchema> {
  const parsed = restartProviderSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const type = (input as { type?: unknown } | null)?.type;
  const example =
    typeof type === 'string' && type in RESTART_PROVIDER_EXAMPLES
      ? RESTART_PROVIDER_EXAMPLES[type as RestartProviderConfig['type']]
      : Object.values(RESTART_PROVIDER_EXAMPLES).join(' or ');
  const issues = parsed.error.issues.map((issue): RestartConfigIssue => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.join(', ');
      return { key: [prefix, ...issue.path.map(String)].join('.'), value: keys, message: `unknown key(s) for type '${String(type)}'` };
    }
    const last = issue.path[issue.path.length - 1];
    const message =
      issue.code === 'invalid_union' && last === 'type'
        ? "expected type 'railway', 'command' or 'deploy-hook'"
        : issue.message;
    return { key: [prefix, ...issue.path.map(String)].join('.'), value: show(valueAt(input, issue.path), last), message };
  });
  throw new RestartConfigError(issues, example);
}
