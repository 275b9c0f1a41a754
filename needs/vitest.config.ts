import { defineConfig } from 'vitest/config';

// Pure functions only: no services to start.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], name: 'needs' },
});
