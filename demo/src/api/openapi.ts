import { SCHEMAS } from './openapi-schemas.js';
import { movePath } from './route.js';

type Operation = Record<string, unknown>;
type PathItem = Partial<Record<'get' | 'post' | 'put', Operation>>;

const ref = (name: keyof typeof SCHEMAS) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: keyof typeof SCHEMAS) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const ok = (description: string, name: keyof typeof SCHEMAS) => ({ description, content: { 'application/json': { schema: ref(name) } } });

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input: `{"error":"validation failed","details":[{field,message}]}`',
  401: 'Missing, invalid or expired credentials (`{"error":"jwt expired"}` for an expired access token)',
  403: 'Wrong admin token',
  404: 'No such resource',
  409: 'The change conflicts with the current state (e.g. an invalid status transition)',
  429: 'Too many failed sign-in attempts; see Retry-After',
  500: 'Internal Server Error',
  503: 'The store cannot be read',
};

function errors(...codes: number[]): Record<string, unknown> {
  return Object.fromEntries(codes.map((c) => [String(c), { description: ERROR_TEXT[c], content: { 'application/json': { schema: ref('Error') } } }]));
}

const bearer = [{ bearerAuth: [] }];
const admin = [{ adminToken: [] }];
const idParam = (description: string) => [{ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } }];
const pagingParams = [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];

/** The API's paths as written for the healthy app; `route-moved` rewrites the customer paths. */
const PATHS: Record<string, PathItem> = {
  '/health': {
    get: { operationId: 'getHealth', tags: ['ops'], summary: 'Liveness and store health', security: [], responses: { 200: ok('Healthy', 'Health'), 503: ok('The store cannot be read', 'Health') } },
  },
  '/openapi.json': {
    get: { operationId: 'getOpenApi', tags: ['ops'], summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } },
  },
  '/api/v1/auth/login': {
    post: { operationId: 'login', tags: ['auth'], summary: 'Sign in; returns an access and a refresh token', security: [], requestBody: body('LoginRequest'), responses: { 200: ok('Signed in', 'TokenPair'), ...errors(400, 401, 429) } },
  },
  '/api/v1/auth/refresh': {
    post: { operationId: 'refresh', tags: ['auth'], summary: 'Trade a refresh token for a new token pair', security: [], requestBody: body('RefreshRequest'), responses: { 200: ok('New tokens', 'TokenPair'), ...errors(400, 401) } },
  },
  '/api/v1/customers': {
    get: {
      operationId: 'listCustomers',
      tags: ['customers'],
      summary: 'Search customers (name, email, phone, city), paged',
      security: bearer,
      parameters: [{ name: 'search', in: 'query', schema: { type: 'string' } }, ...pagingParams],
      responses: { 200: ok('A page of customers', 'CustomerPage'), ...errors(400, 401, 500) },
    },
    post: { operationId: 'createCustomer', tags: ['customers'], summary: 'Add a customer', security: bearer, requestBody: body('CustomerCreate'), responses: { 201: ok('Created', 'Customer'), ...errors(400, 401, 500) } },
  },
  '/api/v1/customers/{id}': {
    get: { operationId: 'getCustomer', tags: ['customers'], summary: 'One customer', security: bearer, parameters: idParam('Customer id, e.g. cus_001'), responses: { 200: ok('The customer', 'Customer'), ...errors(401, 404, 500) } },
    put: {
      operationId: 'updateCustomer',
      tags: ['customers'],
      summary: 'Change some fields of a customer',
      security: bearer,
      parameters: idParam('Customer id'),
      requestBody: body('CustomerUpdate'),
      responses: { 200: ok('Updated', 'Customer'), ...errors(400, 401, 404, 500) },
    },
  },
  '/api/v1/work-orders': {
    get: {
      operationId: 'listWorkOrders',
      tags: ['work-orders'],
      summary: 'Work orders by date, optionally filtered',
      security: bearer,
      parameters: [
        { name: 'status', in: 'query', schema: { type: 'string', enum: ['scheduled', 'in_progress', 'done'] } },
        { name: 'customerId', in: 'query', schema: { type: 'string' } },
        ...pagingParams,
      ],
      responses: { 200: ok('A page of work orders', 'WorkOrderPage'), ...errors(400, 401, 500) },
    },
    post: { operationId: 'createWorkOrder', tags: ['work-orders'], summary: 'Schedule a pumping job', security: bearer, requestBody: body('WorkOrderCreate'), responses: { 201: ok('Scheduled', 'WorkOrder'), ...errors(400, 401, 500) } },
  },
  '/api/v1/work-orders/{id}': {
    get: { operationId: 'getWorkOrder', tags: ['work-orders'], summary: 'One work order', security: bearer, parameters: idParam('Work order id, e.g. wo_001'), responses: { 200: ok('The work order', 'WorkOrder'), ...errors(401, 404, 500) } },
  },
  '/api/v1/work-orders/{id}/assign': {
    post: { operationId: 'assignTechnician', tags: ['work-orders'], summary: 'Assign a technician', security: bearer, parameters: idParam('Work order id'), requestBody: body('AssignRequest'), responses: { 200: ok('Assigned', 'WorkOrder'), ...errors(400, 401, 404, 409, 500) } },
  },
  '/api/v1/work-orders/{id}/status': {
    post: {
      operationId: 'changeWorkOrderStatus',
      tags: ['work-orders'],
      summary: 'Move scheduled -> in_progress -> done (only that order; starting needs a technician)',
      security: bearer,
      parameters: idParam('Work order id'),
      requestBody: body('StatusRequest'),
      responses: { 200: ok('Moved', 'WorkOrder'), ...errors(400, 401, 404, 409, 500) },
    },
  },
  '/api/v1/work-orders/{id}/invoice': {
    post: { operationId: 'invoiceWorkOrder', tags: ['invoices'], summary: 'Issue the invoice of a done work order', security: bearer, parameters: idParam('Work order id'), responses: { 201: ok('Issued', 'Invoice'), ...errors(401, 404, 409, 500) } },
  },
  '/api/v1/invoices/{id}': {
    get: { operationId: 'getInvoice', tags: ['invoices'], summary: 'One invoice', security: bearer, parameters: idParam('Invoice id, e.g. inv_001'), responses: { 200: ok('The invoice', 'Invoice'), ...errors(401, 404, 500) } },
  },
  '/__faults': {
    get: { operationId: 'listFaults', tags: ['admin'], summary: 'Fault switches and their state', security: admin, responses: { 200: ok('Switches', 'FaultList'), ...errors(401, 403) } },
    post: { operationId: 'updateFaults', tags: ['admin'], summary: 'Switch faults on and off', security: admin, requestBody: body('FaultUpdate'), responses: { 200: ok('Switches after the change', 'FaultList'), ...errors(400, 401, 403) } },
  },
  '/__reset': {
    post: { operationId: 'resetData', tags: ['admin'], summary: 'Put the seed data back and switch off persisted faults', security: admin, responses: { 200: ok('Reset', 'ResetResult'), ...errors(401, 403) } },
  },
};

/** The OpenAPI 3.1 document for the API as it is served now (with `route-moved`, customers live under /api/v2). */
export function buildOpenApiDocument(routeMoved: boolean): Record<string, unknown> {
  const paths = Object.fromEntries(Object.entries(PATHS).map(([path, item]) => [routeMoved ? movePath(path) : path, item]));
  return {
    openapi: '3.1.0',
    info: { title: 'Septic CRM demo API', version: '1.0.0', description: 'The sample CRM healwright monitors: customers, pumping jobs, invoices.' },
    servers: [{ url: '/' }],
    security: bearer,
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        adminToken: { type: 'apiKey', in: 'header', name: 'x-admin-token' },
      },
      schemas: SCHEMAS,
    },
  };
}
