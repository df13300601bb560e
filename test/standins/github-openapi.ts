// GitHub's own OpenAPI description (the routes healwright uses, extracted into
// test/data/github-openapi/routes.json by scripts/extract-github-openapi.mjs) compiled with ajv:
// matches a request to its operation and says, precisely and in GitHub's words, what is wrong with it.
// The stand-in answers 422 for anything listed here, so a request GitHub would reject fails in tests too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export interface OpenApiOperation {
  operationId: string;
  documentationUrl: string | null;
  parameters: Parameter[];
  requestBody: { required: boolean; schema: Schema } | null;
  responses: Record<string, Schema | null>;
}

interface RoutesFile {
  source: { package: string; version: string; file: string; openapi: string };
  routes: Record<string, OpenApiOperation>;
}

/** One thing wrong with a request. `message` is GitHub's wording where GitHub has one. */
export interface RequestIssue {
  location: 'path' | 'query' | 'body';
  /** Parameter name, or a JSON pointer into the body (`/tree/0/mode`). */
  pointer: string;
  message: string;
}

export interface MatchedRoute {
  /** `METHOD /template`, the key in routes.json, e.g. `POST /repos/{owner}/{repo}/git/trees`. */
  route: string;
  operation: OpenApiOperation;
  /** Decoded path parameters. */
  params: Record<string, string>;
}

const ROUTES_FILE = new URL('../data/github-openapi/routes.json', import.meta.url);
const spec = JSON.parse(readFileSync(ROUTES_FILE, 'utf8')) as RoutesFile;

/** Package and version the routes were extracted from. */
export const openApiSource = spec.source;
/** Every route key in routes.json. */
export const openApiRoutes = Object.keys(spec.routes);

// ajv-formats is CommonJS; under NodeNext its default import is the module object at type level.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
function makeAjv(allErrors: boolean): Ajv {
  const ajv = new Ajv({ allErrors, allowUnionTypes: true, strictTypes: false });
  addFormats(ajv);
  ajv.addFormat('repo.nwo', /^[\w.-]+\/[\w.-]+$/);
  return ajv;
}
// Requests report every problem; responses stop at the first (their schemas are large and slow to compile).
const requestAjv = makeAjv(true);
const responseAjv = makeAjv(false);

/** OpenAPI 3.0 `nullable` becomes JSON Schema `null` in the type (ajv wants `type` beside `nullable`). */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const s = node as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(s)) {
    if (key === 'nullable') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, toJsonSchema(v)]));
    } else if (key === 'enum' || key === 'required' || key === 'type') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (s.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

/**
 * Replaces every large subschema with a `$ref` to one shared copy: routes.json inlines `simple-user` or
 * `repository` dozens of times, and ajv compiles a shared schema once instead of at each place.
 */
function share(node: unknown, ajv: Ajv): unknown {
  if (Array.isArray(node)) return node.map((n) => share(n, ajv));
  if (typeof node !== 'object' || node === null) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, share(v, ajv)]))
      : key === 'enum' || key === 'required' || key === 'type' ? value : share(value, ajv);
  }
  const text = JSON.stringify(out);
  if (text.length < 500) return out;
  const id = `urn:github-schema:${createHash('sha1').update(text).digest('hex')}`;
  if (!sharedIds.has(id)) {
    sharedIds.add(id);
    ajv.addSchema({ ...out, $id: id });
  }
  return { $ref: id };
}
const sharedIds = new Set<string>();

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: Schema, ajv = requestAjv): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    const json = toJsonSchema(schema) as Schema;
    fn = ajv.compile((ajv === responseAjv ? share(json, ajv) : json) as Schema);
    compiled.set(key, fn);
  }
  return fn;
}

// `{ref}` in the git ref routes spans slashes (`heads/heal/fix-1`) when a client does not encode them.
const matchers = openApiRoutes.map((route) => {
  const [method = '', template = ''] = route.split(' ');
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return name === 'ref' ? '(.+)' : '([^/]+)';
  });
  return { route, method, names, regex: new RegExp(`^${source}$`) };
});

/** The operation for `method pathname`, or null when GitHub has no such route (GitHub answers 404). */
export function matchRoute(method: string, pathname: string): MatchedRoute | null {
  for (const m of matchers) {
    if (m.method !== method) continue;
    const hit = m.regex.exec(pathname);
    if (!hit) continue;
    const params: Record<string, string> = {};
    m.names.forEach((name, i) => (params[name] = decodeURIComponent(hit[i + 1] ?? '')));
    const operation = spec.routes[m.route] as OpenApiOperation;
    return { route: m.route, operation, params };
  }
  return null;
}

/** How GitHub writes a value in its validation messages (`nil`, `"text"`, `42`). */
function show(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  return JSON.stringify(value);
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** Phrases an ajv error the way GitHub's "Invalid request." messages do. */
function bodyMessage(e: ErrorObject, body: unknown): string {
  const parts = e.instancePath.split('/').filter(Boolean);
  const last = parts[parts.length - 1];
  const where = last === undefined ? '' : /^\d+$/.test(last) ? "For 'items', " : `For 'properties/${last}', `;
  const value = show(valueAt(body, e.instancePath));
  switch (e.keyword) {
    case 'required':
      return `"${String(e.params.missingProperty)}" wasn't supplied.`;
    case 'type':
      return `${where}${value} is not ${/^[aeiou]/.test(String(e.params.type)) ? 'an' : 'a'} ${String(e.params.type).replace(',null', ' or null')}.`;
    case 'enum':
      return `${where}${value} is not one of ${JSON.stringify(e.params.allowedValues).replace(/,/g, ', ')}.`;
    case 'additionalProperties':
      return `"${String(e.params.additionalProperty)}" is not a permitted key.`;
    case 'format':
      return `${where}${value} is not a valid ${String(e.params.format)}.`;
    default:
      return `${where}${value} ${e.message ?? 'is invalid'}.`;
  }
}

function coerce(raw: string, schema: Schema): { ok: true; value: unknown } | { ok: false } {
  if (schema.type === 'integer') return /^-?\d+$/.test(raw) ? { ok: true, value: Number(raw) } : { ok: false };
  if (schema.type === 'number') return raw.trim() !== '' && Number.isFinite(Number(raw)) ? { ok: true, value: Number(raw) } : { ok: false };
  if (schema.type === 'boolean') return raw === 'true' || raw === 'false' ? { ok: true, value: raw === 'true' } : { ok: false };
  return { ok: true, value: raw };
}

function checkParam(p: Parameter, raw: string, route: string): string | null {
  const value = coerce(raw, p.schema);
  if (!value.ok) return `${p.name}=${JSON.stringify(raw)} is not ${p.schema.type === 'integer' ? 'an' : 'a'} ${String(p.schema.type)}.`;
  const fn = validator(`${route} ${p.in} ${p.name}`, p.schema);
  if (fn(value.value)) return null;
  const e = fn.errors?.[0];
  if (e?.keyword === 'enum') return `${p.name}=${JSON.stringify(raw)} is not one of ${JSON.stringify(e.params.allowedValues)}.`;
  return `${p.name}=${JSON.stringify(raw)} ${e?.message ?? 'is invalid'}.`;
}

/**
 * Everything GitHub's description says is wrong with this request: path parameters, query parameters
 * (type, enum, format; an unknown one is reported too, because GitHub silently ignores it and that
 * hides client bugs) and the JSON body.
 */
export function validateRequest(match: MatchedRoute, query: URLSearchParams, body: unknown, hasBody: boolean): RequestIssue[] {
  const issues: RequestIssue[] = [];
  const { operation, route } = match;
  for (const p of operation.parameters) {
    if (p.in === 'path') {
      const problem = checkParam(p, match.params[p.name] ?? '', route);
      if (problem) issues.push({ location: 'path', pointer: p.name, message: problem });
    } else if (p.in === 'query') {
      const raw = query.get(p.name);
      if (raw === null) {
        if (p.required) issues.push({ location: 'query', pointer: p.name, message: `${p.name} wasn't supplied.` });
        continue;
      }
      const problem = checkParam(p, raw, route);
      if (problem) issues.push({ location: 'query', pointer: p.name, message: problem });
    }
  }
  const known = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) issues.push({ location: 'query', pointer: name, message: `${name} is not a parameter of ${route}.` });
  }
  const rb = operation.requestBody;
  if (!rb) {
    if (hasBody) issues.push({ location: 'body', pointer: '', message: `${route} takes no request body.` });
    return issues;
  }
  if (!hasBody) {
    if (rb.required) issues.push({ location: 'body', pointer: '', message: 'nil is not an object.' });
    return issues;
  }
  const fn = validator(`${route} body`, rb.schema);
  if (!fn(body)) {
    for (const e of fn.errors ?? []) issues.push({ location: 'body', pointer: e.instancePath, message: bodyMessage(e, body) });
  }
  return issues;
}

/** Mismatches between a response body and the route's schema for that 2xx status ([] when none or no schema). */
export function validateResponse(route: string, status: number, body: unknown): string[] {
  const schema = spec.routes[route]?.responses[String(status)];
  if (!schema) return [];
  const fn = validator(`${route} ${status}`, schema, responseAjv);
  if (fn(body)) return [];
  return (fn.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} (${e.schemaPath})`);
}

/** The 2xx statuses the description lists for a route. */
export function responseStatuses(route: string): number[] {
  return Object.keys(spec.routes[route]?.responses ?? {}).map(Number);
}
