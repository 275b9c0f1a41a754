import type { Core } from '@strapi/strapi';
import { HUB_DEFAULTS as D } from '../src/lib/hub-config';

/** Kunskapsnavet's own settings (read as strapi.config.get('hub')). */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV') === 'production';
  return {
    production,
    /** Load the demo content from cms/seed when the database has no content (first start). */
    seedOnEmpty: env.bool('SEED_ON_EMPTY', !production),
    /** Development: where the site's read-only token is written. */
    siteTokenFile: env('SITE_TOKEN_FILE', D.siteTokenFile),
    /** Production: the read-only token the site sends (generate with `openssl rand -hex 64`). */
    siteApiToken: env('SITE_API_TOKEN', ''),
    /** Public origin of the site: links in the occasions' e-mails (cancel, details). */
    siteUrl: env('NUXT_PUBLIC_SITE_URL', D.siteUrl),
    /** Sign-ups are deleted this many days after their occasion ends; the counts are kept. */
    signupRetentionDays: env.int('SIGNUP_RETENTION_DAYS', D.signupRetentionDays),
    /** Answers to a research call are deleted this many days after the call closes. */
    researchAnswerRetentionDays: env.int('RESEARCH_ANSWER_RETENTION_DAYS', D.researchAnswerRetentionDays),
    /** When the occasions' jobs run (reminders, cancellation notices, retention): a cron rule, seconds optional. */
    occasionJobsRule: env('OCCASION_JOBS_CRON', D.occasionJobsRule),
    /** Contact requests (the coordinators' inbox) are deleted this many months after the owner sent them. */
    contactRetentionMonths: env.int('CONTACT_RETENTION_MONTHS', D.contactRetentionMonths),
    /** "Did it help?": months after a consented check until the one e-mail inviting the owner to retake it. */
    followUpMonths: env.int('FOLLOW_UP_MONTHS', D.followUpMonths),
    /** When the inbox and follow-up jobs run (follow-up mails, retention): a cron rule, seconds optional. */
    needsJobsRule: env('NEEDS_JOBS_CRON', D.needsJobsRule),
    /** Production: the find-only token the site's preview route sends (never the content token). */
    sitePreviewToken: env('SITE_PREVIEW_TOKEN', ''),
    /** REST `populate` caps (cms/src/middlewares/populate-limits.ts): nesting levels, named relations, nested page size. */
    populate: {
      maxDepth: env.int('REST_POPULATE_MAX_DEPTH', 3),
      maxEntries: env.int('REST_POPULATE_MAX_ENTRIES', 20),
      maxList: env.int('API_MAX_LIMIT', 100),
    },
    /** Most distinct site searches without results kept for the content backlog; the least recently seen go first. */
    searchMissesMax: env.int('SEARCH_MISSES_MAX', 5000),
    /** The site's needs-check form: submissions per client address per window (a classroom of 15 fits in 20). */
    needsCheckLimit: env.int('NEEDS_CHECK_RATE_LIMIT', 20),
    needsCheckWindowS: env.int('NEEDS_CHECK_RATE_WINDOW_S', 600),
  };
};
