import type { PageRoute } from './page-route.js';
import { loginRoutes } from './pages/login.js';
import { dashboardRoutes } from './pages/dashboard.js';
import { customerPageRoutes } from './pages/customers.js';
import { workOrderPageRoutes } from './pages/work-orders.js';
import { invoiceAndReportRoutes } from './pages/invoices-reports.js';

/** Every HTML page and form action of the web UI. */
export const PAGE_ROUTES: readonly PageRoute[] = [...loginRoutes, ...dashboardRoutes, ...customerPageRoutes, ...workOrderPageRoutes, ...invoiceAndReportRoutes];
