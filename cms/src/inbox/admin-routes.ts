import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { EFFORT_TYPES, NEEDS_TYPES } from '../lib/content-types';
import { inviteBody, inviteContacts, publishedEffort, type ContactRow } from './invite';
import { coordinatedMunicipalities } from './rbac';
import { adminRouter } from '../lib/admin-router';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const isSuperAdmin = (ctx: Ctx) => (ctx.state.user?.roles ?? []).some((r: { code?: string }) => r.code === 'strapi-super-admin');
const CONTACT_FIELDS = ['id', 'documentId', 'name', 'email', 'locale', 'municipality', 'contactStatus', 'unsubscribedAt', 'unsubscribeNonce'];

/**
 * POST /kn-inbox/invite {effort, contacts: [documentId…]} — "invite to effort" from the inbox: one mail per selected
 * contact request with an e-mail address, not unsubscribed and not yet invited to this effort. A coordinator may
 * only select requests of their own centres' municipalities (403 code out_of_scope, nothing sent).
 * Answers {sent, skipped: {no_email, unsubscribed, already_invited, failed}}.
 */
async function invite(strapi: Core.Strapi, ctx: Ctx) {
  const parsed = inviteBody.safeParse(ctx.request.body);
  if (!parsed.success) {
    throw new errors.ValidationError(parsed.error.issues.map((i) => i.message).join('; '), { code: 'invalid_invite' });
  }
  const effort = await publishedEffort(strapi, parsed.data.effort);
  if (!effort) throw new errors.NotFoundError('No published effort has this id.', { code: 'effort_not_found' });
  const ids = [...new Set(parsed.data.contacts)];
  const contacts: ContactRow[] = await strapi.db.query(NEEDS_TYPES.contact).findMany({ where: { documentId: { $in: ids } }, select: CONTACT_FIELDS });
  if (contacts.length !== ids.length) throw new errors.NotFoundError('A selected contact request no longer exists.', { code: 'contact_not_found' });
  if (!isSuperAdmin(ctx)) {
    const mine = new Set(await coordinatedMunicipalities(strapi, ctx.state.user.id));
    if (contacts.some((c) => !mine.has(c.municipality))) {
      // Written here: Strapi drops a ForbiddenError's details, and the admin needs the code.
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'A selected contact request is not from a municipality of your learning centres.', details: { code: 'out_of_scope' } } };
      return;
    }
  }
  ctx.body = await inviteContacts(strapi, contacts, parsed.data.effort, effort);
}

/** GET /kn-inbox/efforts — published efforts (Swedish title) to choose from in the admin's "invite to effort". */
async function efforts(strapi: Core.Strapi, ctx: Ctx) {
  const rows: { documentId: string; title: string }[] = await strapi.db.query(EFFORT_TYPES.effort).findMany({
    where: { publishedAt: { $notNull: true }, locale: 'sv' },
    select: ['documentId', 'title'],
    orderBy: { title: 'asc' },
    limit: 500,
  });
  ctx.body = { efforts: rows.map((r) => ({ documentId: r.documentId, title: r.title })) };
}

export function registerInboxAdminRoutes(strapi: Core.Strapi): void {
  const guard = { policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles: ['strapi-super-admin', 'kn-coordinator'] } }] };
  strapi.server.routes(
    adminRouter('/kn-inbox', [
      { method: 'GET', path: '/efforts', handler: (ctx: Ctx) => efforts(strapi, ctx), config: guard },
      { method: 'POST', path: '/invite', handler: (ctx: Ctx) => invite(strapi, ctx), config: guard },
    ]),
  );
}
