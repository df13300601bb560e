import type { JsonStore } from '../store/json-store.js';
import type { Database, Invoice, ServiceType, WorkOrder, WorkOrderStatus } from '../store/types.js';
import { ConflictError, NotFoundError, ValidationError } from './errors.js';
import { FieldReader, type InputSource, type Page, paginate } from './fields.js';
import { priceWorkOrder } from './pricing.js';

export const WORK_ORDER_STATUSES: readonly WorkOrderStatus[] = ['scheduled', 'in_progress', 'done'];
export const SERVICE_TYPES: readonly ServiceType[] = ['pumping', 'inspection'];

/** The only moves a work order can make. */
const NEXT_STATUS: Record<WorkOrderStatus, WorkOrderStatus | null> = { scheduled: 'in_progress', in_progress: 'done', done: null };

const pad = (n: number) => String(n).padStart(3, '0');

export interface WorkOrderInput {
  customerId: string;
  scheduledFor: string;
  tankSizeGallons: number;
  serviceType: ServiceType;
  notes: string;
}

/** Validates a new work order; the customer must exist. Tank size defaults to the customer's tank. */
export function readWorkOrderInput(db: Readonly<Database>, body: Record<string, unknown>, source: InputSource): WorkOrderInput {
  const r = new FieldReader(body, source);
  const customerId = r.string('customerId', { required: true, max: 40 });
  const scheduledFor = r.dateTime('scheduledFor', { required: true });
  const tankSizeGallons = r.int('tankSizeGallons', { min: 250, max: 10_000 });
  const serviceType = r.oneOf('serviceType', SERVICE_TYPES) ?? 'pumping';
  const notes = r.string('notes', { max: 2000 }) ?? '';
  const customer = customerId ? db.customers.find((c) => c.id === customerId) : undefined;
  if (customerId && !customer) r.issue('customerId', `no customer with id ${customerId}`);
  r.done();
  return {
    customerId: customerId ?? '',
    scheduledFor: scheduledFor ?? '',
    tankSizeGallons: tankSizeGallons ?? customer?.tankSizeGallons ?? 1000,
    serviceType,
    notes,
  };
}

export function getWorkOrder(db: Readonly<Database>, id: string): WorkOrder {
  const wo = db.workOrders.find((w) => w.id === id);
  if (!wo) throw new NotFoundError(`work order ${id} not found`);
  return wo;
}

/** Work orders by date, optionally only one status or one customer. */
export function listWorkOrders(db: Readonly<Database>, filter: { status?: WorkOrderStatus; customerId?: string }, page: number, pageSize: number): Page<WorkOrder> {
  const matches = db.workOrders
    .filter((w) => (!filter.status || w.status === filter.status) && (!filter.customerId || w.customerId === filter.customerId))
    .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.id.localeCompare(b.id));
  return paginate(matches, page, pageSize);
}

export function createWorkOrder(store: JsonStore, input: WorkOrderInput): WorkOrder {
  return store.mutate((db) => {
    const now = new Date().toISOString();
    const wo: WorkOrder = { id: `wo_${pad(db.counters.workOrder++)}`, ...input, technician: null, status: 'scheduled', invoiceId: null, createdAt: now, updatedAt: now, completedAt: null };
    db.workOrders.push(wo);
    return wo;
  });
}

export function assignTechnician(store: JsonStore, id: string, body: Record<string, unknown>, source: InputSource): WorkOrder {
  const r = new FieldReader(body, source);
  const technician = r.string('technician', { required: true, max: 80 });
  r.done();
  const current = getWorkOrder(store.data, id);
  if (current.status === 'done') throw new ConflictError(`work order ${id} is done; a finished job cannot be reassigned`);
  return store.mutate((db) => {
    const wo = getWorkOrder(db, id);
    wo.technician = technician ?? null;
    wo.updatedAt = new Date().toISOString();
    return wo;
  });
}

/** Moves a work order one step along scheduled -> in_progress -> done; anything else is a 409. */
export function changeStatus(store: JsonStore, id: string, body: Record<string, unknown>, source: InputSource): WorkOrder {
  const r = new FieldReader(body, source);
  const status = r.oneOf('status', WORK_ORDER_STATUSES, { required: true });
  r.done();
  const current = getWorkOrder(store.data, id);
  if (!status) throw new ValidationError([{ field: 'status', message: 'is required' }]);
  if (NEXT_STATUS[current.status] !== status) {
    throw new ConflictError(
      `invalid status transition: work order ${id} cannot go from ${current.status} to ${status}; the only order is scheduled -> in_progress -> done`,
    );
  }
  if (status === 'in_progress' && !current.technician) {
    throw new ConflictError(`work order ${id} has no technician: assign one (POST /api/v1/work-orders/${id}/assign) before starting it`);
  }
  return store.mutate((db) => {
    const wo = getWorkOrder(db, id);
    const now = new Date().toISOString();
    wo.status = status;
    wo.updatedAt = now;
    if (status === 'done') wo.completedAt = now;
    return wo;
  });
}

/** Issues the invoice for a done work order, priced from the price list; one invoice per order. */
export function invoiceWorkOrder(store: JsonStore, id: string): Invoice {
  const current = getWorkOrder(store.data, id);
  if (current.status !== 'done') throw new ConflictError(`work order ${id} is ${current.status}: invoices are only issued for done work orders`);
  if (current.invoiceId) throw new ConflictError(`work order ${id} already has invoice ${current.invoiceId}`);
  return store.mutate((db) => {
    const wo = getWorkOrder(db, id);
    const { lines, totalCents } = priceWorkOrder(wo);
    const invoice: Invoice = { id: `inv_${pad(db.counters.invoice++)}`, workOrderId: wo.id, customerId: wo.customerId, lines, totalCents, status: 'open', issuedAt: new Date().toISOString() };
    wo.invoiceId = invoice.id;
    wo.updatedAt = invoice.issuedAt;
    db.invoices.push(invoice);
    return invoice;
  });
}

export function getInvoice(db: Readonly<Database>, id: string): Invoice {
  const invoice = db.invoices.find((i) => i.id === id);
  if (!invoice) throw new NotFoundError(`invoice ${id} not found`);
  return invoice;
}
