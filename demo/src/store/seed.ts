import { scryptSync } from 'node:crypto';
import type { Customer, Database, Invoice, WorkOrder, WorkOrderStatus } from './types.js';
import { priceWorkOrder } from '../domain/pricing.js';

/** The one seeded login. */
export const DEMO_USER = { email: 'dispatcher@demo.test', password: 'demo-password', name: 'Dana Dispatch' } as const;

/** Seeded technicians, in the order the dashboard lists them. */
export const SEED_TECHNICIANS = ['Dana Whitfield', 'Luis Ortega', 'Priya Raman'] as const;

// A fixed salt keeps the seed byte-for-byte reproducible; the password is public anyway.
const SEED_SALT = Buffer.from('healwright-demo-seed', 'utf8');

function seedPasswordHash(): string {
  const key = scryptSync(DEMO_USER.password, SEED_SALT, 32, { N: 16384, r: 8, p: 1 });
  return `scrypt$${SEED_SALT.toString('hex')}$${key.toString('hex')}`;
}

const CUSTOMERS: [name: string, city: string, street: string, tank: number][] = [
  ['Alder Creek Farm', 'Brunswick', '14 Alder Creek Rd', 1500],
  ['Birchwood Cottages', 'Bath', '220 Washington St', 2000],
  ['Harbor View Inn', 'Freeport', '9 Harbor View Ln', 2000],
  ['Maple Hollow Dairy', 'Topsham', '381 River Rd', 1500],
  ['Pine Ridge Campground', 'Gorham', '77 Pine Ridge Way', 1250],
  ['Quarry Road Chapel', 'Windham', '5 Quarry Rd', 1000],
  ['Rosa Delgado', 'Yarmouth', '46 Elm St', 1000],
  ['Samuel Okafor', 'Falmouth', '12 Brook Ln', 750],
  ['Thompson Family Trust', 'Scarborough', '901 Black Point Rd', 1250],
  ['Willow Bend Kennels', 'Saco', '63 Willow Bend Dr', 1000],
  ['Evelyn Marsh', 'Biddeford', '28 Pool St', 750],
  ['North Pond Marina', 'Kennebunk', '140 North Pond Rd', 1500],
];

// [customer index, status, technician index or null, day of month]
const WORK_ORDERS: [number, WorkOrderStatus, number | null, number][] = [
  [0, 'scheduled', 0, 16], [1, 'scheduled', 1, 16], [2, 'scheduled', null, 17], [3, 'scheduled', 0, 17],
  [4, 'scheduled', 2, 18], [5, 'scheduled', null, 18], [6, 'scheduled', 0, 19], [7, 'scheduled', 1, 20],
  [8, 'in_progress', 0, 9], [9, 'in_progress', 1, 9], [10, 'in_progress', 2, 10], [11, 'in_progress', 2, 10],
  [0, 'in_progress', 1, 11],
  [1, 'done', 0, 2], [2, 'done', 1, 2], [3, 'done', 2, 3], [4, 'done', 0, 3], [5, 'done', 1, 4],
  [6, 'done', 2, 4], [9, 'done', 0, 5],
];

const INVOICED = [13, 14, 15]; // work-order indexes (all done) that already have an invoice

const pad = (n: number) => String(n).padStart(3, '0');
const iso = (day: number, hour = 8) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();

/** A fresh, deterministic database: 12 customers, 20 work orders, 3 invoices, one user. */
export function createSeedDatabase(): Database {
  const customers: Customer[] = CUSTOMERS.map(([name, city, street, tank], i) => ({
    id: `cus_${pad(i + 1)}`,
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@example.test`,
    phone: `(207) 555-01${String(i + 10)}`,
    address: street,
    city,
    tankSizeGallons: tank,
    notes: i % 4 === 0 ? 'Gate code 4412; dog on site.' : '',
    createdAt: iso(1 + (i % 5), 9),
    updatedAt: iso(1 + (i % 5), 9),
  }));
  const workOrders: WorkOrder[] = WORK_ORDERS.map(([c, status, tech, day], i) => {
    const customer = customers[c] as Customer;
    return {
      id: `wo_${pad(i + 1)}`,
      customerId: customer.id,
      serviceType: i % 7 === 3 ? 'inspection' : 'pumping',
      scheduledFor: iso(day, 8 + (i % 4) * 2),
      tankSizeGallons: customer.tankSizeGallons,
      technician: tech === null ? null : (SEED_TECHNICIANS[tech] ?? null),
      status,
      notes: '',
      invoiceId: null,
      createdAt: iso(1, 7),
      updatedAt: iso(1, 7),
      completedAt: status === 'done' ? iso(day, 15) : null,
    };
  });
  const invoices: Invoice[] = INVOICED.map((w, i) => {
    const wo = workOrders[w] as WorkOrder;
    const id = `inv_${pad(i + 1)}`;
    wo.invoiceId = id;
    const { lines, totalCents } = priceWorkOrder(wo);
    return { id, workOrderId: wo.id, customerId: wo.customerId, lines, totalCents, status: i === 0 ? 'paid' : 'open', issuedAt: wo.completedAt ?? iso(6) };
  });
  return {
    version: 1,
    users: [{ id: 'usr_001', email: DEMO_USER.email, name: DEMO_USER.name, passwordHash: seedPasswordHash() }],
    customers,
    workOrders,
    invoices,
    counters: { customer: customers.length + 1, workOrder: workOrders.length + 1, invoice: invoices.length + 1 },
    drift: null,
  };
}
