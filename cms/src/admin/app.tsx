import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie, Book, PresentationChart } from '@strapi/icons';
import { en as impactEn, sv as impactSv } from './impact/translations';
import { en, sv } from './needs-overview/translations';
import { en as researchEn, sv as researchSv } from './research/translations';
import { en as effortEn, sv as effortSv } from './start-effort/translations';
import { en as inboxEn, sv as inboxSv } from './inbox/translations';
import { hasBulkActions, InviteToEffortAction } from './inbox';

// The admin speaks the editors' languages: Swedish first, English as fallback.
export default {
  config: {
    locales: ['sv'],
    translations: { en: { ...en, ...researchEn, ...impactEn, ...effortEn, ...inboxEn }, sv: { ...sv, ...researchSv, ...impactSv, ...effortSv, ...inboxSv } },
  },
  register(app: StrapiApp) {
    // Visible to every admin; the API answers 403 to roles other than Coordinator and Super Admin, and the page says so.
    app.addMenuLink({
      to: 'needs-overview',
      icon: ChartPie,
      intlLabel: { id: 'kn-needs.menu', defaultMessage: en['kn-needs.menu'] },
      Component: () => import('./needs-overview'),
      permissions: [],
    });
    // Import for researchers, review list for coordinators and researchers; the API refuses other roles (403).
    app.addMenuLink({
      to: 'research',
      icon: Book,
      intlLabel: { id: 'kn-research.menu', defaultMessage: researchEn['kn-research.menu'] },
      Component: () => import('./research'),
      permissions: [],
    });
    // For coordinators and partners (their own municipalities' efforts); the API refuses other roles (403).
    app.addMenuLink({
      to: 'impact-report',
      icon: PresentationChart,
      intlLabel: { id: 'kn-impact.menu', defaultMessage: impactEn['kn-impact.menu'] },
      Component: () => import('./impact'),
      permissions: [],
    });
  },
  bootstrap(app: StrapiApp) {
    // The contact requests' list is the coordinators' inbox: "invite to effort" on a selection.
    const apis = app.getPlugin('content-manager').apis;
    if (hasBulkActions(apis)) apis.addBulkAction((actions) => [...actions, InviteToEffortAction]);
  },
};
