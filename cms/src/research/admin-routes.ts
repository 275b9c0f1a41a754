import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../lib/content-types';
import { importReferences } from './import/create';
import { loadReviewList } from './review';
import { adminRouter } from '../lib/admin-router';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Researchers bring papers in; the super admin may too. */
export const IMPORT_ROLES = ['strapi-super-admin', 'kn-researcher'];
/** Whoever keeps guides current: coordinators own guides, researchers check facts. */
export const REVIEW_ROLES = ['strapi-super-admin', 'kn-coordinator', 'kn-researcher'];

/** A paste of references: a few hundred kB covers a whole reference list. */
const importBody = z.strictObject({ text: z.string().min(1).max(200_000), locale: z.enum(LOCALE_CODES).default(DEFAULT_LOCALE) });
const reviewQuery = z.object({ withinDays: z.coerce.number().int().min(0).max(365).default(0) });

function parse<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new errors.ValidationError(`Ogiltig förfrågan / Invalid request: ${what}`, { code: 'invalid_request', issues: parsed.error.issues.map((i) => i.path.join('.')) });
  }
  return parsed.data;
}

function handlers(strapi: Core.Strapi) {
  return {
    async importReferences(ctx: Ctx) {
      const { text, locale } = parse(importBody, ctx.request.body ?? {}, 'text (1–200 000 tecken/characters), locale sv|en');
      const report = await importReferences(strapi, text, locale);
      if (report.created.length === 0) {
        // Nothing was written; the report says entry by entry what is missing, in both languages.
        const first = report.rejected[0]?.problems[0];
        throw new errors.ValidationError(`Inget importerades / Nothing imported: ${first ? `${first.sv} / ${first.en}` : ''}`.trim(), { code: 'nothing_imported', ...report });
      }
      ctx.body = report;
    },
    async reviewDue(ctx: Ctx) {
      const { withinDays } = parse(reviewQuery, ctx.query, 'withinDays (0–365)');
      const today = new Date().toISOString().slice(0, 10);
      ctx.body = { today, withinDays, items: await loadReviewList(strapi, today, withinDays) };
    },
  };
}

/** The research API behind the admin pages, under /kn-research: admin session required, then a role (403). */
export function registerResearchAdminRoutes(strapi: Core.Strapi): void {
  const h = handlers(strapi);
  const guard = (roles: string[]) => ({ policies: ['admin::isAuthenticatedAdmin', { name: 'global::admin-role', config: { roles } }] });
  strapi.server.routes(
    adminRouter('/kn-research', [
      { method: 'POST', path: '/import', handler: h.importReferences, config: guard(IMPORT_ROLES) },
      { method: 'GET', path: '/review-due', handler: h.reviewDue, config: guard(REVIEW_ROLES) },
    ]),
  );
}
