import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CLIENT_HEADER, hit, type Bucket } from '../needs/rate-limit';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from './content-types';
import { SiteRefusal } from './refusal';

/** What the site-facing actions (needs check, sign-ups, research answers) share: the client, the limit, the refusals. */
export type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The visitor id the site forwards, else the connecting address (the site's server itself). */
export const clientOf = (ctx: Ctx) => String(ctx.request.header[CLIENT_HEADER] ?? ctx.request.ip ?? 'unknown').slice(0, 128);

/** The reader's language from a query parameter; anything else is the default. */
export const localeOf = (value: unknown): LocaleCode => LOCALE_CODES.find((code) => code === value) ?? DEFAULT_LOCALE;

/** 429 with Retry-After and a stable code (rate_limited, retryAfterS) for the site to show as a page. */
export function refuseTooMany(ctx: Ctx, retryAfterS: number, what = 'requests'): never {
  ctx.set('Retry-After', String(retryAfterS));
  throw new errors.RateLimitError(`Too many ${what}: try again in ${retryAfterS} seconds.`, { code: 'rate_limited', retryAfterS });
}

/** Counted in the CMS database (shared by every replica, kept across restarts). */
export async function limitClient(strapi: Core.Strapi, ctx: Ctx, bucket: Bucket, what = 'requests'): Promise<void> {
  const result = await hit(strapi, bucket, clientOf(ctx));
  if (!result.allowed) refuseTooMany(ctx, result.retryAfterS, what);
}

/** Expected refusals answer with their status and code; anything else is Strapi's (logged 500). */
export async function answerOrRefuse(ctx: Ctx, work: () => Promise<unknown>, status = 200): Promise<void> {
  try {
    ctx.body = await work();
    ctx.status = status;
  } catch (error) {
    if (!(error instanceof SiteRefusal)) throw error;
    ctx.status = error.status;
    ctx.body = error.toBody();
  }
}
