import { defineConfig } from 'vitest/config';

// Each workspace has its own vitest.config.ts; `npm test` runs them all (see scripts/src/test.ts).
export default defineConfig({
  test: {
    projects: ['cms', 'scripts', 'search'],
  },
});
