import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COMMITTED = path.join(CMS_DIR, 'types', 'generated');
const FILES = ['contentTypes.d.ts', 'components.d.ts'];

/**
 * What `strapi ts:generate-types` writes, from the built CMS the test setup keeps fresh (cms/dist): the same
 * register() and generator as the CLI, without its TypeScript compile, into a temporary folder. In a child process,
 * so Strapi's modules load as in production and not through Vite.
 */
function generate(): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-types-'));
  // Its own throw-away database: the generator only registers the app, and must never touch the database of a
  // Strapi that the browser tests drive at the same time.
  const script = `
    const { createStrapi } = require('@strapi/strapi');
    const { generators } = require('@strapi/typescript-utils');
    (async () => {
      const app = await createStrapi({ appDir: process.cwd(), distDir: 'dist' }).register();
      const reports = await generators.generate({ strapi: app, pwd: process.cwd(), rootDir: process.argv[1], logger: { silent: true }, artifacts: { contentTypes: true, components: true } });
      await app.destroy();
      process.exit(Object.keys(reports).length === 2 ? 0 : 1);
    })().catch((error) => { console.error(error); process.exit(1); });`;
  execFileSync(process.execPath, ['-e', script, path.relative(CMS_DIR, out)], { cwd: CMS_DIR, env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(out, 'register-only.db') }, stdio: 'pipe', timeout: 120_000 });
  return path.join(out, 'generated');
}

describe('the committed content-type types (cms/types/generated)', () => {
  let fresh = '';
  beforeAll(() => {
    fresh = generate();
  });
  afterAll(() => fs.rmSync(path.dirname(fresh), { recursive: true, force: true }));

  it.each(FILES)('%s is what the schemas generate (else: cd cms && npx strapi ts:generate-types, and commit)', (file) => {
    expect(fs.readFileSync(path.join(COMMITTED, file), 'utf8')).toBe(fs.readFileSync(path.join(fresh, file), 'utf8'));
  });
});
