import type { PageRoute } from '../page-route.js';
import { userEmail } from '../page-route.js';
import type { RequestContext } from '../../app/context.js';
import { html, redirect } from '../../app/reply.js';
import { type FieldIssue, ValidationError } from '../../domain/errors.js';
import { createCustomer, getCustomer, listCustomers, readCustomerInput } from '../../domain/customers.js';
import { listWorkOrders } from '../../domain/work-orders.js';
import { STATUS_LABEL, formatDateTime, h } from '../html.js';
import { layout } from '../layout.js';
import { field, issueSummary } from './form-fields.js';

const PAGE_SIZE = 20;

/** With `ui-renamed` the button's text and class change, as after a front-end redesign. */
function addButton(renamed: boolean) {
  const [label, cls] = renamed ? ['New customer', 'btn-create-customer'] : ['Add customer', 'btn-add-customer'];
  return h`<form method="get" action="/customers" class="inline"><input type="hidden" name="new" value="1"><button type="submit" class="btn ${cls}">${label}</button></form>`;
}

function customerForm(values: Record<string, string>, issues?: FieldIssue[]) {
  return h`<form method="post" action="/customers" class="card" aria-labelledby="customer-form-title" data-autofocus>
<h2 id="customer-form-title">Customer details</h2>
${issueSummary(issues)}
${field({ name: 'name', label: 'Name', value: values.name, required: true, issues })}
${field({ name: 'email', label: 'Email', type: 'email', value: values.email, required: true, issues })}
${field({ name: 'phone', label: 'Phone', type: 'tel', value: values.phone, issues })}
${field({ name: 'address', label: 'Street address', value: values.address, required: true, issues })}
${field({ name: 'city', label: 'City', value: values.city, required: true, issues })}
${field({ name: 'tankSizeGallons', label: 'Tank size (gallons)', type: 'number', value: values.tankSizeGallons ?? '1000', issues, attrs: h` min="250" max="10000" step="250"` })}
<button type="submit">Save customer</button> <a href="/customers">Cancel</a>
</form>`;
}

function listPage(ctx: RequestContext, status: number, form?: { values: Record<string, string>; issues?: FieldIssue[] }) {
  const q = ctx.url.searchParams;
  const search = (q.get('search') ?? '').slice(0, 100);
  const page = Math.max(1, Number.parseInt(q.get('page') ?? '1', 10) || 1);
  const result = listCustomers(ctx.app.store.data, search, page, PAGE_SIZE);
  const open = form ?? (q.get('new') === '1' ? { values: {} } : undefined);
  const openJobs = (id: string) => ctx.app.store.data.workOrders.filter((w) => w.customerId === id && w.status !== 'done').length;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const link = (p: number) => `/customers?${new URLSearchParams({ ...(search ? { search } : {}), page: String(p) })}`;
  const body = h`<h1>Customers</h1>
<div class="toolbar">
<form role="search" method="get" action="/customers" aria-label="Customers">
<label for="search">Search customers</label> <input type="search" id="search" name="search" value="${search}"> <button type="submit">Search</button>
</form>
${addButton(ctx.app.faults.isOn('ui-renamed'))}
</div>
${open ? customerForm(open.values, open.issues) : ''}
<p role="status">Showing ${result.items.length} of ${result.total} customers${search ? h` matching “${search}”` : ''}</p>
<table>
<caption>Customer list</caption>
<thead><tr><th scope="col">Name</th><th scope="col">City</th><th scope="col">Phone</th><th scope="col">Tank size (gal)</th><th scope="col">Open jobs</th></tr></thead>
<tbody>
${result.items.map((c) => h`<tr><td><a href="/customers/${c.id}">${c.name}</a></td><td>${c.city}</td><td>${c.phone}</td><td>${c.tankSizeGallons}</td><td>${openJobs(c.id)}</td></tr>`)}
</tbody>
</table>
${pages > 1 ? h`<nav aria-label="Pagination"><p>Page ${page} of ${pages}</p>${page > 1 ? h`<a href="${link(page - 1)}">Previous</a> ` : ''}${page < pages ? h`<a href="${link(page + 1)}">Next</a>` : ''}</nav>` : ''}`;
  return html(status, layout({ title: 'Customers', page: 'customers', section: 'customers', userEmail: userEmail(ctx), body }));
}

export const customerPageRoutes: PageRoute[] = [
  { method: 'GET', path: '/customers', auth: 'session', crm: true, handler: (ctx) => listPage(ctx, 200) },
  {
    method: 'POST',
    path: '/customers',
    auth: 'session',
    crm: true,
    async handler(ctx) {
      const values = await ctx.formBody();
      try {
        const customer = createCustomer(ctx.app.store, readCustomerInput(values, 'form'));
        return redirect(`/customers/${customer.id}`);
      } catch (err) {
        if (err instanceof ValidationError) return listPage(ctx, 400, { values, issues: err.details });
        throw err;
      }
    },
  },
  {
    method: 'GET',
    path: '/customers/{id}',
    auth: 'session',
    crm: true,
    handler(ctx) {
      const db = ctx.app.store.data;
      const c = getCustomer(db, ctx.param('id'));
      const jobs = listWorkOrders(db, { customerId: c.id }, 1, 100).items;
      const body = h`<p><a href="/customers">All customers</a></p>
<h1>${c.name}</h1>
<dl aria-label="Customer details">
<dt>Email</dt><dd>${c.email}</dd>
<dt>Phone</dt><dd>${c.phone || '—'}</dd>
<dt>Address</dt><dd>${c.address}, ${c.city}</dd>
<dt>Tank size</dt><dd>${c.tankSizeGallons} gal</dd>
<dt>Notes</dt><dd>${c.notes || '—'}</dd>
</dl>
<p><a class="btn" href="/work-orders/new?customerId=${c.id}">Schedule pumping</a></p>
<table>
<caption>Work orders</caption>
<thead><tr><th scope="col">Work order</th><th scope="col">Scheduled for</th><th scope="col">Technician</th><th scope="col">Status</th></tr></thead>
<tbody>
${jobs.map((w) => h`<tr><td><a href="/work-orders/${w.id}">${w.id}</a></td><td>${formatDateTime(w.scheduledFor)}</td><td>${w.technician ?? 'Unassigned'}</td><td>${STATUS_LABEL[w.status]}</td></tr>`)}
</tbody>
</table>`;
      return html(200, layout({ title: c.name, page: 'customer', section: 'customers', userEmail: userEmail(ctx), body }));
    },
  },
];
