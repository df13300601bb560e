import type { z } from 'zod';
import { CONFIG_EXAMPLES, healConfigSchema, type HealConfig, type HealConfigInput } from './schema.js';
import { readEnvOverrides, type ConfigIssue } from './env.js';
import { placeholderFor, redactDeep, redactText } from '../redact/index.js';
import { isSecretObjectKey, secretTypeForKey } from '../redact/secret-names.js';

export type ConfigSource = 'env' | 'option' | 'file' | 'default';

export interface ResolvedConfig {
  config: HealConfig;
  /** Problems found; when non-empty healwright disables its own side effects for the run. */
  issues: ConfigIssue[];
  /** Where each top-level key's value came from. */
  sources: Record<string, ConfigSource>;
  /** True when a bad value forced healwright into dry-run for this run. */
  sideEffectsDisabled: boolean;
}

export interface ResolveInput {
  /** Reporter options from playwright.config.ts (Playwright's own `configDir` is ignored here). */
  options?: Record<string, unknown>;
  /** Contents of healing.config.* when there is one. */
  file?: Record<string, unknown>;
  fileName?: string;
  env?: NodeJS.ProcessEnv;
}

/** Keys that the reporter accepts but that are not healwright settings. */
const NON_CONFIG_KEYS = new Set(['configDir', 'configFile']);
const NESTED = new Set(['llm', 'artifacts', 'github']);

/**
 * The offending value as text for an issue: redacted before it is cut to 80 characters (a cut
 * secret no longer matches its format), since issues reach stderr, summary.md, the step summary,
 * healing-summary.json and latest.json.
 */
function show(value: unknown): string {
  try {
    const s = redactText(typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(redactDeep(value)) ?? String(value));
    return s.length > 80 ? s.slice(0, 77) + '...' : s;
  } catch {
    return redactText(String(value));
  }
}

/** Any string in `shown` (JSON text) of 12+ characters, no spaces, with letters and digits: a token, as likely as not. */
function looksLikeCredential(shown: string): boolean {
  for (const word of shown.split(/[\s"{}[\],:]+/)) {
    if (word.length >= 12 && /[A-Za-z]/.test(word) && /\d/.test(word) && !word.startsWith('[REDACTED_')) return true;
  }
  return false;
}

/** A value under a secret-named key (`github.token`, `llm.anthropicApiKey`) is never shown at all. */
function redactIssue(issue: ConfigIssue): ConfigIssue {
  // A mistyped key may hold anything (a token under `github.tokn`): its value is not needed to fix it.
  if (issue.message.startsWith('unknown option') && looksLikeCredential(issue.value)) return { ...issue, value: '(a value that looks like a credential, not shown)', source: redactText(issue.source) };
  const secretKey = issue.key.split('.').some((part) => isSecretObjectKey(part));
  const value = secretKey && issue.value !== '' && issue.value !== 'undefined' ? JSON.stringify(placeholderFor(secretTypeForKey(issue.key))) : redactText(issue.value);
  return { ...issue, value, source: redactText(issue.source) };
}

function closest(key: string, candidates: string[]): string | undefined {
  const k = key.toLowerCase();
  return candidates.find((c) => c.toLowerCase() === k) ?? candidates.find((c) => c.toLowerCase().startsWith(k.slice(0, 4)));
}

function firstMessage(err: z.ZodError): string {
  return err.issues[0]?.message ?? 'invalid value';
}

/** Validates one layer key by key, so every issue names its exact source and the rest of the layer survives. */
function validateLayer(layer: Record<string, unknown> | undefined, source: string, issues: ConfigIssue[]): HealConfigInput {
  const out: Record<string, unknown> = {};
  if (!layer) return out;
  const shape = healConfigSchema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(layer)) {
    // Playwright adds internal keys (`_mode`, `_commandHash`) to reporter options.
    if (NON_CONFIG_KEYS.has(key) || key.startsWith('_') || value === undefined) continue;
    const field = shape[key];
    if (!field) {
      const hint = closest(key, Object.keys(shape));
      issues.push({
        source: `${source} ${key}`,
        key,
        value: show(value),
        message: `unknown option${hint ? ` (did you mean '${hint}'?)` : ''}`,
        example: hint ? (CONFIG_EXAMPLES[hint] ?? hint) : Object.keys(shape).join(', '),
      });
      continue;
    }
    if (NESTED.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      // Validate nested keys one by one as well.
      const nestedShape = (healConfigSchema.shape[key as 'llm' | 'artifacts' | 'github'].unwrap() as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
      const nestedOut: Record<string, unknown> = {};
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        const subField = nestedShape[sub];
        const dotted = `${key}.${sub}`;
        if (!subField) {
          issues.push({ source: `${source} ${dotted}`, key: dotted, value: show(subValue), message: `unknown option; valid keys: ${Object.keys(nestedShape).join(', ')}`, example: CONFIG_EXAMPLES[key] ?? key });
          continue;
        }
        const r = subField.safeParse(subValue);
        if (r.success) nestedOut[sub] = r.data;
        else issues.push({ source: `${source} ${dotted}`, key: dotted, value: show(subValue), message: firstMessage(r.error), example: CONFIG_EXAMPLES[dotted] ?? CONFIG_EXAMPLES[key] ?? dotted });
      }
      out[key] = nestedOut;
      continue;
    }
    const r = field.safeParse(value);
    if (r.success) out[key] = r.data;
    else issues.push({ source: `${source} ${key}`, key, value: show(value), message: firstMessage(r.error), example: CONFIG_EXAMPLES[key] ?? key });
  }
  return out as HealConfigInput;
}

function mergeInto(target: Record<string, unknown>, layer: HealConfigInput, source: ConfigSource, sources: Record<string, ConfigSource>): void {
  for (const [key, value] of Object.entries(layer)) {
    if (NESTED.has(key)) {
      target[key] = { ...(target[key] as object | undefined), ...(value as object) };
    } else {
      target[key] = value;
    }
    sources[key] = source;
  }
}

/**
 * Resolves healwright's configuration: env vars > reporter options > healing.config.* > defaults.
 * Never throws: bad values are reported as issues, fall back to the lower layer, and switch side
 * effects off for the run.
 */
export function resolveConfig(input: ResolveInput = {}): ResolvedConfig {
  const issues: ConfigIssue[] = [];
  const fileLayer = validateLayer(input.file, `${input.fileName ?? 'healing.config'}:`, issues);
  const optionLayer = validateLayer(input.options, 'reporter option', issues);
  const env = readEnvOverrides(input.env ?? process.env);
  issues.push(...env.issues);

  const merged: Record<string, unknown> = {};
  const sources: Record<string, ConfigSource> = {};
  for (const key of Object.keys(healConfigSchema.shape)) sources[key] = 'default';
  mergeInto(merged, fileLayer, 'file', sources);
  mergeInto(merged, optionLayer, 'option', sources);
  mergeInto(merged, env.values, 'env', sources);

  const config = healConfigSchema.parse(merged);
  const sideEffectsDisabled = issues.length > 0;
  if (sideEffectsDisabled) config.dryRun = true;
  return { config, issues: issues.map(redactIssue), sources, sideEffectsDisabled };
}

/** One line per issue: what, where, the bad value and a good example. */
export function formatConfigIssue(issue: ConfigIssue): string {
  return redactText(`${issue.source}: ${issue.message}; got ${redactIssue(issue).value}. Example: ${issue.example}`);
}
