import type { ApiRoute } from './route.js';
import { movePath } from './route.js';
import { adminRoutes } from './admin-routes.js';
import { authRoutes } from './auth-routes.js';
import { customerRoutes } from './customer-routes.js';
import { workOrderRoutes } from './work-order-routes.js';

/** Every JSON route as the healthy app serves it. The OpenAPI document must list exactly these. */
export const API_ROUTES: readonly ApiRoute[] = [...adminRoutes, ...authRoutes, ...customerRoutes, ...workOrderRoutes];

/** The routes as served now: with `route-moved` the customer routes answer under /api/v2 only. */
export function activeApiRoutes(routeMoved: boolean): ApiRoute[] {
  return API_ROUTES.map((route) => (routeMoved ? { ...route, path: movePath(route.path) } : route));
}
