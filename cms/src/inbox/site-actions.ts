import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from '../lib/content-types';
import { effortsFor, firstAnswerOf, FollowUpError } from './follow-up';
import { cancelFollowUp, tokenBody, unsubscribeContact } from './unsubscribe';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const followUpQuery = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/),
  locale: z.enum(LOCALE_CODES).default('sv'),
});

function parseToken(body: unknown): string {
  const parsed = tokenBody.safeParse(body);
  if (!parsed.success) throw new errors.ValidationError('Send { token } with the token from the link.', { code: 'invalid_token' });
  return parsed.data.token;
}

/** The inbox's and follow-up's site-facing actions (routes in api/needs/routes, the site token holds them). */
export function inboxSiteActions(strapi: Core.Strapi, limit: (ctx: Ctx) => Promise<void>) {
  return {
    /**
     * GET /api/needs/follow-up?token&locale — whether a follow-up link is still good, and the published efforts of
     * the first answer's municipality for "which did you take part in?". 404 follow_up_invalid, 409 follow_up_used.
     */
    async followUp(ctx: Ctx) {
      const parsed = followUpQuery.safeParse(ctx.query);
      if (!parsed.success) throw new errors.ValidationError('Send ?token= (from the e-mail) and locale sv or en.', { code: 'follow_up_invalid' });
      try {
        const first = await firstAnswerOf(strapi, parsed.data.token);
        ctx.body = { efforts: await effortsFor(strapi, first.municipality, parsed.data.locale) };
      } catch (error) {
        if (!(error instanceof FollowUpError)) throw error;
        if (error.status === 409) ctx.throw(409, error.message, { details: { code: error.code } });
        throw new errors.NotFoundError(error.message, { code: error.code });
      }
    },
    /** POST /api/needs/contacts/unsubscribe {token} → {unsubscribed}: no further invitations to this contact. */
    async unsubscribe(ctx: Ctx) {
      await limit(ctx);
      ctx.body = await unsubscribeContact(strapi, parseToken(ctx.request.body));
    },
    /** POST /api/needs/follow-up/cancel {token} → {deleted}: the pending follow-up invitation (and address) deleted. */
    async cancelFollowUp(ctx: Ctx) {
      await limit(ctx);
      ctx.body = await cancelFollowUp(strapi, parseToken(ctx.request.body));
    },
  };
}
