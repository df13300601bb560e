import type { ApiRoute } from './route.js';
import { json } from '../app/reply.js';
import { FieldReader, readPaging } from '../domain/fields.js';
import {
  WORK_ORDER_STATUSES,
  assignTechnician,
  changeStatus,
  createWorkOrder,
  getInvoice,
  getWorkOrder,
  invoiceWorkOrder,
  listWorkOrders,
  readWorkOrderInput,
} from '../domain/work-orders.js';

export const workOrderRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/v1/work-orders',
    auth: 'bearer',
    crm: true,
    handler(ctx) {
      const q = ctx.url.searchParams;
      const { page, pageSize } = readPaging(q);
      const r = new FieldReader(Object.fromEntries(q), 'form');
      const status = r.oneOf('status', WORK_ORDER_STATUSES);
      const customerId = r.string('customerId', { max: 40 });
      r.done();
      return json(200, listWorkOrders(ctx.app.store.data, { status, customerId }, page, pageSize));
    },
  },
  {
    method: 'POST',
    path: '/api/v1/work-orders',
    auth: 'bearer',
    crm: true,
    async handler(ctx) {
      const input = readWorkOrderInput(ctx.app.store.data, await ctx.jsonBody(), 'json');
      const wo = createWorkOrder(ctx.app.store, input);
      return json(201, wo, { Location: `/api/v1/work-orders/${wo.id}` });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/work-orders/{id}',
    auth: 'bearer',
    crm: true,
    handler: (ctx) => json(200, getWorkOrder(ctx.app.store.data, ctx.param('id'))),
  },
  {
    method: 'POST',
    path: '/api/v1/work-orders/{id}/assign',
    auth: 'bearer',
    crm: true,
    async handler(ctx) {
      getWorkOrder(ctx.app.store.data, ctx.param('id'));
      return json(200, assignTechnician(ctx.app.store, ctx.param('id'), await ctx.jsonBody(), 'json'));
    },
  },
  {
    method: 'POST',
    path: '/api/v1/work-orders/{id}/status',
    auth: 'bearer',
    crm: true,
    async handler(ctx) {
      getWorkOrder(ctx.app.store.data, ctx.param('id'));
      return json(200, changeStatus(ctx.app.store, ctx.param('id'), await ctx.jsonBody(), 'json'));
    },
  },
  {
    method: 'POST',
    path: '/api/v1/work-orders/{id}/invoice',
    auth: 'bearer',
    crm: true,
    handler(ctx) {
      const invoice = invoiceWorkOrder(ctx.app.store, ctx.param('id'));
      return json(201, invoice, { Location: `/api/v1/invoices/${invoice.id}` });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/invoices/{id}',
    auth: 'bearer',
    crm: true,
    handler: (ctx) => json(200, getInvoice(ctx.app.store.data, ctx.param('id'))),
  },
];
