import type { Core } from '@strapi/strapi';

/**
 * One of our admin routers, typed as `strapi.server.routes()` takes it. Strapi fills each route's `info` itself when
 * it registers a router (with the router's type), so our routes leave it empty.
 */
export function adminRouter(prefix: string, routes: Omit<Core.Route, 'info'>[]): Core.Router {
  return { type: 'admin', prefix, routes: routes.map((route) => ({ ...route, info: {} })) };
}
