import type { ApiRoute } from './route.js';
import { json } from '../app/reply.js';
import { HttpError, ValidationError, type FieldIssue } from '../domain/errors.js';
import { FAULT_NAMES, type FaultName, isFaultName } from '../faults/names.js';
import { buildOpenApiDocument } from './openapi.js';

function readFaultList(body: Record<string, unknown>, field: 'enable' | 'disable', issues: FieldIssue[]): FaultName[] {
  const value = body[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ field, message: 'must be an array of fault names' });
    return [];
  }
  const unknown = value.filter((v) => !isFaultName(v));
  if (unknown.length > 0) issues.push({ field, message: `unknown fault(s) ${unknown.map(String).join(', ')}; known: ${FAULT_NAMES.join(', ')}` });
  return value.filter(isFaultName);
}

export const adminRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/health',
    auth: 'public',
    crm: false,
    handler(ctx) {
      const { store, faults, instance } = ctx.app;
      const health = store.health();
      const faultsOn = faults.list().filter((f) => f.enabled).map((f) => f.name);
      const body = { status: health.ok ? 'ok' : 'degraded', store: health, instance: instance.id, startedAt: instance.startedAt, pid: process.pid, faults: faultsOn };
      return json(health.ok ? 200 : 503, body);
    },
  },
  {
    method: 'GET',
    path: '/openapi.json',
    auth: 'public',
    crm: false,
    handler: (ctx) => json(200, buildOpenApiDocument(ctx.app.faults.isOn('route-moved'))),
  },
  {
    method: 'GET',
    path: '/__faults',
    auth: 'admin',
    crm: false,
    handler: (ctx) => json(200, { faults: ctx.app.faults.list() }),
  },
  {
    method: 'POST',
    path: '/__faults',
    auth: 'admin',
    crm: false,
    async handler(ctx) {
      const body = await ctx.jsonBody();
      const issues: FieldIssue[] = [];
      const enable = readFaultList(body, 'enable', issues);
      const disable = readFaultList(body, 'disable', issues);
      if (issues.length > 0) throw new ValidationError(issues);
      const both = enable.filter((f) => disable.includes(f));
      if (both.length > 0) throw new HttpError(400, `cannot enable and disable ${both.join(', ')} at once`);
      const changed = ctx.app.faults.update(enable, disable);
      return json(200, { changed, faults: ctx.app.faults.list() });
    },
  },
  {
    method: 'POST',
    path: '/__reset',
    auth: 'admin',
    crm: false,
    handler(ctx) {
      ctx.app.faults.clearPersisted();
      ctx.app.store.reset();
      return json(200, { status: 'reset', store: ctx.app.store.health(), faults: ctx.app.faults.list().filter((f) => f.enabled).map((f) => f.name) });
    },
  },
];
