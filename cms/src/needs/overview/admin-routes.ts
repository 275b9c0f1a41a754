import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { PARTNER_ROLE, requireOwnMunicipality, scopeOf } from '../../impact/scope';
import { backlog } from './backlog';
import { overviewCsv, overviewFilename } from './csv';
import { buildOverview } from './figures';
import { backlogParams, overviewParams, paramsMessage } from './params';
import { replaceSyntheticResponses } from '../synthetic';
import { loadResponses } from './query';
import { adminRouter } from '../../lib/admin-router';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Who may see the region's figures: coordinators (and the super admin). */
export const REGION_ROLES = ['strapi-super-admin', 'kn-coordinator'];
/** Partners too, but only a view of one of their own municipalities (impact/scope.ts). */
export const OVERVIEW_ROLES = [...REGION_ROLES, PARTNER_ROLE];
/** The backlog names no firm and shows shares only above k: researchers see it too, to know what to write next. */
export const BACKLOG_ROLES = [...REGION_ROLES, 'kn-researcher'];

function parse<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new errors.ValidationError(paramsMessage(parsed.error));
  return parsed.data;
}

/** Demo data: the super admin (or the e2e stack, as the development super admin) loads synthetic responses. */
const syntheticBody = z.strictObject({ count: z.number().int().min(0).max(5000).default(400) });

function handlers(strapi: Core.Strapi) {
  const overviewOf = async (ctx: Ctx) => {
    const params = parse(overviewParams, ctx.query);
    requireOwnMunicipality(await scopeOf(strapi, ctx), params.municipality);
    return buildOverview(await loadResponses(strapi, params.source), params);
  };
  return {
    async overview(ctx: Ctx) {
      ctx.body = await overviewOf(ctx);
    },
    async overviewCsv(ctx: Ctx) {
      const result = await overviewOf(ctx);
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${overviewFilename(result)}"`);
      ctx.body = overviewCsv(result);
    },
    async synthetic(ctx: Ctx) {
      const { count } = parse(syntheticBody, ctx.request.body ?? {});
      ctx.body = await replaceSyntheticResponses(strapi, count);
    },
    async backlog(ctx: Ctx) {
      ctx.body = await backlog(strapi, parse(backlogParams, ctx.query).source);
    },
  };
}

/**
 * The coordinators' API behind the admin page, under /kn-needs: admin session required (401 without), then a role
 * (403 for others). k-anonymity is enforced here, in the API, whatever page or script calls it.
 */
export function registerNeedsAdminRoutes(strapi: Core.Strapi): void {
  const h = handlers(strapi);
  const guard = (roles: string[]) => ({ policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles } }] });
  strapi.server.routes(
    adminRouter('/kn-needs', [
      { method: 'GET', path: '/overview', handler: h.overview, config: guard(OVERVIEW_ROLES) },
      { method: 'GET', path: '/overview.csv', handler: h.overviewCsv, config: guard(OVERVIEW_ROLES) },
      { method: 'GET', path: '/backlog', handler: h.backlog, config: guard(BACKLOG_ROLES) },
      { method: 'POST', path: '/synthetic', handler: h.synthetic, config: guard(['strapi-super-admin']) },
    ]),
  );
}
