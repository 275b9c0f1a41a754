/** The action a site-facing route checks, e.g. `api::needs.needs.check`: the site's token holds exactly these. */
export const siteAction = (api: string, name: string) => `api::${api}.${api}.${name}`;

interface SiteRoute {
  method: 'GET' | 'POST';
  path: string;
  /** The controller action, which is also the token permission the route asks for. */
  action: string;
}

/**
 * The site-facing routes of one API folder. Only the site's server calls them, with its API token, which holds
 * exactly these actions (global::site-token checks the route's action); Strapi's own auth is off so that a caller
 * without a token gets 401.
 */
export function siteRoutes(api: string, routes: SiteRoute[]) {
  return {
    routes: routes.map(({ method, path, action }) => ({
      method,
      path,
      handler: `${api}.${action}`,
      config: { auth: false as const, policies: [{ name: 'global::site-token', config: { action: siteAction(api, action) } }] },
    })),
  };
}

/** The token permissions a router's routes ask for (cms/src/bootstrap/site-token.ts gives them to the site's token). */
export const actionsOf = (router: ReturnType<typeof siteRoutes>) => router.routes.map((route) => route.config.policies[0].config.action);
