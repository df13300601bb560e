import type { PageRoute } from '../page-route.js';
import { userEmail } from '../page-route.js';
import { html } from '../../app/reply.js';
import type { Database, WorkOrderStatus } from '../../store/types.js';
import { h } from '../html.js';
import { layout } from '../layout.js';
import { SEED_TECHNICIANS } from '../../store/seed.js';

interface Workload {
  technician: string;
  counts: Record<WorkOrderStatus, number>;
}

/** Jobs per technician: the seeded crew first, then anyone else, then unassigned jobs. */
export function technicianWorkload(db: Readonly<Database>): Workload[] {
  const names = [...SEED_TECHNICIANS, ...new Set(db.workOrders.map((w) => w.technician).filter((t): t is string => !!t && !(SEED_TECHNICIANS as readonly string[]).includes(t)))];
  const rows = [...names.map((n) => ({ key: n as string | null, label: n })), { key: null, label: 'Unassigned' }];
  return rows.map(({ key, label }) => {
    const counts: Record<WorkOrderStatus, number> = { scheduled: 0, in_progress: 0, done: 0 };
    for (const w of db.workOrders) if (w.technician === key) counts[w.status]++;
    return { technician: label, counts };
  });
}

function stat(id: string, label: string, value: number) {
  return h`<section class="stat" aria-labelledby="stat-${id}"><h2 id="stat-${id}">${label}</h2><p class="stat-value" data-testid="stat-${id}">${value}</p></section>`;
}

export const dashboardRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/dashboard',
    auth: 'session',
    crm: true,
    handler(ctx) {
      const db = ctx.app.store.data;
      const count = (s: WorkOrderStatus) => db.workOrders.filter((w) => w.status === s).length;
      const workload = technicianWorkload(db);
      const max = Math.max(1, ...workload.map((w) => w.counts.scheduled + w.counts.in_progress));
      const body = h`<h1>Dashboard</h1>
<div class="stats">
${stat('customers', 'Customers', db.customers.length)}
${stat('scheduled', 'Scheduled jobs', count('scheduled'))}
${stat('in-progress', 'Jobs in progress', count('in_progress'))}
${stat('done', 'Completed jobs', count('done'))}
${stat('open-invoices', 'Open invoices', db.invoices.filter((i) => i.status === 'open').length)}
</div>
<figure class="chart" data-chart="workload" data-max="${max}" aria-labelledby="chart-title">
<figcaption id="chart-title">Open jobs per technician</figcaption>
${workload.map((w) => h`<div><span>${w.technician}</span><div class="bar" data-value="${w.counts.scheduled + w.counts.in_progress}"></div></div>`)}
</figure>
<table>
<caption>Technician workload</caption>
<thead><tr><th scope="col">Technician</th><th scope="col">Scheduled</th><th scope="col">In progress</th><th scope="col">Done</th></tr></thead>
<tbody>
${workload.map((w) => h`<tr><th scope="row">${w.technician}</th><td>${w.counts.scheduled}</td><td>${w.counts.in_progress}</td><td>${w.counts.done}</td></tr>`)}
</tbody>
</table>`;
      return html(200, layout({ title: 'Dashboard', page: 'dashboard', section: 'dashboard', userEmail: userEmail(ctx), body }));
    },
  },
];
