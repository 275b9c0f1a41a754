import type { Core } from '@strapi/strapi';
import { assertProductionSecrets } from '../src/lib/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  assertProductionSecrets(process.env);
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    proxy: env.bool('IS_PROXIED', false),
    app: { keys: env.array('APP_KEYS') },
    // Uploads (local provider) go to <PUBLIC_DIR>/uploads: a volume in containers, a temp folder in the backup test.
    dirs: { public: env('PUBLIC_DIR', './public') },
  };
};
