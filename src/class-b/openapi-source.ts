// Loads the app's OpenAPI document for fix-api-routes: the `openapiUrl` option (URL or file), else
// `${API_URL}/openapi.json`. A missing or bad document is a reason, never a throw.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { request } from 'undici';
import { trimTrailingSlashes } from '../common/strings.js';
import { describeThrown } from '../common/errors.js';

export type OpenApiSource = { ok: true; doc: Record<string, unknown>; from: string } | { ok: false; reason: string };

const MAX_BYTES = 5 * 1024 * 1024;

function looksLikeOpenApi(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>).paths === 'object' && (v as Record<string, unknown>).paths !== null;
}

/** Where the document comes from, or undefined when neither the option nor API_URL says. */
export function openApiLocation(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (option) return option;
  const api = env.API_URL?.trim();
  return api ? `${trimTrailingSlashes(api)}/openapi.json` : undefined;
}

/** Reads the document from a URL or a file; `signal` (the pipeline's deadline) aborts the fetch. Never throws. */
export async function loadOpenApi(option: string | undefined, env: NodeJS.ProcessEnv, configDir: string, timeoutMs = 10_000, signal?: AbortSignal): Promise<OpenApiSource> {
  const where = openApiLocation(option, env);
  if (!where) return { ok: false, reason: 'no OpenAPI document: set the openapiUrl option (or API_URL, whose /openapi.json is used)' };
  let text: string;
  try {
    if (/^https?:\/\//i.test(where)) {
      const res = await request(where, { method: 'GET', headers: { accept: 'application/json' }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs, signal: signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), signal]) : AbortSignal.timeout(timeoutMs) });
      if (res.statusCode !== 200) {
        await res.body.dump();
        return { ok: false, reason: `GET ${where} answered ${res.statusCode}; check openapiUrl` };
      }
      text = await res.body.text();
    } else {
      text = await readFile(path.resolve(configDir, where), 'utf8');
    }
  } catch (err) {
    return { ok: false, reason: `could not read the OpenAPI document at ${where}: ${describeThrown(err)}` };
  }
  if (text.length > MAX_BYTES) return { ok: false, reason: `the OpenAPI document at ${where} is over ${MAX_BYTES} bytes` };
  try {
    const doc = JSON.parse(text) as unknown;
    if (!looksLikeOpenApi(doc)) return { ok: false, reason: `${where} is JSON but not an OpenAPI document (no "paths")` };
    return { ok: true, doc, from: where };
  } catch {
    return { ok: false, reason: `${where} is not JSON (only JSON OpenAPI documents are read)` };
  }
}
