import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Meilisearch for the whole run; each integration file uses its own index prefix.
    globalSetup: ['test/support/global-setup.ts'],
    // The machine has 2 cores and Meilisearch needs one of them while indexing.
    pool: 'threads',
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
