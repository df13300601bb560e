// Local stand-in for Railway's GraphQL API (POST /graphql/v2). It parses each operation, validates it
// against the slice of Railway's schema healwright uses (as graphql-js would) and answers like Railway.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http.js';

export interface StandInDeployment {
  id: string;
  status: string;
  canRedeploy: boolean;
  /** Statuses a redeployed deployment walks through, one per observation; empty for settled ones. */
  script: string[];
  observed: number;
  /** serviceInstance reads left before it shows up as latestDeployment. */
  hiddenFor: number;
  /** The onRedeploy hook's fate: its final status waits for it. */
  hook: 'none' | 'pending' | 'done' | 'failed';
}

export interface RedeployEvent {
  kind: 'service' | 'deployment';
  previousId: string;
  deploymentId: string;
}

export interface RailwayStandInOptions {
  /** Accepted `Project-Access-Token`. Default `project-token-standin`. */
  projectToken?: string;
  /** Accepted `Authorization: Bearer` token. Default `api-token-standin`. */
  apiToken?: string;
  serviceId?: string;
  environmentId?: string;
  /** How a bad token is answered: Railway's HTTP 200 "Not Authorized" (default) or a bare HTTP 401. */
  authFailure?: 'graphql' | 'http401';
  /** The service's deployment before any redeploy; null = never deployed. */
  initialDeployment?: { id?: string; status?: string; canRedeploy?: boolean } | null;
  /** Shorthand for `initialDeployment.canRedeploy` (default true). */
  canRedeploy?: boolean;
  /** Statuses of a new deployment, one per poll. Default QUEUED, BUILDING, DEPLOYING, SUCCESS. */
  lifecycle?: string[];
  /** serviceInstance reads before a new deployment becomes the latest one. Default 0. */
  newDeploymentLagPolls?: number;
  /** Answer the next `times` requests with 429 (Infinity: forever). */
  rateLimit?: { times: number; retryAfter?: string | null };
  /** Delay before every answer, in ms. */
  delayMs?: number;
  /** Called when a redeploy is accepted; the new deployment reaches its final status only after it settles. */
  onRedeploy?: (event: RedeployEvent) => Promise<void> | void;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  /** Top-level field asked for, when the operation parsed. */
  field?: string;
  status: number;
}

export interface RailwayStandInState {
  projectToken: string;
  apiToken: string;
  serviceId: string;
  environmentId: string;
  authFailure: 'graphql' | 'http401';
  lifecycle: string[];
  lagPolls: number;
  rateLimitRemaining: number;
  retryAfter: string | null;
  delayMs: number;
  deployments: StandInDeployment[];
  redeploys: RedeployEvent[];
}

export interface RailwayStandIn {
  url: string;
  requests: RecordedRequest[];
  state: RailwayStandInState;
  /** The deployment serviceInstance.latestDeployment currently answers with (without observing it). */
  latest(): StandInDeployment | undefined;
  close(): Promise<void>;
}

// ---- the slice of Railway's schema the stand-in knows ------------------------------------------
type FieldDef = { args: Record<string, string>; type: string };
const ROOT: Record<'query' | 'mutation', Record<string, FieldDef>> = {
  query: {
    serviceInstance: { args: { environmentId: 'String!', serviceId: 'String!' }, type: 'ServiceInstance!' },
    deployment: { args: { id: 'String!' }, type: 'Deployment!' },
  },
  mutation: {
    serviceInstanceRedeploy: { args: { environmentId: 'String!', serviceId: 'String!' }, type: 'Boolean!' },
    deploymentRedeploy: { args: { id: 'String!', usePreviousImageTag: 'Boolean' }, type: 'Deployment!' },
  },
};
const OBJECTS: Record<string, Record<string, string>> = {
  ServiceInstance: { id: 'String!', serviceId: 'String!', environmentId: 'String!', latestDeployment: 'Deployment' },
  Deployment: { id: 'String!', status: 'DeploymentStatus!', canRedeploy: 'Boolean!' },
};
const named = (type: string) => type.replace(/[[\]!]/g, '');

// ---- a minimal GraphQL parser: one operation, fields, arguments, variables ---------------------
type Value = { kind: 'variable'; name: string } | { kind: 'string'; value: string } | { kind: 'other'; raw: string };
interface Field { key: string; name: string; args: Map<string, Value>; selections?: Field[] }
interface Op { type: 'query' | 'mutation'; name: string; vars: Map<string, string>; selections: Field[] }

class SyntaxErr extends Error {}

function tokenize(src: string): string[] {
  const re = /\s+|,|#[^\n]*|("(?:[^"\\]|\\.)*")|(\.\.\.|[{}()[\]:!$=@])|(-?\d+(?:\.\d+)?)|([_A-Za-z][_0-9A-Za-z]*)|(.)/gy;
  const out: string[] = [];
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[5] !== undefined) throw new SyntaxErr(`Syntax Error: Unexpected character: "${m[5]}".`);
    const tok = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (tok !== undefined) out.push(tok);
  }
  return out;
}

function parse(src: string): Op {
  const t = tokenize(src);
  let i = 0;
  const peek = () => t[i];
  const next = () => {
    const tok = t[i++];
    if (tok === undefined) throw new SyntaxErr('Syntax Error: Unexpected <EOF>.');
    return tok;
  };
  const expect = (tok: string) => {
    const got = next();
    if (got !== tok) throw new SyntaxErr(`Syntax Error: Expected "${tok}", found "${got}".`);
  };
  const name = () => {
    const got = next();
    if (!/^[_A-Za-z]/.test(got)) throw new SyntaxErr(`Syntax Error: Expected Name, found "${got}".`);
    return got;
  };
  const type = (): string => {
    let s: string;
    if (peek() === '[') {
      next();
      s = `[${type()}]`;
      expect(']');
    } else s = name();
    if (peek() === '!') s += next();
    return s;
  };
  const value = (): Value => {
    const tok = next();
    if (tok === '$') return { kind: 'variable', name: name() };
    if (tok.startsWith('"')) return { kind: 'string', value: JSON.parse(tok) as string };
    if (/^[-\d_A-Za-z]/.test(tok)) return { kind: 'other', raw: tok };
    throw new SyntaxErr(`Syntax Error: Unexpected "${tok}".`);
  };
  const selectionSet = (): Field[] => {
    expect('{');
    const fields: Field[] = [];
    while (peek() !== '}') {
      if (peek() === '...') throw new SyntaxErr('Syntax Error: fragments are not supported by this stand-in.');
      const key = name();
      let fieldName = key;
      if (peek() === ':') {
        next();
        fieldName = name();
      }
      const args = new Map<string, Value>();
      if (peek() === '(') {
        next();
        while (peek() !== ')') {
          const a = name();
          expect(':');
          args.set(a, value());
        }
        next();
      }
      const f: Field = { key, name: fieldName, args };
      if (peek() === '{') f.selections = selectionSet();
      fields.push(f);
    }
    next();
    if (fields.length === 0) throw new SyntaxErr('Syntax Error: Expected Name, found "}".');
    return fields;
  };

  let opType: Op['type'] = 'query';
  let opName = '';
  const vars = new Map<string, string>();
  if (peek() !== '{') {
    const kw = name();
    if (kw !== 'query' && kw !== 'mutation') throw new SyntaxErr(`Syntax Error: Unexpected Name "${kw}".`);
    opType = kw;
    if (peek() !== '(' && peek() !== '{') opName = name();
    if (peek() === '(') {
      next();
      while (peek() !== ')') {
        expect('$');
        const v = name();
        expect(':');
        vars.set(v, type());
        if (peek() === '=') throw new SyntaxErr('Syntax Error: default values are not supported by this stand-in.');
      }
      next();
    }
  }
  const selections = selectionSet();
  if (i < t.length) throw new SyntaxErr(`Syntax Error: Unexpected "${t[i]}".`);
  return { type: opType, name: opName, vars, selections };
}

// ---- validation: the graphql-js messages Railway's server would produce ------------------------
function validateSelection(field: Field, type: string, errors: string[]): void {
  const obj = OBJECTS[named(type)];
  if (!obj && field.selections) {
    errors.push(`Field "${field.name}" must not have a selection since type "${type}" has no subfields.`);
  } else if (obj && !field.selections) {
    errors.push(`Field "${field.name}" of type "${type}" must have a selection of subfields. Did you mean "${field.name} { ... }"?`);
  } else if (obj && field.selections) {
    for (const sub of field.selections) {
      const subType = obj[sub.name];
      if (!subType) errors.push(`Cannot query field "${sub.name}" on type "${named(type)}".`);
      else validateSelection(sub, subType, errors);
    }
  }
}

/** Returns the argument values, or the validation / coercion error messages. */
function validate(op: Op, variables: Record<string, unknown>): { field: Field; def: FieldDef; args: Record<string, unknown> } | { errors: string[]; code: string } {
  const errors: string[] = [];
  const rootName = op.type === 'query' ? 'Query' : 'Mutation';
  if (op.selections.length !== 1) return { errors: ['This stand-in answers one root field per operation.'], code: 'GRAPHQL_VALIDATION_FAILED' };
  const field = op.selections[0] as Field;
  const def = ROOT[op.type][field.name];
  if (!def) return { errors: [`Cannot query field "${field.name}" on type "${rootName}".`], code: 'GRAPHQL_VALIDATION_FAILED' };
  const used = new Set<string>();
  for (const [argName, v] of field.args) {
    const argType = def.args[argName];
    if (!argType) {
      errors.push(`Unknown argument "${argName}" on field "${rootName}.${field.name}".`);
      continue;
    }
    if (v.kind === 'variable') {
      used.add(v.name);
      const declared = op.vars.get(v.name);
      if (!declared) errors.push(`Variable "$${v.name}" is not defined${op.name ? ` by operation "${op.name}"` : ''}.`);
      else if (named(declared) !== named(argType) || (argType.endsWith('!') && !declared.endsWith('!'))) {
        errors.push(`Variable "$${v.name}" of type "${declared}" used in position expecting type "${argType}".`);
      }
    } else if (named(argType) === 'String' && v.kind !== 'string') {
      errors.push(`String cannot represent a non string value: ${v.raw}`);
    }
  }
  for (const [argName, argType] of Object.entries(def.args)) {
    if (argType.endsWith('!') && !field.args.has(argName)) {
      errors.push(`Field "${field.name}" argument "${argName}" of type "${argType}" is required, but it was not provided.`);
    }
  }
  for (const v of op.vars.keys()) {
    if (!used.has(v)) errors.push(`Variable "$${v}" is never used${op.name ? ` in operation "${op.name}"` : ''}.`);
  }
  validateSelection(field, def.type, errors);
  if (errors.length) return { errors, code: 'GRAPHQL_VALIDATION_FAILED' };

  // Variable coercion happens after validation, as in graphql-js.
  for (const [v, type] of op.vars) {
    const val = variables[v];
    if (val === undefined || val === null) {
      if (type.endsWith('!')) errors.push(`Variable "$${v}" of required type "${type}" was not provided.`);
    } else if (named(type) === 'String' && typeof val !== 'string') {
      errors.push(`Variable "$${v}" got invalid value ${JSON.stringify(val)}; String cannot represent a non string value: ${JSON.stringify(val)}`);
    } else if (named(type) === 'Boolean' && typeof val !== 'boolean') {
      errors.push(`Variable "$${v}" got invalid value ${JSON.stringify(val)}; Boolean cannot represent a non boolean value: ${JSON.stringify(val)}`);
    }
  }
  if (errors.length) return { errors, code: 'BAD_USER_INPUT' };
  const args: Record<string, unknown> = {};
  for (const [argName, v] of field.args) {
    args[argName] = v.kind === 'variable' ? variables[v.name] : v.kind === 'string' ? v.value : v.raw;
  }
  return { field, def, args };
}

/** Keeps only the fields the operation selected (under their aliases), as GraphQL does. */
function project(value: unknown, selections: Field[] | undefined): unknown {
  if (!selections || value === null || value === undefined) return value ?? null;
  const src = value as Record<string, unknown>;
  return Object.fromEntries(selections.map((s) => [s.key, project(src[s.name], s.selections)]));
}

// ---- the server ---------------------------------------------------------------------------------
const DEFAULT_LIFECYCLE = ['QUEUED', 'BUILDING', 'DEPLOYING', 'SUCCESS'];
const SETTLED_BAD = new Set(['FAILED', 'SKIPPED', 'REMOVED']);

/** Starts the stand-in on 127.0.0.1 with a free port. Its URL ends in /graphql/v2 like Railway's. */
export async function startRailwayStandIn(opts: RailwayStandInOptions = {}): Promise<RailwayStandIn> {
  const state: RailwayStandInState = {
    projectToken: opts.projectToken ?? 'project-token-standin',
    apiToken: opts.apiToken ?? 'api-token-standin',
    serviceId: opts.serviceId ?? 'svc-standin',
    environmentId: opts.environmentId ?? 'env-standin',
    authFailure: opts.authFailure ?? 'graphql',
    lifecycle: opts.lifecycle ?? DEFAULT_LIFECYCLE,
    lagPolls: opts.newDeploymentLagPolls ?? 0,
    rateLimitRemaining: opts.rateLimit?.times ?? 0,
    retryAfter: opts.rateLimit?.retryAfter === undefined ? '0' : opts.rateLimit.retryAfter,
    delayMs: opts.delayMs ?? 0,
    deployments: [],
    redeploys: [],
  };
  if (opts.initialDeployment !== null) {
    const init = opts.initialDeployment ?? {};
    state.deployments.push({
      id: init.id ?? 'dep-initial',
      status: init.status ?? 'SUCCESS',
      canRedeploy: init.canRedeploy ?? opts.canRedeploy ?? true,
      script: [],
      observed: 0,
      hiddenFor: 0,
      hook: 'none',
    });
  }
  const requests: RecordedRequest[] = [];
  let counter = 0;

  const latest = () => [...state.deployments].reverse().find((d) => d.hiddenFor <= 0);

  // Each read of a redeployed deployment moves it one step along its script; the last step waits for onRedeploy.
  const observe = (d: StandInDeployment): string => {
    if (d.script.length === 0) return d.status;
    const idx = Math.min(d.observed, d.script.length - 1);
    const final = idx === d.script.length - 1;
    if (final && d.hook === 'pending') d.status = d.script[Math.max(0, idx - 1)] as string;
    else if (final && d.hook === 'failed') d.status = 'FAILED';
    else {
      d.status = d.script[idx] as string;
      d.observed++;
    }
    if (d.status === 'SUCCESS') {
      for (const other of state.deployments) if (other !== d && !SETTLED_BAD.has(other.status)) other.status = 'REMOVED';
    }
    return d.status;
  };

  const redeploy = (kind: RedeployEvent['kind'], prev: StandInDeployment): StandInDeployment => {
    const d: StandInDeployment = {
      id: `dep-${++counter}`,
      status: 'INITIALIZING',
      canRedeploy: true,
      script: [...state.lifecycle],
      observed: 0,
      hiddenFor: state.lagPolls,
      hook: opts.onRedeploy ? 'pending' : 'none',
    };
    state.deployments.push(d);
    const event: RedeployEvent = { kind, previousId: prev.id, deploymentId: d.id };
    state.redeploys.push(event);
    const hook = opts.onRedeploy;
    if (hook) {
      Promise.resolve()
        .then(() => hook(event))
        .then(
          () => (d.hook = 'done'),
          () => (d.hook = 'failed'),
        );
    }
    return d;
  };

  const view = (d: StandInDeployment) => ({ id: d.id, status: observe(d), canRedeploy: d.canRedeploy });
  const idsMatch = (args: Record<string, unknown>) => args.environmentId === state.environmentId && args.serviceId === state.serviceId;
  type Result = { value: unknown } | { error: string };
  const resolvers: Record<string, (args: Record<string, unknown>) => Result> = {
    serviceInstance: (args) => {
      if (!idsMatch(args)) return { error: 'ServiceInstance not found' };
      const d = latest();
      for (const other of state.deployments) if (other.hiddenFor > 0) other.hiddenFor--;
      return { value: { id: `si-${state.serviceId}`, serviceId: state.serviceId, environmentId: state.environmentId, latestDeployment: d ? view(d) : null } };
    },
    deployment: (args) => {
      const d = state.deployments.find((x) => x.id === args.id);
      return d ? { value: view(d) } : { error: 'Deployment not found' };
    },
    serviceInstanceRedeploy: (args) => {
      if (!idsMatch(args)) return { error: 'ServiceInstance not found' };
      const cur = latest();
      if (!cur) return { error: 'No deployment found for this service instance' };
      if (!cur.canRedeploy) return { error: 'This deployment cannot be redeployed' };
      redeploy('service', cur);
      return { value: true };
    },
    deploymentRedeploy: (args) => {
      const cur = state.deployments.find((x) => x.id === args.id);
      if (!cur) return { error: 'Deployment not found' };
      if (!cur.canRedeploy) return { error: 'This deployment cannot be redeployed' };
      const d = redeploy('deployment', cur);
      return { value: { id: d.id, status: d.status, canRedeploy: d.canRedeploy } };
    },
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const rec: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw, status: 0 };
    requests.push(rec);
    let body: unknown;
    try {
      body = JSON.parse(raw);
      rec.body = body;
    } catch {
      body = undefined;
    }
    const send = async (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      rec.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(payload));
    };
    const fail = (status: number, message: string, code?: string, headers?: Record<string, string>) =>
      send(status, { errors: [{ message, ...(code ? { extensions: { code } } : {}) }] }, headers);

    if (req.method !== 'POST') return fail(405, 'Only POST is supported.', undefined, { allow: 'POST' });
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/graphql/v2') return fail(404, `Not found: ${req.url}`);
    if (!String(req.headers['content-type'] ?? '').includes('application/json')) return fail(415, 'Content-Type must be application/json.');
    if (state.rateLimitRemaining > 0) {
      state.rateLimitRemaining--;
      return fail(429, 'Too many requests. Please try again later.', 'RATE_LIMITED', state.retryAfter === null ? {} : { 'retry-after': state.retryAfter });
    }
    const pat = req.headers['project-access-token'];
    const authz = req.headers.authorization;
    const authorized =
      (pat !== undefined || authz !== undefined) &&
      (pat === undefined || pat === state.projectToken) &&
      (authz === undefined || authz === `Bearer ${state.apiToken}`);
    if (!authorized && state.authFailure === 'http401') return fail(401, 'Unauthorized');

    const b = body as { query?: unknown; variables?: unknown } | undefined;
    if (!b || typeof b !== 'object' || typeof b.query !== 'string') return fail(400, 'Must provide query string.', 'BAD_REQUEST');
    if (b.variables !== undefined && b.variables !== null && (typeof b.variables !== 'object' || Array.isArray(b.variables))) {
      return fail(400, 'Variables must be provided as an Object where each property is a variable value.', 'BAD_REQUEST');
    }
    let op: Op;
    try {
      op = parse(b.query);
    } catch (err) {
      if (err instanceof SyntaxErr) return fail(400, err.message, 'GRAPHQL_PARSE_FAILED');
      throw err;
    }
    rec.field = op.selections[0]?.name;
    const checked = validate(op, (b.variables ?? {}) as Record<string, unknown>);
    if ('errors' in checked) {
      return send(400, { errors: checked.errors.map((message) => ({ message, extensions: { code: checked.code } })) });
    }
    const { field, args } = checked;
    // Railway checks permissions in resolvers: a bad token is a 200 with "Not Authorized".
    if (!authorized) return send(200, { data: null, errors: [{ message: 'Not Authorized', path: [field.key] }] });
    const result = (resolvers[field.name] as (a: Record<string, unknown>) => Result)(args);
    if ('error' in result) {
      return send(200, { data: null, errors: [{ message: result.error, path: [field.key], extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
    return send(200, { data: { [field.key]: project(result.value, field.selections) } });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `stand-in bug: ${String(err)}` }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql/v2`,
    requests,
    state,
    latest,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
