import type { JsonStore } from '../store/json-store.js';
import type { Customer, Database } from '../store/types.js';
import { NotFoundError } from './errors.js';
import { FieldReader, type InputSource, type Page, paginate } from './fields.js';

const pad = (n: number) => String(n).padStart(3, '0');
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9()+.\- ]{7,20}$/;

/** Fields a client may set on a customer. */
export type CustomerInput = Pick<Customer, 'name' | 'email' | 'phone' | 'address' | 'city' | 'tankSizeGallons' | 'notes'>;

/**
 * Validates a customer body. With `partial` (PUT) only the given fields are checked and returned;
 * otherwise name, email, address and city are required.
 */
export function readCustomerInput(body: Record<string, unknown>, source: InputSource, partial = false): Partial<CustomerInput> {
  const r = new FieldReader(body, source);
  const required = !partial;
  const input: Partial<CustomerInput> = {
    name: r.string('name', { required, max: 120 }),
    email: r.string('email', { required, max: 160, pattern: EMAIL, patternMessage: 'must be an email address such as owner@example.test' }),
    phone: r.string('phone', { max: 20, pattern: PHONE, patternMessage: 'must be a phone number such as (207) 555-0100' }),
    address: r.string('address', { required, max: 200 }),
    city: r.string('city', { required, max: 80 }),
    tankSizeGallons: r.int('tankSizeGallons', { min: 250, max: 10_000 }),
    notes: r.string('notes', { max: 2000 }),
  };
  if (partial && Object.values(input).every((v) => v === undefined) && r.issues.length === 0) {
    r.issue('body', 'give at least one of: name, email, phone, address, city, tankSizeGallons, notes');
  }
  r.done();
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<CustomerInput>;
}

export function getCustomer(db: Readonly<Database>, id: string): Customer {
  const customer = db.customers.find((c) => c.id === id);
  if (!customer) throw new NotFoundError(`customer ${id} not found`);
  return customer;
}

/** Customers whose name, email, phone or city contains `search` (any case), by name. */
export function listCustomers(db: Readonly<Database>, search: string, page: number, pageSize: number): Page<Customer> {
  const needle = search.trim().toLowerCase();
  const matches = db.customers
    .filter((c) => !needle || [c.name, c.email, c.phone, c.city].some((f) => f.toLowerCase().includes(needle)))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return paginate(matches, page, pageSize);
}

export function createCustomer(store: JsonStore, input: Partial<CustomerInput>): Customer {
  return store.mutate((db) => {
    const now = new Date().toISOString();
    const customer: Customer = {
      id: `cus_${pad(db.counters.customer++)}`,
      name: input.name ?? '',
      email: input.email ?? '',
      phone: input.phone ?? '',
      address: input.address ?? '',
      city: input.city ?? '',
      tankSizeGallons: input.tankSizeGallons ?? 1000,
      notes: input.notes ?? '',
      createdAt: now,
      updatedAt: now,
    };
    db.customers.push(customer);
    return customer;
  });
}

export function updateCustomer(store: JsonStore, id: string, input: Partial<CustomerInput>): Customer {
  getCustomer(store.data, id);
  return store.mutate((db) => {
    const customer = getCustomer(db, id);
    Object.assign(customer, input, { updatedAt: new Date().toISOString() });
    return customer;
  });
}
