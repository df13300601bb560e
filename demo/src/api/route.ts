import type { RouteShape } from '../app/router.js';
import type { RequestContext } from '../app/context.js';
import type { Reply } from '../app/reply.js';

/** Who may call an API route: anyone, a bearer access token, or the admin token. */
export type ApiAuth = 'public' | 'bearer' | 'admin';

/** One JSON route. `crm` routes are the ones the `api-500` fault breaks. */
export interface ApiRoute extends RouteShape {
  auth: ApiAuth;
  crm: boolean;
  handler: (ctx: RequestContext) => Promise<Reply> | Reply;
}

/** Where the customer routes live normally, and where `route-moved` puts them. */
export const CUSTOMERS_PATH = '/api/v1/customers';
export const MOVED_CUSTOMERS_PATH = '/api/v2/customers';

/** Rewrites a path for `route-moved`: the customer routes (and their sub-routes) move to /api/v2. */
export function movePath(path: string): string {
  return path === CUSTOMERS_PATH || path.startsWith(`${CUSTOMERS_PATH}/`) ? MOVED_CUSTOMERS_PATH + path.slice(CUSTOMERS_PATH.length) : path;
}
