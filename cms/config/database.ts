import type { Core } from '@strapi/strapi';
import path from 'node:path';

// Compiled config lives in cms/dist/config; relative paths resolve from the cms/ folder whatever the cwd.
const CMS_ROOT = path.resolve(__dirname, __dirname.split(path.sep).includes('dist') ? '../..' : '..');

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', 'localhost'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'kunskapsnavet'),
          user: env('DATABASE_USERNAME', 'kunskapsnavet'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}"`);
  return {
    connection: {
      client: 'sqlite',
      // The default keeps data in the repo's git-ignored data/ folder.
      connection: { filename: path.resolve(CMS_ROOT, env('DATABASE_FILENAME', '../data/cms.db')) },
      useNullAsDefault: true,
    },
  };
};
