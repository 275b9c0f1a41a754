import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'cms',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/strapi-server.ts'],
    // One Strapi serves every file; files run one after another so their writes do not interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Loaded through Vite like the tests, so it shares their one copy of graphql (else: "another module or realm").
    server: { deps: { inline: ['graphql-query-complexity'] } },
  },
});
