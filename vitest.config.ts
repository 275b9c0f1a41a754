import { defineConfig } from 'vitest/config';
import { HostileOrder } from './site/test/hostile/setup/order.ts';

// Each workspace has its own vitest.config.ts; `npm test` runs them all (see scripts/src/test.ts).
// site-e2e drives Debian's Chromium against a whole stack its global setup starts; site-hostile attacks another one.
export default defineConfig({
  test: {
    // Vitest's usual order, except the hostile suite's files, which run in a fixed order (see the file).
    sequence: { sequencer: HostileOrder },
    projects: ['cms', 'scripts', 'search', 'needs', 'site', 'site/vitest.e2e.config.ts', 'site/vitest.hostile.config.ts'],
  },
});
