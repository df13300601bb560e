import type { PageRoute } from '../page-route.js';
import { userEmail } from '../page-route.js';
import { html } from '../../app/reply.js';
import { getInvoice } from '../../domain/work-orders.js';
import { formatDateTime, formatMoney, h } from '../html.js';
import { layout } from '../layout.js';
import { technicianWorkload } from './dashboard.js';

export const invoiceAndReportRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/invoices/{id}',
    auth: 'session',
    crm: true,
    handler(ctx) {
      const db = ctx.app.store.data;
      const inv = getInvoice(db, ctx.param('id'));
      const customer = db.customers.find((c) => c.id === inv.customerId);
      const body = h`<p><a href="/work-orders/${inv.workOrderId}">Back to work order ${inv.workOrderId}</a></p>
<h1>Invoice ${inv.id}</h1>
<dl aria-label="Invoice details">
<dt>Customer</dt><dd>${customer?.name ?? inv.customerId}</dd>
<dt>Issued</dt><dd>${formatDateTime(inv.issuedAt)}</dd>
<dt>Status</dt><dd>${inv.status === 'paid' ? 'Paid' : 'Open'}</dd>
</dl>
<table>
<caption>Invoice lines</caption>
<thead><tr><th scope="col">Description</th><th scope="col">Quantity</th><th scope="col">Unit price</th><th scope="col">Amount</th></tr></thead>
<tbody>
${inv.lines.map((l) => h`<tr><td>${l.description}</td><td>${l.quantity}</td><td>${formatMoney(l.unitPriceCents)}</td><td>${formatMoney(l.quantity * l.unitPriceCents)}</td></tr>`)}
</tbody>
<tfoot><tr><th scope="row" colspan="3">Total</th><td data-testid="invoice-total">${formatMoney(inv.totalCents)}</td></tr></tfoot>
</table>`;
      return html(200, layout({ title: `Invoice ${inv.id}`, page: 'invoice', section: 'work-orders', userEmail: userEmail(ctx), body }));
    },
  },
  {
    method: 'GET',
    path: '/reports',
    auth: 'session',
    crm: false,
    slow: true,
    handler(ctx) {
      const db = ctx.app.store.data;
      const byStatus = (s: 'open' | 'paid') => db.invoices.filter((i) => i.status === s).reduce((sum, i) => sum + i.totalCents, 0);
      const body = h`<h1>Reports</h1>
<table>
<caption>Invoiced revenue</caption>
<thead><tr><th scope="col">Status</th><th scope="col">Invoices</th><th scope="col">Amount</th></tr></thead>
<tbody>
<tr><th scope="row">Paid</th><td>${db.invoices.filter((i) => i.status === 'paid').length}</td><td>${formatMoney(byStatus('paid'))}</td></tr>
<tr><th scope="row">Open</th><td>${db.invoices.filter((i) => i.status === 'open').length}</td><td>${formatMoney(byStatus('open'))}</td></tr>
</tbody>
</table>
<table>
<caption>Completed jobs per technician</caption>
<thead><tr><th scope="col">Technician</th><th scope="col">Completed jobs</th></tr></thead>
<tbody>${technicianWorkload(db).map((w) => h`<tr><th scope="row">${w.technician}</th><td>${w.counts.done}</td></tr>`)}</tbody>
</table>`;
      return html(200, layout({ title: 'Reports', page: 'reports', section: 'reports', userEmail: userEmail(ctx), body }));
    },
  },
];
