import { defineConfig } from 'vitest/config';

// Each workspace has its own vitest.config.ts; `npm test` runs them all (see scripts/src/test.ts).
// site-e2e drives Debian's Chromium against a whole stack its global setup starts.
export default defineConfig({
  test: {
    projects: ['cms', 'scripts', 'search', 'needs', 'site', 'site/vitest.e2e.config.ts'],
  },
});
