/** Example values from .env.example (and empty ones) must never run in production. */
const EXAMPLE = /change-?me|example|tobemodified/i;

export interface SiteSecrets {
  strapiToken: string;
  meiliSearchKey: string;
  previewSecret: string;
  strapiPreviewToken: string;
}

/** Names of the site's secrets that are missing or still an example; the preview pair is optional but all-or-nothing. */
export function weakSiteSecrets(config: SiteSecrets): string[] {
  const weak: string[] = [];
  const bad = (value: string, minLength: number) => value.length < minLength || EXAMPLE.test(value);
  if (bad(config.strapiToken, 32)) weak.push('NUXT_STRAPI_TOKEN');
  if (bad(config.meiliSearchKey, 16)) weak.push('NUXT_MEILI_SEARCH_KEY');
  if (config.previewSecret || config.strapiPreviewToken) {
    if (bad(config.previewSecret, 16)) weak.push('NUXT_PREVIEW_SECRET');
    if (bad(config.strapiPreviewToken, 32)) weak.push('NUXT_STRAPI_PREVIEW_TOKEN');
  }
  return weak;
}
