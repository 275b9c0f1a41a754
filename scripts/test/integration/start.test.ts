import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/lib/paths.ts';
import { freePort } from '../../src/lib/wait.ts';
import { alive } from '../support/process.ts';


/** Pids of processes started for this data dir: its path is in their command line or environment. */
function processesOf(dataDir: string): number[] {
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).flatMap((pid) => {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
      return cmdline.includes(dataDir) || environ.includes(`KN_DATA_DIR=${dataDir}`) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

describe('npm start', () => {
  it('starts Meilisearch, the CMS and the site, prints URLs and logins, and stops everything on Ctrl-C', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kn-start-'));
    const [port, meiliPort, sitePort] = [await freePort(), await freePort(), await freePort()];
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/src/start.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_CLIENT: 'sqlite', KN_DATA_DIR: dataDir, PORT: String(port), MEILI_PORT: String(meiliPort), SITE_PORT: String(sitePort), DATABASE_FILENAME: path.join(dataDir, 'cms.db'), SITE_TOKEN_FILE: path.join(dataDir, 'site.env'), SERVE_ADMIN: 'false', MEILI_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await expect.poll(() => output.includes('Press Ctrl-C'), { timeout: 240_000, interval: 500 }).toBe(true);
    expect(output).toContain(`http://localhost:${port}/admin`);
    expect(output).toContain(`http://localhost:${sitePort}`);
    expect((await fetch(`http://127.0.0.1:${sitePort}/`)).status).toBe(200);
    expect(output).toContain(`http://127.0.0.1:${meiliPort}`);
    expect(output).toMatch(/Researcher\s+forskare@kunskapsnavet\.example/);
    expect(fs.readFileSync(path.join(dataDir, 'search.env'), 'utf8')).toMatch(/^MEILI_SEARCH_KEY=\w+/m);
    const children = processesOf(dataDir).filter((pid) => pid !== child.pid);
    // Meilisearch, Strapi and the site (at least).
    expect(children.length).toBeGreaterThanOrEqual(3);

    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await expect.poll(() => children.filter(alive), { timeout: 15_000 }).toEqual([]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);
});
