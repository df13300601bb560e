import type { RouteShape } from '../app/router.js';
import type { RequestContext } from '../app/context.js';
import type { Reply } from '../app/reply.js';

/** One HTML route. `session` routes redirect anonymous visitors to /login; `crm` ones break under `api-500`. */
export interface PageRoute extends RouteShape {
  auth: 'public' | 'session';
  crm: boolean;
  /** Held back `DEMO_SLOW_MS` while the `slow` fault is on. */
  slow?: boolean;
  handler: (ctx: RequestContext) => Promise<Reply> | Reply;
}

/** The signed-in user's email (session routes only run with a principal). */
export function userEmail(ctx: RequestContext): string {
  return ctx.principal?.email ?? '';
}
