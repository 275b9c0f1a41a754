import type { StrapiApp } from '@strapi/strapi/admin';

// The admin speaks the editors' languages: Swedish first, English as fallback.
export default {
  config: {
    locales: ['sv'],
  },
  bootstrap(_app: StrapiApp) {},
};
