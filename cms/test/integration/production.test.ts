import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRAPI_BIN } from '../../../scripts/src/lib/cms.ts';
import { parseEnv } from '../../../scripts/src/lib/env-file.ts';
import { CMS_DIR } from '../../../scripts/src/lib/paths.ts';

function startProduction(extra: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
      cwd: CMS_DIR,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', PORT: '0', ...extra, DATABASE_CLIENT: extra.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite', DATABASE_FILENAME: '/nonexistent/never-opened.db' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('production start', () => {
  it('refuses to start without secrets, naming them', async () => {
    const { code, output } = await startProduction({});
    expect(code).not.toBe(0);
    expect(output).toMatch(/Refusing to start in production: APP_KEYS, API_TOKEN_SALT, ADMIN_JWT_SECRET/);
  });

  it('refuses the example secrets from .env.example', async () => {
    const example = parseEnv(fs.readFileSync(path.join(CMS_DIR, '.env.example'), 'utf8'));
    const { code, output } = await startProduction(example);
    expect(code).not.toBe(0);
    expect(output).toMatch(/Refusing to start in production/);
  });

  it('refuses the example database password and site token of the deployment .env.example, naming them', async () => {
    const example = parseEnv(fs.readFileSync(path.join(CMS_DIR, '..', '.env.example'), 'utf8'));
    const strong = (n: number) => `k3V9q2X7mZ4pL8sR1tY6wB0nH5cF2dJa${n}`;
    const secrets = { APP_KEYS: [1, 2, 3, 4].map(strong).join(','), API_TOKEN_SALT: strong(5), ADMIN_JWT_SECRET: strong(6), TRANSFER_TOKEN_SALT: strong(7), JWT_SECRET: strong(8), ENCRYPTION_KEY: strong(9), MEILI_MASTER_KEY: strong(10) };
    const { code, output } = await startProduction({ ...example, ...secrets, DATABASE_CLIENT: 'postgres' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/Refusing to start in production: DATABASE_PASSWORD, SITE_API_TOKEN/);
  });
});
