import type { InvoiceLine, WorkOrder } from '../store/types.js';

/** Price list, in cents. Pumping is priced by tank size; disposal by the gallon. */
export const PRICES = {
  pumpingBase: 32_500, // tanks up to 1,000 gal
  pumpingPer250Over: 4_500,
  disposalPerGallon: 8,
  inspection: 18_500,
} as const;

/** Invoice lines and total for a work order, from the price list. */
export function priceWorkOrder(wo: Pick<WorkOrder, 'serviceType' | 'tankSizeGallons'>): { lines: InvoiceLine[]; totalCents: number } {
  const gallons = wo.tankSizeGallons;
  const lines: InvoiceLine[] =
    wo.serviceType === 'inspection'
      ? [{ description: 'Septic system inspection', quantity: 1, unitPriceCents: PRICES.inspection }]
      : [
          {
            description: `Septic pumping (${gallons} gal tank)`,
            quantity: 1,
            unitPriceCents: PRICES.pumpingBase + Math.max(0, Math.ceil((gallons - 1000) / 250)) * PRICES.pumpingPer250Over,
          },
          { description: 'Disposal fee (per gallon)', quantity: gallons, unitPriceCents: PRICES.disposalPerGallon },
        ];
  const totalCents = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceCents, 0);
  return { lines, totalCents };
}
