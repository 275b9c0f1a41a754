import { describe, expect, it } from 'vitest';
import { streamPost } from './helpers/stream-post.ts';
import { siteRss, siteUrl } from './helpers/stack.ts';

const ROUTES = ['/api/progress', '/api/needs-contact-delete', '/api/needs-check', '/api/research-call-answer', '/api/research-call-answer-delete', '/api/needs-contact-unsubscribe'];
const MB = 1024 * 1024;

describe('request bodies are capped (row 6)', () => {
  it.each(ROUTES)('POST %s: 2 MB form from this origin → 413', async (route) => {
    // Status 0 is a TCP race, not a refusal without an answer: the 413 is written, then the server's close can send a
    // RST that overtakes it in the client's receive buffer (seen once in ~10 CI runs). One retry; a server that never
    // answers still fails.
    const once = () => streamPost(`${siteUrl()}${route}`, 2 * MB, { origin: siteUrl(), chunked: false });
    const first = await once();
    const result = first.status === 0 ? await once() : first;
    console.log(`${route} 2 MB (Content-Length): HTTP ${result.status} after ${(result.sentAtAnswer / MB).toFixed(1)} MB sent, ${result.ms} ms`);
    expect(result.status).toBe(413);
  });

  // Browsers send a Content-Length with every form post (the 2 MB case above: a 413 page). A chunked 50 MB upload
  // with no Origin is no browser's: a 413/403, or the connection cut, is the refusal, as long as it comes long before
  // the body ends and memory stays put.
  it.each(ROUTES)('POST %s: 50 MB streamed, no Origin → 413 or 403 or cut off, long before the body ends', async (route) => {
    const before = siteRss();
    const result = await streamPost(`${siteUrl()}${route}`, 50 * MB, { chunked: true });
    const growth = siteRss() - before;
    console.log(`${route} 50 MB chunked, no Origin: HTTP ${result.status} after ${(result.sentAtAnswer / MB).toFixed(1)} MB sent, ${result.ms} ms, site RSS +${growth.toFixed(0)} MB`);
    expect([0, 403, 413]).toContain(result.status);
    expect(growth).toBeLessThan(40);
    // Never read whole: the answer comes while most of the body is still unsent.
    expect(result.sentAtAnswer).toBeLessThan(10 * MB);
  }, 120_000);
});
