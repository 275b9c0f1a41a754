import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALE_CODES, type LocaleCode } from '../lib/content-types';
import { limitClient, refuseTooMany, type Ctx } from '../lib/site-actions';
import { loadPublishedCheck } from './check';
import { ContactError, createContact, deleteContact } from './contacts';
import { z } from 'zod';
import { hit, type Bucket } from './rate-limit';
import { needsPicture } from './picture';
import { SubmissionError, submitResponse } from './responses';
import { recordSearchMiss, searchMissBody } from './search-misses';
import { inboxSiteActions } from '../inbox/site-actions';

function refuse(ctx: Ctx, retryAfterS: number): never {
  refuseTooMany(ctx, retryAfterS, 'submissions');
}
const limit = (strapi: Core.Strapi, ctx: Ctx, bucket: Bucket) => limitClient(strapi, ctx, bucket, 'submissions');

const rateBody = z.strictObject({ bucket: z.literal('needs-check'), client: z.string().min(8).max(128) });

/** One place where the needs module's own errors become HTTP errors (400/404). */
async function funnel<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SubmissionError) {
      // 409 (a used follow-up token) is answered by the caller, which has the context to set it.
      if (error.status === 409) throw error;
      const details = { code: error.code };
      if (error.status === 404) throw new errors.NotFoundError(error.message, details);
      throw new errors.ValidationError(error.message, details);
    }
    if (error instanceof ContactError) throw new errors.ValidationError(error.message);
    throw error;
  }
}

const localeOf = (value: unknown): LocaleCode | null => (LOCALE_CODES as readonly unknown[]).includes(value) ? (value as LocaleCode) : null;

export function siteActions(strapi: Core.Strapi) {
  return {
    ...inboxSiteActions(strapi, (ctx) => limit(strapi, ctx, 'contacts')),
    async check(ctx: Ctx) {
      const locale = localeOf(ctx.query.locale ?? 'sv');
      if (!locale) throw new errors.ValidationError(`locale must be one of ${LOCALE_CODES.join(', ')}`);
      const check = await loadPublishedCheck(strapi, locale);
      if (!check) throw new errors.NotFoundError(`No needs check is published in ${locale}.`);
      ctx.body = check;
    },
    async picture(ctx: Ctx) {
      const picture = await needsPicture(strapi, ctx.query.municipality);
      if (!picture) throw new errors.NotFoundError('Unknown municipality.');
      ctx.body = picture;
    },
    async submit(ctx: Ctx) {
      await limit(strapi, ctx, 'responses');
      const stored = await funnel(() => submitResponse(strapi, ctx.request.body)).catch((error: unknown) => {
        // A used follow-up token: 409 with its code (Strapi's errors have no 409; Koa's http-errors carry `details`).
        if (error instanceof SubmissionError && error.status === 409) ctx.throw(409, error.message, { details: { code: error.code } });
        throw error;
      });
      ctx.status = 201;
      ctx.body = { ok: true, ...stored };
    },
    async contact(ctx: Ctx) {
      await limit(strapi, ctx, 'contacts');
      ctx.body = await funnel(() => createContact(strapi, ctx.request.body));
      ctx.status = 201;
    },
    async deleteContact(ctx: Ctx) {
      await limit(strapi, ctx, 'contacts');
      ctx.body = await funnel(() => deleteContact(strapi, ctx.request.body));
    },
    /**
     * POST /api/needs/rate {bucket, client}: the site's own limits (its needs-check form), counted in the CMS
     * database so that every site replica shares them. 204 when allowed, else 429 (code rate_limited, retryAfterS).
     */
    async rate(ctx: Ctx) {
      const parsed = rateBody.safeParse(ctx.request.body);
      if (!parsed.success) throw new errors.ValidationError('Send { bucket: "needs-check", client } with the client pseudonym (8–128 characters).');
      const result = await hit(strapi, parsed.data.bucket, parsed.data.client);
      if (!result.allowed) refuse(ctx, result.retryAfterS);
      ctx.set('X-RateLimit-Remaining', String(result.remaining));
      ctx.status = 204;
    },
    async searchMiss(ctx: Ctx) {
      await limit(strapi, ctx, 'searchMisses');
      const parsed = searchMissBody.safeParse(ctx.request.body);
      if (!parsed.success) throw new errors.ValidationError('Send { q, locale } with locale sv or en.');
      await recordSearchMiss(strapi, parsed.data.q, parsed.data.locale);
      ctx.status = 204;
    },
  };
}
