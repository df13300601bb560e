import type { JsonStore } from '../store/json-store.js';
import { SEED_TECHNICIANS } from '../store/seed.js';

/** The seeded customer whose name `data-changed` alters. */
export const DRIFT_CUSTOMER_ID = 'cus_001';
/** Its name while `data-changed` is on. */
export const DRIFTED_NAME = 'Alder Creek Farms LLC';

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * What `data-changed` does to the data: the first customer is renamed and one more pumping job is
 * scheduled for the first technician, so seed-based assertions (a name, a count) drift.
 */
export function applyDataDrift(store: JsonStore): void {
  if (store.data.drift) return;
  store.mutate((db) => {
    const customer = db.customers.find((c) => c.id === DRIFT_CUSTOMER_ID);
    if (!customer) return;
    const now = new Date().toISOString();
    const id = `wo_${pad(db.counters.workOrder++)}`;
    db.workOrders.push({
      id,
      customerId: customer.id,
      serviceType: 'pumping',
      scheduledFor: new Date(Date.UTC(2026, 2, 21, 8)).toISOString(),
      tankSizeGallons: customer.tankSizeGallons,
      technician: SEED_TECHNICIANS[0],
      status: 'scheduled',
      notes: 'Added by a data migration.',
      invoiceId: null,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    });
    db.drift = { customerId: customer.id, originalName: customer.name, driftedName: DRIFTED_NAME, addedWorkOrderId: id };
    customer.name = DRIFTED_NAME;
    customer.updatedAt = now;
  });
}

/** Undoes {@link applyDataDrift}, leaving alone anything a user changed since. */
export function revertDataDrift(store: JsonStore): void {
  if (!store.data.drift) return;
  store.mutate((db) => {
    const drift = db.drift;
    if (!drift) return;
    const customer = db.customers.find((c) => c.id === drift.customerId);
    if (customer && customer.name === drift.driftedName) customer.name = drift.originalName;
    db.workOrders = db.workOrders.filter((w) => !(w.id === drift.addedWorkOrderId && w.status === 'scheduled'));
    db.drift = null;
  });
}
