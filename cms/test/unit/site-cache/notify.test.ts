import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../../../site/server/utils/cache-signature';
import { createSiteNotifier } from '../../../src/site-cache/notify';

const SECRET = 'the-shared-secret-of-this-test';

/** A stand-in site replica: a real HTTP server that records the calls it gets and whether they verify. */
function replica() {
  const calls: { body: string; verified: boolean }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => { body += chunk.toString('utf8'); });
    req.on('end', () => {
      const header = (name: string) => (typeof req.headers[name] === 'string' ? req.headers[name] : undefined);
      calls.push({ body, verified: req.url === '/api/cache/invalidate' && verifySignature(SECRET, header('x-kn-timestamp'), header('x-kn-signature'), body) });
      setTimeout(() => res.end('{}'), 30);
    });
  });
  return { calls, server, url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the CMS tells every site replica, signed', () => {
  const a = replica();
  const b = replica();
  beforeAll(async () => {
    await Promise.all([a, b].map((r) => new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve))));
  });
  afterAll(() => {
    a.server.close();
    b.server.close();
  });

  it('calls each replica in SITE_URLS with a signature the site accepts', async () => {
    const notifier = createSiteNotifier({ siteUrls: [a.url(), b.url()], secret: SECRET }, () => {});
    notifier.changed({ uid: 'api::guide.guide', action: 'publish' });
    await notifier.idle();
    for (const r of [a, b]) expect(r.calls.at(-1)).toEqual({ body: '{"uid":"api::guide.guide","action":"publish"}', verified: true });
  });

  it('folds a burst of changes into at most one more round of calls', async () => {
    const before = a.calls.length;
    const notifier = createSiteNotifier({ siteUrls: [a.url()], secret: SECRET }, () => {});
    for (let i = 0; i < 20; i += 1) notifier.changed({ uid: 'api::guide.guide', action: 'publish' });
    await notifier.idle();
    expect(a.calls.length - before).toBeLessThanOrEqual(2);
  });

  it('logs a replica it cannot reach and carries on with the others', async () => {
    const lines: string[] = [];
    const before = b.calls.length;
    const notifier = createSiteNotifier({ siteUrls: ['http://127.0.0.1:1', b.url()], secret: SECRET }, (line) => lines.push(line));
    notifier.changed({ uid: 'api::topic.topic', action: 'delete' });
    await notifier.idle();
    expect(lines.join('\n')).toMatch(/127\.0\.0\.1:1 not reached/);
    expect(b.calls.length).toBe(before + 1);
  });

  it('calls nothing without a secret', async () => {
    const before = a.calls.length;
    const notifier = createSiteNotifier({ siteUrls: [a.url()], secret: '' }, () => {});
    notifier.changed({ uid: 'api::guide.guide', action: 'publish' });
    await notifier.idle();
    expect(a.calls.length).toBe(before);
  });
});
