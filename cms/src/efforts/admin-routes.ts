import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { OVERVIEW_ROLES } from '../needs/overview/admin-routes';
import { consentedContacts, selectionParams, startBody, startEffort } from './selection';

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
  const guard = { policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles: OVERVIEW_ROLES } }] };
  const selection = async (ctx: Ctx) => {
    const params = parse(selectionParams, ctx.query);
    ctx.body = { selection: params, consentedContacts: await consentedContacts(strapi, params) };
  };
  const start = async (ctx: Ctx) => {
    const body = parse(startBody, ctx.request.body);
    const effort = await startEffort(strapi, body);
    ctx.status = 201;
    ctx.body = { ...effort, consentedContacts: await consentedContacts(strapi, body) };
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '/kn-efforts',
    routes: [
      { method: 'GET', path: '/selection', handler: selection, config: guard },
      { method: 'POST', path: '/start', handler: start, config: guard },
    ],
  } as never);
}
