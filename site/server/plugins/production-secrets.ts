import { weakSiteSecrets } from '../utils/production-secrets';

/**
 * In production the site refuses to start with a missing or example secret, before it serves a single page
 * (the CMS does the same for its own secrets).
 */
export default defineNitroPlugin(() => {
  if (process.env.NODE_ENV !== 'production') return;
  const config = useRuntimeConfig();
  const weak = weakSiteSecrets({
    strapiToken: config.strapiToken,
    meiliSearchKey: config.meiliSearchKey,
    previewSecret: config.previewSecret,
    strapiPreviewToken: config.strapiPreviewToken,
  });
  if (weak.length === 0) return;
  console.error(`Refusing to start in production: ${weak.join(', ')} ${weak.length === 1 ? 'is' : 'are'} missing or still an example value (see .env.example).`);
  process.exit(1);
});
