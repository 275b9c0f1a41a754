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

const wholeNumber = (value: unknown, fallback: number) => (Number.isInteger(value) && Number(value) >= 0 ? Number(value) : fallback);

export function hubConfig(strapi: Core.Strapi): HubConfig {
  const raw = strapi.config.get('hub') as Partial<HubConfig> | undefined;
  return {
    production: raw?.production === true,
    seedOnEmpty: raw?.seedOnEmpty === true,
    siteTokenFile: String(raw?.siteTokenFile ?? '../data/site.env'),
    siteApiToken: String(raw?.siteApiToken ?? ''),
    siteUrl: String(raw?.siteUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
    signupRetentionDays: Number.isInteger(raw?.signupRetentionDays) && Number(raw?.signupRetentionDays) >= 0 ? Number(raw?.signupRetentionDays) : 90,
    researchAnswerRetentionDays: Number.isInteger(raw?.researchAnswerRetentionDays) && Number(raw?.researchAnswerRetentionDays) >= 0 ? Number(raw?.researchAnswerRetentionDays) : 30,
    occasionJobsRule: String(raw?.occasionJobsRule ?? '*/10 * * * *'),
    sitePreviewToken: String(raw?.sitePreviewToken ?? ''),
    contactRetentionMonths: wholeNumber(raw?.contactRetentionMonths, 12),
    followUpMonths: wholeNumber(raw?.followUpMonths, 6),
    needsJobsRule: String(raw?.needsJobsRule ?? '7 * * * *'),
  };
}
