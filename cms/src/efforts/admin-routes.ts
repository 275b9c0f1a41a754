import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { OVERVIEW_ROLES, REGION_ROLES } from '../needs/overview/admin-routes';
import { requireOwnMunicipality, scopeOf } from '../impact/scope';
import { consentedContacts, selectionParams, startBody, startEffort } from './selection';
import { adminRouter } from '../lib/admin-router';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter ${i.keys.join(', ')}; allowed: dimension, municipality, industry` : `${i.path.join('.')}: ${i.message}`))
      .join('; ');
    throw new errors.ValidationError(message);
  }
  return parsed.data;
}

/**
 * "Start an effort" from the needs overview, under /kn-efforts (admin session; Coordinator or Super Admin, like the
 * overview): GET /selection tells how many consented contact requests fit a selection, POST /start creates a draft
 * effort carrying it and answers where its edit view is.
 */
export function registerEffortAdminRoutes(strapi: Core.Strapi): void {
  const guard = (roles: string[]) => ({ policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles } }] });
  const selection = async (ctx: Ctx) => {
    const params = parse(selectionParams, ctx.query);
    ctx.body = { selection: params, consentedContacts: await consentedContacts(strapi, params) };
  };
  // A partner (municipal business office) may start a draft for one of its own municipalities, but reads nothing
  // about contact requests: those are the learning centres' inbox.
  const start = async (ctx: Ctx) => {
    const body = parse(startBody, ctx.request.body);
    const scope = await scopeOf(strapi, ctx);
    requireOwnMunicipality(scope, body.municipality);
    const effort = await startEffort(strapi, body);
    ctx.status = 201;
    ctx.body = scope.region ? { ...effort, consentedContacts: await consentedContacts(strapi, body) } : effort;
  };
  strapi.server.routes(
    adminRouter('/kn-efforts', [
      { method: 'GET', path: '/selection', handler: selection, config: guard(REGION_ROLES) },
      { method: 'POST', path: '/start', handler: start, config: guard(OVERVIEW_ROLES) },
    ]),
  );
}
