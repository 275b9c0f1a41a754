import type { Core } from '@strapi/strapi';
import { hubConfig } from '../lib/hub-config';
import { answerOrRefuse as answer, limitClient as limit, localeOf, type Ctx } from '../lib/site-actions';
import { createAnswer, deleteAnswer } from './answers';
import { consentText } from './consent';
import { runResearchCallJobs } from './retention';

/** The research calls' site-facing actions (answer, delete an answer, the consent text). Answers have no read route. */
export function researchCallActions(strapi: Core.Strapi) {
  return {
    async consent(ctx: Ctx) {
      const locale = localeOf(ctx.query.locale);
      ctx.body = { locale, text: consentText(locale, hubConfig(strapi).researchAnswerRetentionDays) };
    },
    async create(ctx: Ctx) {
      await limit(strapi, ctx, 'researchAnswers');
      await answer(ctx, () => createAnswer(strapi, ctx.request.body), 201);
      // The confirmation goes out right after the commit (the cron retries a failed send).
      if (ctx.status === 201) setTimeout(() => void runResearchCallJobs(strapi), 50);
    },
    async delete(ctx: Ctx) {
      await limit(strapi, ctx, 'researchAnswerDeletes');
      await answer(ctx, () => deleteAnswer(strapi, ctx.request.body));
    },
  };
}
