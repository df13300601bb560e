import type { ApiRoute } from './route.js';
import type { AppContext } from '../app/context.js';
import type { User } from '../store/types.js';
import { json } from '../app/reply.js';
import { FieldReader } from '../domain/fields.js';
import { attemptLogin, authenticateRefresh } from '../auth/authenticate.js';

/** The token pair every sign-in and refresh answers. */
export async function issueTokenPair(app: AppContext, user: Pick<User, 'id' | 'email'>) {
  return {
    accessToken: await app.tokens.issue('access', user),
    refreshToken: await app.tokens.issue('refresh', user),
    tokenType: 'Bearer' as const,
    expiresIn: app.tokens.ttl('access'),
  };
}

export const authRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    auth: 'public',
    crm: false,
    async handler(ctx) {
      const r = new FieldReader(await ctx.jsonBody(), 'json');
      const email = r.string('email', { required: true, max: 160 });
      const password = r.string('password', { required: true, max: 200 });
      r.done();
      const user = await attemptLogin(ctx.app, ctx.clientIp, email ?? '', password ?? '');
      return json(200, await issueTokenPair(ctx.app, user));
    },
  },
  {
    method: 'POST',
    path: '/api/v1/auth/refresh',
    auth: 'public',
    crm: false,
    async handler(ctx) {
      const r = new FieldReader(await ctx.jsonBody(), 'json');
      const refreshToken = r.string('refreshToken', { required: true, max: 4000 });
      r.done();
      const principal = await authenticateRefresh(ctx.app, refreshToken ?? '');
      return json(200, await issueTokenPair(ctx.app, { id: principal.userId, email: principal.email }));
    },
  },
];
