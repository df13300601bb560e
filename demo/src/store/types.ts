/** The shapes kept in the demo's JSON store. */

export type WorkOrderStatus = 'scheduled' | 'in_progress' | 'done';
export type ServiceType = 'pumping' | 'inspection';

export interface User {
  id: string;
  email: string;
  name: string;
  /** `scrypt$<salt hex>$<hash hex>` */
  passwordHash: string;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  city: string;
  tankSizeGallons: number;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkOrder {
  id: string;
  customerId: string;
  serviceType: ServiceType;
  scheduledFor: string;
  tankSizeGallons: number;
  technician: string | null;
  status: WorkOrderStatus;
  notes: string;
  invoiceId: string | null;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
}

export interface InvoiceLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export interface Invoice {
  id: string;
  workOrderId: string;
  customerId: string;
  lines: InvoiceLine[];
  totalCents: number;
  status: 'open' | 'paid';
  issuedAt: string;
}

/** What `data-changed` altered, so switching it off can put the seed values back. */
export interface DataDrift {
  customerId: string;
  originalName: string;
  driftedName: string;
  addedWorkOrderId: string;
}

export interface Database {
  version: 1;
  users: User[];
  customers: Customer[];
  workOrders: WorkOrder[];
  invoices: Invoice[];
  /** Next numeric id per collection. */
  counters: { customer: number; workOrder: number; invoice: number };
  drift: DataDrift | null;
}
