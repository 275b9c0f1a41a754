import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureDevUsers } from './bootstrap/dev-users';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicReadOnly } from './bootstrap/public-permissions';
import { ensureSiteTokens } from './bootstrap/site-token';
import { PREVIEW_TOKEN_NAME, SITE_TOKEN_NAME } from './lib/token-names';
import { hubConfig } from './lib/hub-config';
import { contentRules } from './middlewares/content-rules';
import { draftsGuard } from './middlewares/drafts-guard';
import { needsQuestionRules } from './middlewares/needs-question-rules';
import { registerImpactAdminRoutes } from './impact/admin-routes';
import { hideNeedsFromGraphql } from './needs/graphql';
import { registerEffortAdminRoutes } from './efforts/admin-routes';
import { registerOccasionAdminRoutes } from './occasions/attendance';
import { scheduleOccasionJobs } from './occasions/jobs';
import { registerCentreConditions } from './occasions/rbac';
import { registerInboxCondition } from './inbox/rbac';
import { registerInboxAdminRoutes } from './inbox/admin-routes';
import { scheduleNeedsJobs } from './inbox/jobs';
import { registerNeedsAdminRoutes } from './needs/overview/admin-routes';
import { registerResearchAdminRoutes } from './research/admin-routes';
import { registerOwnCallCondition } from './research-calls/rbac';
import { scheduleResearchCallJobs } from './research-calls/retention';
import { researchCallRules } from './research-calls/rules';
import { registerSearchSync, startSearchSync, stopSearchSync } from './search-sync';
import { registerSiteCache } from './site-cache';
import { isContentEmpty, seedDemoContent } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(draftsGuard(strapi));
    strapi.documents.use(contentRules(strapi));
    strapi.documents.use(needsQuestionRules(strapi));
    strapi.documents.use(researchCallRules(strapi));
    hideNeedsFromGraphql(strapi);
    registerNeedsAdminRoutes(strapi);
    registerImpactAdminRoutes(strapi);
    registerEffortAdminRoutes(strapi);
    registerOccasionAdminRoutes(strapi);
    registerResearchAdminRoutes(strapi);
    registerInboxAdminRoutes(strapi);
    registerSearchSync(strapi);
    registerSiteCache(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const config = hubConfig(strapi);
    await ensureLocales(strapi);
    await ensurePublicReadOnly(strapi);
    await registerCentreConditions(strapi);
    await registerOwnCallCondition(strapi);
    await registerInboxCondition(strapi);
    await ensureAdminRoles(strapi);
    if (!config.production) await ensureDevUsers(strapi);
    await ensureSiteTokens(strapi, {
      production: config.production,
      envFile: path.resolve(strapi.dirs.app.root, config.siteTokenFile),
      supplied: { [SITE_TOKEN_NAME]: config.siteApiToken, [PREVIEW_TOKEN_NAME]: config.sitePreviewToken },
    });
    if (config.seedOnEmpty && (await isContentEmpty(strapi))) {
      strapi.log.info('Empty database: loading the demo content (cms/seed)…');
      const report = await seedDemoContent(strapi, { quiet: true });
      strapi.log.info(`Demo content loaded: ${JSON.stringify(report)}`);
    }
    await startSearchSync(strapi);
    scheduleOccasionJobs(strapi);
    scheduleResearchCallJobs(strapi);
    scheduleNeedsJobs(strapi);
  },

  async destroy() {
    await stopSearchSync();
  },
};
