import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Aliases of the Nuxt app, so units import the same files the build does. */
export const alias = { '#shared': here('./shared'), '~~': here('.'), '~': here('./app') };

// Units only; the browser suite against the whole stack is vitest.e2e.config.ts (project `site-e2e`).
export default defineConfig({
  resolve: { alias },
  test: {
    name: 'site',
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
