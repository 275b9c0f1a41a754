import { readEnvFile } from '../../../../scripts/src/lib/env-file.ts';

/**
 * The site's find-only preview token, as the CMS writes it at start in development (data/site.env beside the
 * content token): the one token besides full access that the CMS's drafts guard lets read drafts.
 */
export function previewTokenFrom(tokenFile: string): string {
  const token = readEnvFile(tokenFile).STRAPI_PREVIEW_TOKEN;
  if (!token) throw new Error(`the CMS wrote no STRAPI_PREVIEW_TOKEN to ${tokenFile}`);
  return token;
}
