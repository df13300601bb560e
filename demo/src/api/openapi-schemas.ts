/** JSON Schemas (OpenAPI 3.1 dialect) for every body the API reads or writes. */

const str = { type: 'string' };
const int = { type: 'integer' };
const dateTime = { type: 'string', format: 'date-time' };
const nullable = (type: string, extra: object = {}) => ({ type: [type, 'null'], ...extra });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const page = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'page', 'pageSize'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: ref(item) }, total: { type: 'integer', minimum: 0 }, page: { type: 'integer', minimum: 1 }, pageSize: { type: 'integer', minimum: 1, maximum: 100 } },
});

const customerFields = {
  name: { type: 'string', maxLength: 120 },
  email: { type: 'string', format: 'email', maxLength: 160 },
  phone: { type: 'string', maxLength: 20 },
  address: { type: 'string', maxLength: 200 },
  city: { type: 'string', maxLength: 80 },
  tankSizeGallons: { type: 'integer', minimum: 250, maximum: 10000 },
  notes: { type: 'string', maxLength: 2000 },
};

export const SCHEMAS = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: str,
      details: { type: 'array', items: { type: 'object', required: ['field', 'message'], properties: { field: str, message: str } } },
    },
  },
  LoginRequest: { type: 'object', required: ['email', 'password'], properties: { email: str, password: str } },
  RefreshRequest: { type: 'object', required: ['refreshToken'], properties: { refreshToken: str } },
  TokenPair: {
    type: 'object',
    required: ['accessToken', 'refreshToken', 'tokenType', 'expiresIn'],
    additionalProperties: false,
    properties: { accessToken: str, refreshToken: str, tokenType: { type: 'string', enum: ['Bearer'] }, expiresIn: { type: 'integer', minimum: 1 } },
  },
  Customer: {
    type: 'object',
    required: ['id', 'name', 'email', 'phone', 'address', 'city', 'tankSizeGallons', 'notes', 'createdAt', 'updatedAt'],
    additionalProperties: false,
    properties: { id: { type: 'string', pattern: '^cus_\\d{3,}$' }, ...customerFields, createdAt: dateTime, updatedAt: dateTime },
  },
  CustomerCreate: { type: 'object', required: ['name', 'email', 'address', 'city'], properties: customerFields },
  CustomerUpdate: { type: 'object', minProperties: 1, properties: customerFields },
  CustomerPage: page('Customer'),
  WorkOrder: {
    type: 'object',
    required: ['id', 'customerId', 'serviceType', 'scheduledFor', 'tankSizeGallons', 'technician', 'status', 'notes', 'invoiceId', 'createdAt', 'updatedAt', 'completedAt'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^wo_\\d{3,}$' },
      customerId: str,
      serviceType: { type: 'string', enum: ['pumping', 'inspection'] },
      scheduledFor: dateTime,
      tankSizeGallons: int,
      technician: nullable('string'),
      status: { type: 'string', enum: ['scheduled', 'in_progress', 'done'] },
      notes: str,
      invoiceId: nullable('string'),
      createdAt: dateTime,
      updatedAt: dateTime,
      completedAt: nullable('string', { format: 'date-time' }),
    },
  },
  WorkOrderCreate: {
    type: 'object',
    required: ['customerId', 'scheduledFor'],
    properties: {
      customerId: str,
      scheduledFor: dateTime,
      tankSizeGallons: { type: 'integer', minimum: 250, maximum: 10000 },
      serviceType: { type: 'string', enum: ['pumping', 'inspection'], default: 'pumping' },
      notes: str,
    },
  },
  WorkOrderPage: page('WorkOrder'),
  AssignRequest: { type: 'object', required: ['technician'], properties: { technician: { type: 'string', maxLength: 80 } } },
  StatusRequest: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['scheduled', 'in_progress', 'done'] } } },
  Invoice: {
    type: 'object',
    required: ['id', 'workOrderId', 'customerId', 'lines', 'totalCents', 'status', 'issuedAt'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', pattern: '^inv_\\d{3,}$' },
      workOrderId: str,
      customerId: str,
      lines: {
        type: 'array',
        items: { type: 'object', required: ['description', 'quantity', 'unitPriceCents'], properties: { description: str, quantity: int, unitPriceCents: int } },
      },
      totalCents: { type: 'integer', minimum: 0 },
      status: { type: 'string', enum: ['open', 'paid'] },
      issuedAt: dateTime,
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'store', 'instance', 'startedAt'],
    properties: {
      status: { type: 'string', enum: ['ok', 'degraded'] },
      store: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' }, customers: int, workOrders: int, invoices: int, users: int, error: str } },
      instance: str,
      startedAt: dateTime,
      pid: int,
      faults: { type: 'array', items: str },
    },
  },
  FaultList: {
    type: 'object',
    required: ['faults'],
    properties: {
      faults: {
        type: 'array',
        items: { type: 'object', required: ['name', 'enabled', 'enabledAt', 'persisted'], properties: { name: str, enabled: { type: 'boolean' }, enabledAt: nullable('string'), persisted: { type: 'boolean' } } },
      },
      changed: { type: 'object', properties: { enabled: { type: 'array', items: str }, disabled: { type: 'array', items: str } } },
    },
  },
  FaultUpdate: { type: 'object', properties: { enable: { type: 'array', items: str }, disable: { type: 'array', items: str } } },
  ResetResult: { type: 'object', required: ['status', 'store'], properties: { status: { type: 'string', enum: ['reset'] }, store: { type: 'object' }, faults: { type: 'array', items: str } } },
} as const;
