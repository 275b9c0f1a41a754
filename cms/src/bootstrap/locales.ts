import type { Core } from '@strapi/strapi';
import { LOCALES } from '../lib/content-types';

/** Creates sv (default) and en if missing; safe to run on every start. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const locale of LOCALES) {
    const existing = await locales.findByCode(locale.code);
    if (!existing) await locales.create({ code: locale.code, name: locale.name });
    if (locale.isDefault && (await locales.getDefaultLocale()) !== locale.code) {
      await locales.setDefaultLocale({ code: locale.code });
    }
  }
}
