import type { PageRoute } from '../page-route.js';
import type { RequestContext } from '../../app/context.js';
import { html, redirect } from '../../app/reply.js';
import { h } from '../html.js';
import { layout } from '../layout.js';
import { HttpError } from '../../domain/errors.js';
import { SESSION_COOKIE, attemptLogin, authenticateSession } from '../../auth/authenticate.js';

/** Only same-site paths: never an open redirect. */
export function safeNext(next: string | undefined | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/dashboard';
}

function loginPage(opts: { error?: string; email?: string; next: string; notice?: string }): string {
  return layout({
    title: 'Sign in',
    page: 'login',
    section: 'none',
    body: h`<h1>Sign in</h1>
${opts.notice ? h`<p role="status">${opts.notice}</p>` : ''}
${opts.error ? h`<p role="alert" class="error" id="login-error">${opts.error}</p>` : ''}
<form method="post" action="/login" class="card" data-autofocus>
  <input type="hidden" name="next" value="${opts.next}">
  <div class="field"><label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="${opts.email ?? ''}"${opts.error ? h` aria-describedby="login-error"` : ''}></div>
  <div class="field"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
  <button type="submit">Sign in</button>
</form>`,
  });
}

export function sessionCookie(token: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${maxAgeSeconds}`;
}

export const CLEAR_SESSION_COOKIE = `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`;

async function postLogin(ctx: RequestContext) {
  const form = await ctx.formBody();
  const next = safeNext(form.next);
  const email = (form.email ?? '').trim();
  if (!email || !form.password) return html(400, loginPage({ error: 'Enter your email and password.', email, next }));
  try {
    const user = await attemptLogin(ctx.app, ctx.clientIp, email, form.password);
    const token = await ctx.app.tokens.issue('session', user);
    return redirect(next, { 'Set-Cookie': sessionCookie(token, ctx.app.tokens.ttl('session')) });
  } catch (err) {
    if (err instanceof HttpError && (err.status === 401 || err.status === 429)) {
      const message = err.status === 401 ? 'Wrong email or password.' : `Too many failed attempts. ${err.message.replace(/^too many failed sign-in attempts: /, 'Please ')}.`;
      return html(err.status, loginPage({ error: message, email, next }), err.options.headers);
    }
    throw err;
  }
}

export const loginRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/login',
    auth: 'public',
    crm: false,
    async handler(ctx) {
      const next = safeNext(ctx.url.searchParams.get('next'));
      if (await authenticateSession(ctx.app, ctx.req.headers.cookie)) return redirect(next);
      const notice = ctx.url.searchParams.has('next') ? 'Please sign in to continue.' : undefined;
      return html(200, loginPage({ next, notice }));
    },
  },
  { method: 'POST', path: '/login', auth: 'public', crm: false, handler: postLogin },
  {
    method: 'POST',
    path: '/logout',
    auth: 'public',
    crm: false,
    handler: () => redirect('/login', { 'Set-Cookie': CLEAR_SESSION_COOKIE }),
  },
  { method: 'GET', path: '/', auth: 'session', crm: false, handler: () => redirect('/dashboard') },
];
