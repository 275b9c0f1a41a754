import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie } from '@strapi/icons';
import { en, sv } from './needs-overview/translations';

// The admin speaks the editors' languages: Swedish first, English as fallback.
export default {
  config: {
    locales: ['sv'],
    translations: { en, sv },
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
  },
  bootstrap(_app: StrapiApp) {},
};
