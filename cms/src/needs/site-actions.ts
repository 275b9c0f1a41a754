import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LOCALE_CODES, type LocaleCode } from '../lib/content-types';
import { loadPublishedCheck } from './check';
import { ContactError, createContact, deleteContact } from './contacts';
import type { RateLimiter } from '@kunskapsnavet/needs';
import { needsLib } from './needs-lib';
import { needsPicture } from './picture';
import { CLIENT_HEADER, CONTACT_LIMIT, RESPONSE_LIMIT, SEARCH_MISS_LIMIT } from './rate-limit';
import { SubmissionError, submitResponse } from './responses';
import { recordSearchMiss, searchMissBody } from './search-misses';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const limiters = {
  responses: needsLib.createRateLimiter(RESPONSE_LIMIT),
  contacts: needsLib.createRateLimiter(CONTACT_LIMIT),
  searchMisses: needsLib.createRateLimiter(SEARCH_MISS_LIMIT),
};

/** The visitor id the site forwards, else the connecting address (the site's server itself). */
const clientOf = (ctx: Ctx) => String(ctx.request.header[CLIENT_HEADER] ?? ctx.request.ip ?? 'unknown').slice(0, 128);

function limit(ctx: Ctx, limiter: RateLimiter): void {
  const result = limiter.hit(clientOf(ctx));
  if (!result.allowed) {
    ctx.set('Retry-After', String(result.retryAfterS));
    throw new errors.RateLimitError(`Too many submissions: try again in ${result.retryAfterS} seconds.`);
  }
}

/** One place where the needs module's own errors become HTTP errors (400/404). */
async function funnel<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SubmissionError) throw error.status === 404 ? new errors.NotFoundError(error.message) : new errors.ValidationError(error.message);
    if (error instanceof ContactError) throw new errors.ValidationError(error.message);
    throw error;
  }
}

const localeOf = (value: unknown): LocaleCode | null => (LOCALE_CODES as readonly unknown[]).includes(value) ? (value as LocaleCode) : null;

export function siteActions(strapi: Core.Strapi) {
  return {
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
      limit(ctx, limiters.responses);
      await funnel(() => submitResponse(strapi, ctx.request.body));
      ctx.status = 201;
      ctx.body = { ok: true };
    },
    async contact(ctx: Ctx) {
      limit(ctx, limiters.contacts);
      ctx.body = await funnel(() => createContact(strapi, ctx.request.body));
      ctx.status = 201;
    },
    async deleteContact(ctx: Ctx) {
      limit(ctx, limiters.contacts);
      ctx.body = await funnel(() => deleteContact(strapi, ctx.request.body));
    },
    async searchMiss(ctx: Ctx) {
      limit(ctx, limiters.searchMisses);
      const parsed = searchMissBody.safeParse(ctx.request.body);
      if (!parsed.success) throw new errors.ValidationError('Send { q, locale } with locale sv or en.');
      await recordSearchMiss(strapi, parsed.data.q, parsed.data.locale);
      ctx.status = 204;
    },
  };
}
