import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { buildBeforeAfter } from './change-view';
import { impactCsv, impactFilename } from './csv';
import { assertEffortInScope, loadEffort } from './effort';
import { effortsInScope } from './efforts-list';
import { loadPairs } from './pairs';
import { beforeAfterParams, effortIdParam, issuesMessage, reportParams } from './params';
import { buildImpactReport } from './report';
import { FIGURE_ROLES, requireOwnMunicipality, scopeOf } from './scope';
import { adminRouter } from '../lib/admin-router';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new errors.ValidationError(issuesMessage(parsed.error));
  return parsed.data;
}

function handlers(strapi: Core.Strapi) {
  const report = async (ctx: Ctx) => {
    const { documentId } = parse(effortIdParam, ctx.params);
    const params = parse(reportParams, ctx.query);
    const effort = await loadEffort(strapi, documentId, params.locale);
    if (!effort) throw new errors.NotFoundError('No effort with this id.');
    assertEffortInScope(await scopeOf(strapi, ctx), effort);
    return buildImpactReport(strapi, effort, params);
  };
  return {
    async beforeAfter(ctx: Ctx) {
      const params = parse(beforeAfterParams, ctx.query);
      requireOwnMunicipality(await scopeOf(strapi, ctx), params.municipality);
      const { source, groupBy, ...filters } = params;
      ctx.body = buildBeforeAfter(await loadPairs(strapi, source), source, groupBy, filters);
    },
    async efforts(ctx: Ctx) {
      const { locale } = parse(reportParams, { locale: ctx.query.locale });
      ctx.body = { efforts: await effortsInScope(strapi, await scopeOf(strapi, ctx), locale) };
    },
    async report(ctx: Ctx) {
      ctx.body = await report(ctx);
    },
    async reportCsv(ctx: Ctx) {
      const result = await report(ctx);
      ctx.set('Content-Type', 'text/csv; charset=utf-8');
      ctx.set('Content-Disposition', `attachment; filename="${impactFilename(result)}"`);
      ctx.body = impactCsv(result);
    },
  };
}

/**
 * Before/after and impact reports under /kn-impact: admin session required (401), then Coordinator, Super Admin or
 * Partner (403 for others); partners are further held to their own municipalities (scope.ts), here in the API.
 */
export function registerImpactAdminRoutes(strapi: Core.Strapi): void {
  const h = handlers(strapi);
  const config = { policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles: FIGURE_ROLES } }] };
  strapi.server.routes(
    adminRouter('/kn-impact', [
      { method: 'GET', path: '/before-after', handler: h.beforeAfter, config },
      { method: 'GET', path: '/efforts', handler: h.efforts, config },
      { method: 'GET', path: '/efforts/:documentId/report', handler: h.report, config },
      { method: 'GET', path: '/efforts/:documentId/report.csv', handler: h.reportCsv, config },
    ]),
  );
}
