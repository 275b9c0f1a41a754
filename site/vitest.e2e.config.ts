import { defineConfig } from 'vitest/config';
import { alias } from './vitest.config.ts';

/**
 * End-to-end: Chromium (Debian's /usr/bin/chromium via playwright-core) against one whole stack booted by the global
 * setup: Meilisearch, a seeded Strapi, the indexed content and the production build of the site, on free ports.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'site-e2e',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/setup/global.ts'],
    // One stack and one browser for every file: files run one after another (2 cores).
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
