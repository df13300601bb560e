import type { ApiRoute } from './route.js';
import { json } from '../app/reply.js';
import { readPaging } from '../domain/fields.js';
import { createCustomer, getCustomer, listCustomers, readCustomerInput, updateCustomer } from '../domain/customers.js';

export const customerRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: '/api/v1/customers',
    auth: 'bearer',
    crm: true,
    handler(ctx) {
      const { page, pageSize } = readPaging(ctx.url.searchParams);
      return json(200, listCustomers(ctx.app.store.data, ctx.url.searchParams.get('search') ?? '', page, pageSize));
    },
  },
  {
    method: 'POST',
    path: '/api/v1/customers',
    auth: 'bearer',
    crm: true,
    async handler(ctx) {
      const input = readCustomerInput(await ctx.jsonBody(), 'json');
      const customer = createCustomer(ctx.app.store, input);
      return json(201, customer, { Location: `${ctx.url.pathname}/${customer.id}` });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/customers/{id}',
    auth: 'bearer',
    crm: true,
    handler: (ctx) => json(200, getCustomer(ctx.app.store.data, ctx.param('id'))),
  },
  {
    method: 'PUT',
    path: '/api/v1/customers/{id}',
    auth: 'bearer',
    crm: true,
    async handler(ctx) {
      getCustomer(ctx.app.store.data, ctx.param('id'));
      const input = readCustomerInput(await ctx.jsonBody(), 'json', true);
      return json(200, updateCustomer(ctx.app.store, ctx.param('id'), input));
    },
  },
];
