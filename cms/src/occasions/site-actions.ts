import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_TYPES } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { answerOrRefuse as answer, limitClient as limit, localeOf, type Ctx } from '../lib/site-actions';
import { centreCalendar, occasionCalendar } from './calendar';
import { consentText } from './consent';
import { kickOccasionJobs } from './jobs';
import { findPublishedOccasion, publishedOccasionsOfCentre } from './occasion';
import { seatsFor } from './seats';
import { cancelSignup, createSignup } from './signups';

const FEED_PAST_DAYS = 30;


export function siteActions(strapi: Core.Strapi) {
  return {
    async seats(ctx: Ctx) {
      const ids = String(ctx.query.occasions ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      ctx.body = { data: await seatsFor(strapi, ids) };
    },
    async consent(ctx: Ctx) {
      const locale = localeOf(ctx.query.locale);
      ctx.body = { locale, text: consentText(locale, hubConfig(strapi).signupRetentionDays) };
    },
    async create(ctx: Ctx) {
      await limit(strapi, ctx, 'signups');
      await answer(ctx, () => createSignup(strapi, ctx.request.body), 201);
      if (ctx.status === 201) kickOccasionJobs(strapi);
    },
    async cancel(ctx: Ctx) {
      await limit(strapi, ctx, 'signupCancels');
      await answer(ctx, () => cancelSignup(strapi, ctx.request.body));
      if (ctx.status === 200) kickOccasionJobs(strapi);
    },
    async occasionCalendar(ctx: Ctx) {
      const locale = localeOf(ctx.query.locale);
      const occasion = await findPublishedOccasion(strapi, String(ctx.params.slug), locale);
      if (!occasion) throw new errors.NotFoundError('No such occasion.', { code: 'occasion_not_found' });
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="${occasion.slug}.ics"`);
      ctx.body = occasionCalendar(occasion, { locale, siteUrl: hubConfig(strapi).siteUrl });
    },
    async centreCalendar(ctx: Ctx) {
      const locale = localeOf(ctx.query.locale);
      const slug = String(ctx.params.slug);
      const centre = await strapi.db.query(CONTENT_TYPES.learningCentre).findOne({ where: { slug, locale, publishedAt: { $notNull: true } }, select: ['name'] });
      if (!centre) throw new errors.NotFoundError('No such learning centre.', { code: 'centre_not_found' });
      const since = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
      const occasions = await publishedOccasionsOfCentre(strapi, slug, locale, since);
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.body = centreCalendar(centre.name, occasions, { locale, siteUrl: hubConfig(strapi).siteUrl });
    },
  };
}
