import type { PageRoute } from '../page-route.js';
import { userEmail } from '../page-route.js';
import type { RequestContext } from '../../app/context.js';
import { html, redirect } from '../../app/reply.js';
import { ConflictError, type FieldIssue, ValidationError } from '../../domain/errors.js';
import {
  WORK_ORDER_STATUSES,
  assignTechnician,
  changeStatus,
  createWorkOrder,
  getWorkOrder,
  invoiceWorkOrder,
  readWorkOrderInput,
} from '../../domain/work-orders.js';
import { STATUS_LABEL, formatDateTime, h } from '../html.js';
import { layout } from '../layout.js';
import { field, issueSummary } from './form-fields.js';
import { SEED_TECHNICIANS } from '../../store/seed.js';

function customerName(ctx: RequestContext, id: string): string {
  return ctx.app.store.data.customers.find((c) => c.id === id)?.name ?? id;
}

function board(ctx: RequestContext) {
  const db = ctx.app.store.data;
  const columns = WORK_ORDER_STATUSES.map((status) => ({
    status,
    items: db.workOrders.filter((w) => w.status === status).sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor) || a.id.localeCompare(b.id)),
  }));
  const body = h`<h1>Work orders</h1>
<p><a class="btn" href="/work-orders/new">Schedule job</a></p>
<div class="board">
${columns.map(
  (col) => h`<section class="board-column" aria-labelledby="col-${col.status}">
<h2 id="col-${col.status}">${STATUS_LABEL[col.status]}</h2>
<p class="count">${col.items.length} jobs</p>
<ul aria-label="${STATUS_LABEL[col.status]} jobs">
${col.items.map(
  (w) => h`<li><article aria-labelledby="card-${w.id}"><h3 id="card-${w.id}"><a href="/work-orders/${w.id}">${w.id} · ${customerName(ctx, w.customerId)}</a></h3><p>${formatDateTime(w.scheduledFor)} · ${w.technician ?? 'Unassigned'}</p></article></li>`,
)}
</ul>
</section>`,
)}
</div>`;
  return html(200, layout({ title: 'Work orders', page: 'work-orders', section: 'work-orders', userEmail: userEmail(ctx), body }));
}

function newForm(ctx: RequestContext, status: number, values: Record<string, string>, issues?: FieldIssue[]) {
  const customers = [...ctx.app.store.data.customers].sort((a, b) => a.name.localeCompare(b.name));
  const selected = values.customerId ?? '';
  const body = h`<h1>Schedule a pumping job</h1>
<form method="post" action="/work-orders" class="card" data-autofocus>
${issueSummary(issues)}
<div class="field"><label for="f-customerId">Customer</label><select id="f-customerId" name="customerId" required>
<option value="">Choose a customer</option>
${customers.map((c) => h`<option value="${c.id}"${c.id === selected ? h` selected` : ''}>${c.name}</option>`)}
</select></div>
${field({ name: 'scheduledFor', label: 'Date and time (UTC)', type: 'datetime-local', value: values.scheduledFor, required: true, issues })}
${field({ name: 'tankSizeGallons', label: 'Tank size (gallons)', type: 'number', value: values.tankSizeGallons, issues, attrs: h` min="250" max="10000" step="250"` })}
<div class="field"><label for="f-serviceType">Service</label><select id="f-serviceType" name="serviceType"><option value="pumping">Pumping</option><option value="inspection"${values.serviceType === 'inspection' ? h` selected` : ''}>Inspection</option></select></div>
<button type="submit">Schedule job</button> <a href="/work-orders">Cancel</a>
</form>`;
  return html(status, layout({ title: 'Schedule a job', page: 'work-order-new', section: 'work-orders', userEmail: userEmail(ctx), body }));
}

function detail(ctx: RequestContext, id: string, status = 200, problem?: string) {
  const w = getWorkOrder(ctx.app.store.data, id);
  const action = (path: string, label: string, extra = h``) => h`<form method="post" action="/work-orders/${w.id}/${path}" class="inline">${extra}<button type="submit">${label}</button></form>`;
  const next =
    w.status === 'scheduled'
      ? action('status', 'Start job', h`<input type="hidden" name="status" value="in_progress">`)
      : w.status === 'in_progress'
        ? action('status', 'Complete job', h`<input type="hidden" name="status" value="done">`)
        : w.invoiceId
          ? h`<a href="/invoices/${w.invoiceId}">View invoice ${w.invoiceId}</a>`
          : action('invoice', 'Create invoice');
  const body = h`<p><a href="/work-orders">All work orders</a></p>
<h1>Work order ${w.id}</h1>
${problem ? h`<p role="alert" class="error">${problem}</p>` : ''}
<dl aria-label="Work order details">
<dt>Customer</dt><dd><a href="/customers/${w.customerId}">${customerName(ctx, w.customerId)}</a></dd>
<dt>Service</dt><dd>${w.serviceType === 'pumping' ? 'Pumping' : 'Inspection'}</dd>
<dt>Scheduled for</dt><dd>${formatDateTime(w.scheduledFor)}</dd>
<dt>Tank size</dt><dd>${w.tankSizeGallons} gal</dd>
<dt>Technician</dt><dd data-testid="technician">${w.technician ?? 'Unassigned'}</dd>
<dt>Status</dt><dd data-testid="status">${STATUS_LABEL[w.status]}</dd>
</dl>
${
  w.status !== 'done'
    ? h`<form method="post" action="/work-orders/${w.id}/assign" class="card">
<div class="field"><label for="f-technician">Technician</label><input id="f-technician" name="technician" list="technicians" value="${w.technician ?? ''}" required></div>
<datalist id="technicians">${SEED_TECHNICIANS.map((t) => h`<option value="${t}">`)}</datalist>
<button type="submit">Assign technician</button>
</form>`
    : ''
}
<p>${next}</p>`;
  return html(status, layout({ title: `Work order ${w.id}`, page: 'work-order', section: 'work-orders', userEmail: userEmail(ctx), body }));
}

/** Runs a form action; a 409 or 400 re-renders the work order with the reason instead of a bare error page. */
async function act(ctx: RequestContext, run: (form: Record<string, string>) => unknown) {
  const id = ctx.param('id');
  getWorkOrder(ctx.app.store.data, id);
  try {
    run(await ctx.formBody());
    return redirect(`/work-orders/${id}`);
  } catch (err) {
    if (err instanceof ConflictError) return detail(ctx, id, 409, err.message);
    if (err instanceof ValidationError) return detail(ctx, id, 400, err.details.map((d) => `${d.field} ${d.message}`).join('; '));
    throw err;
  }
}

export const workOrderPageRoutes: PageRoute[] = [
  { method: 'GET', path: '/work-orders', auth: 'session', crm: true, handler: board },
  { method: 'GET', path: '/work-orders/new', auth: 'session', crm: true, handler: (ctx) => newForm(ctx, 200, { customerId: ctx.url.searchParams.get('customerId') ?? '' }) },
  {
    method: 'POST',
    path: '/work-orders',
    auth: 'session',
    crm: true,
    async handler(ctx) {
      const values = await ctx.formBody();
      try {
        const wo = createWorkOrder(ctx.app.store, readWorkOrderInput(ctx.app.store.data, values, 'form'));
        return redirect(`/work-orders/${wo.id}`);
      } catch (err) {
        if (err instanceof ValidationError) return newForm(ctx, 400, values, err.details);
        throw err;
      }
    },
  },
  { method: 'GET', path: '/work-orders/{id}', auth: 'session', crm: true, handler: (ctx) => detail(ctx, ctx.param('id')) },
  { method: 'POST', path: '/work-orders/{id}/assign', auth: 'session', crm: true, handler: (ctx) => act(ctx, (form) => assignTechnician(ctx.app.store, ctx.param('id'), form, 'form')) },
  { method: 'POST', path: '/work-orders/{id}/status', auth: 'session', crm: true, handler: (ctx) => act(ctx, (form) => changeStatus(ctx.app.store, ctx.param('id'), form, 'form')) },
  {
    method: 'POST',
    path: '/work-orders/{id}/invoice',
    auth: 'session',
    crm: true,
    async handler(ctx) {
      try {
        const invoice = invoiceWorkOrder(ctx.app.store, ctx.param('id'));
        return redirect(`/invoices/${invoice.id}`);
      } catch (err) {
        if (err instanceof ConflictError) return detail(ctx, ctx.param('id'), 409, err.message);
        throw err;
      }
    },
  },
];
