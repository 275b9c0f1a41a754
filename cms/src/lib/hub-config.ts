import type { Core } from '@strapi/strapi';

export interface HubConfig {
  production: boolean;
  seedOnEmpty: boolean;
  siteTokenFile: string;
  siteApiToken: string;
  siteUrl: string;
  signupRetentionDays: number;
  researchAnswerRetentionDays: number;
  occasionJobsRule: string;
  sitePreviewToken: string;
  contactRetentionMonths: number;
  followUpMonths: number;
  needsJobsRule: string;
}

/** The defaults, written once: cms/config/hub.ts falls back to them for unset variables, and so does the reader below. */
export const HUB_DEFAULTS = {
  siteTokenFile: '../data/site.env',
  siteUrl: 'http://localhost:3000',
  signupRetentionDays: 90,
  researchAnswerRetentionDays: 30,
  occasionJobsRule: '*/10 * * * *',
  contactRetentionMonths: 12,
  followUpMonths: 6,
  needsJobsRule: '7 * * * *',
} as const satisfies Partial<HubConfig>;

const wholeNumber = (value: unknown, fallback: number) => (Number.isInteger(value) && Number(value) >= 0 ? Number(value) : fallback);

export function hubConfig(strapi: Core.Strapi): HubConfig {
  const raw = strapi.config.get('hub') as Partial<HubConfig> | undefined;
  return {
    production: raw?.production === true,
    seedOnEmpty: raw?.seedOnEmpty === true,
    siteTokenFile: String(raw?.siteTokenFile ?? HUB_DEFAULTS.siteTokenFile),
    siteApiToken: String(raw?.siteApiToken ?? ''),
    siteUrl: String(raw?.siteUrl ?? HUB_DEFAULTS.siteUrl).replace(/\/+$/, ''),
    signupRetentionDays: Number.isInteger(raw?.signupRetentionDays) && Number(raw?.signupRetentionDays) >= 0 ? Number(raw?.signupRetentionDays) : HUB_DEFAULTS.signupRetentionDays,
    researchAnswerRetentionDays: Number.isInteger(raw?.researchAnswerRetentionDays) && Number(raw?.researchAnswerRetentionDays) >= 0 ? Number(raw?.researchAnswerRetentionDays) : HUB_DEFAULTS.researchAnswerRetentionDays,
    occasionJobsRule: String(raw?.occasionJobsRule ?? HUB_DEFAULTS.occasionJobsRule),
    sitePreviewToken: String(raw?.sitePreviewToken ?? ''),
    contactRetentionMonths: wholeNumber(raw?.contactRetentionMonths, HUB_DEFAULTS.contactRetentionMonths),
    followUpMonths: wholeNumber(raw?.followUpMonths, HUB_DEFAULTS.followUpMonths),
    needsJobsRule: String(raw?.needsJobsRule ?? HUB_DEFAULTS.needsJobsRule),
  };
}
