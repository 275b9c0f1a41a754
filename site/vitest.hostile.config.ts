import { defineConfig } from 'vitest/config';
import { HostileOrder } from './test/hostile/setup/order.ts';
import { alias } from './vitest.config.ts';

/**
 * The hostile suite (issue 11): an outsider's attacks against one whole stack of its own (the e2e stack: Meilisearch,
 * a seeded Strapi, the production site), so its floods and rate limits never disturb the browser suite.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'site-hostile',
    include: ['test/hostile/**/*.test.ts'],
    globalSetup: ['test/hostile/setup/global.ts'],
    // One stack for every file, and memory measured per file: files run one after another.
    fileParallelism: false,
    // Used when this config runs alone (-c); under the root config the root's sequencer (the same) applies.
    sequence: { sequencer: HostileOrder },
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
