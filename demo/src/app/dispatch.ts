import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { type AppContext, RequestContext } from './context.js';
import { type Reply, html, json, redirect, sendReply } from './reply.js';
import { Router } from './router.js';
import { applySecurityHeaders } from './security-headers.js';
import { HttpError, ValidationError } from '../domain/errors.js';
import { AuthError } from '../auth/tokens.js';
import { SESSION_COOKIE, authenticateBearer, authenticateSession, checkAdminToken, readCookie } from '../auth/authenticate.js';
import { type ApiRoute } from '../api/route.js';
import { activeApiRoutes } from '../api/routes.js';
import { type PageRoute } from '../ui/page-route.js';
import { PAGE_ROUTES } from '../ui/routes.js';
import { serveAsset } from '../ui/assets.js';
import { errorPage } from '../ui/pages/error-page.js';
import { CLEAR_SESSION_COOKIE } from '../ui/pages/login.js';

const apiRouters = { normal: new Router(activeApiRoutes(false)), moved: new Router(activeApiRoutes(true)) };
const pageRouter = new Router(PAGE_ROUTES);

function errorBody(err: HttpError): Record<string, unknown> {
  return err instanceof ValidationError ? { error: err.message, details: err.details } : { error: err.message };
}

async function runApiRoute(app: AppContext, ctx: RequestContext, route: ApiRoute): Promise<Reply> {
  if (route.auth === 'bearer') ctx.principal = await authenticateBearer(app, ctx.req.headers.authorization);
  if (route.auth === 'admin') checkAdminToken(app.config.adminToken, ctx.req.headers['x-admin-token']);
  if (route.crm && app.faults.isOn('api-500')) return json(500, { error: 'Internal Server Error' });
  return route.handler(ctx);
}

/** Form posts must come from this origin (the SameSite cookie is the first line; this is the second). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // scripts and older browsers send none
  if (origin === 'null') return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function runPageRoute(app: AppContext, ctx: RequestContext, route: PageRoute): Promise<Reply> {
  if (ctx.req.method === 'POST' && !sameOrigin(ctx.req)) throw new HttpError(403, 'This form was posted from another site.');
  if (route.auth === 'session') {
    const principal = await authenticateSession(app, ctx.req.headers.cookie);
    if (!principal) {
      const next = ctx.req.method === 'GET' ? `?next=${encodeURIComponent(ctx.url.pathname + ctx.url.search)}` : '';
      const stale = readCookie(ctx.req.headers.cookie, SESSION_COOKIE) !== undefined;
      return redirect(`/login${next}`, stale ? { 'Set-Cookie': CLEAR_SESSION_COOKIE } : undefined);
    }
    ctx.principal = principal;
  }
  if (route.crm && app.faults.isOn('api-500')) return html(500, errorPage(500, 'Something went wrong on our side.', ctx.principal?.email));
  if (route.slow && app.faults.isOn('slow')) await delay(app.config.slowMs);
  return route.handler(ctx);
}

function isJsonPath(pathname: string): boolean {
  return pathname.startsWith('/api/') || pathname.startsWith('/__') || pathname === '/health' || pathname === '/openapi.json';
}

async function route(app: AppContext, req: IncomingMessage, url: URL): Promise<Reply> {
  const method = req.method ?? 'GET';
  const api = (app.faults.isOn('route-moved') ? apiRouters.moved : apiRouters.normal).match(method, url.pathname);
  if (api.kind === 'found') return runApiRoute(app, new RequestContext(app, req, url, api.params), api.route);
  if (api.kind === 'method-not-allowed') return json(405, { error: 'Method Not Allowed' }, { Allow: api.allow.join(', ') });
  if (isJsonPath(url.pathname)) return json(404, { error: 'Not Found' });

  const asset = method === 'GET' || method === 'HEAD' ? serveAsset(url.pathname, app.faults.isOn('js-error')) : undefined;
  if (asset) return asset;
  const page = pageRouter.match(method, url.pathname);
  if (page.kind === 'found') return runPageRoute(app, new RequestContext(app, req, url, page.params), page.route);
  if (page.kind === 'method-not-allowed') return html(405, errorPage(405, 'This page does not take that kind of request.'), { Allow: page.allow.join(', ') });
  return html(404, errorPage(404, 'There is no page at this address.'));
}

/** The request handler: security headers, routing, auth, faults, and errors turned into JSON or HTML. */
export function createRequestHandler(app: AppContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    applySecurityHeaders(res, app.faults.isOn('security-header-missing'));
    route(app, req, url)
      .catch((err: unknown): Reply => {
        const wantsJson = isJsonPath(url.pathname);
        if (err instanceof AuthError) return json(401, { error: err.message }, { 'WWW-Authenticate': 'Bearer' });
        if (err instanceof HttpError) {
          return wantsJson ? json(err.status, errorBody(err), err.options.headers) : html(err.status, errorPage(err.status, err.message), err.options.headers);
        }
        console.error(`demo: ${req.method} ${url.pathname} failed:`, err);
        return wantsJson ? json(500, { error: 'Internal Server Error' }) : html(500, errorPage(500, 'Something went wrong on our side.'));
      })
      .then((reply) => {
        if (!res.headersSent && !res.destroyed) sendReply(res, reply);
      })
      .catch((err: unknown) => {
        console.error('demo: could not send a reply:', err);
        res.destroy();
      });
  };
}
