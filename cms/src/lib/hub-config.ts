import type { Core } from '@strapi/strapi';

export interface HubConfig {
  production: boolean;
  seedOnEmpty: boolean;
  siteTokenFile: string;
  siteApiToken: string;
  sitePreviewToken: string;
}

export function hubConfig(strapi: Core.Strapi): HubConfig {
  const raw = strapi.config.get('hub') as Partial<HubConfig> | undefined;
  return {
    production: raw?.production === true,
    seedOnEmpty: raw?.seedOnEmpty === true,
    siteTokenFile: String(raw?.siteTokenFile ?? '../data/site.env'),
    siteApiToken: String(raw?.siteApiToken ?? ''),
    sitePreviewToken: String(raw?.sitePreviewToken ?? ''),
  };
}
