import { createServer, type Server } from 'node:http';
import { createApp, defineEventHandler, getRouterParam, createRouter, toNodeListener } from 'h3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpload, uploadPolicy } from '../../../../server/utils/uploads';

const FILES: Record<string, { type: string; body: string }> = {
  'photo_ab12.png': { type: 'image/png', body: '\x89PNG-bytes' },
  'photo_ab12.JPG': { type: 'image/jpeg', body: 'jpeg-bytes' },
  'drawing_cd34.svg': { type: 'image/svg+xml', body: '<svg onload="alert(1)"/>' },
  'page_ef56.html': { type: 'text/html', body: '<script>alert(1)</script>' },
  'report_0a1b.pdf': { type: 'application/pdf', body: '%PDF-1.7' },
};

const servers: Server[] = [];
let site = '';

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
}

beforeAll(async () => {
  // Stands in for Strapi's upload folder, with the headers a CMS might send (which the site must not pass on).
  const cms = await listen(createServer((req, res) => {
    const file = FILES[(req.url ?? '').replace('/uploads/', '')];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'set-cookie': 'cms=1', 'content-security-policy': "frame-ancestors *" }).end(file.body);
  }));
  const router = createRouter().get('/uploads/**:path', defineEventHandler((event) => serveUpload(event, cms, getRouterParam(event, 'path') ?? '')));
  site = await listen(createServer(toNodeListener(createApp().use(router))));
});
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

describe('uploadPolicy', () => {
  it.each([
    ['a.png', { kind: 'inline', contentType: 'image/png' }],
    ['x/a.jpeg', { kind: 'inline', contentType: 'image/jpeg' }],
    ['a.WEBP', { kind: 'inline', contentType: 'image/webp' }],
    ['a.gif', { kind: 'inline', contentType: 'image/gif' }],
    ['a.avif', { kind: 'inline', contentType: 'image/avif' }],
    ['a.svg', { kind: 'refused' }],
    ['a.SVGZ', { kind: 'refused' }],
    ['a.html', { kind: 'attachment', fileName: 'a.html' }],
    ['a.png.html', { kind: 'attachment', fileName: 'a.png.html' }],
    ['noext', { kind: 'attachment', fileName: 'noext' }],
  ])('%s', (path, expected) => expect(uploadPolicy(path)).toEqual(expected));
});

describe('serveUpload', () => {
  it.each([
    ['photo_ab12.png', 'image/png'],
    ['photo_ab12.JPG', 'image/jpeg'],
  ])('serves the image %s inline as %s', async (name, type) => {
    const res = await fetch(`${site}/uploads/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(await res.text()).toBe(FILES[name]?.body);
  });

  it.each(['page_ef56.html', 'report_0a1b.pdf'])('sends %s only as a download', async (name) => {
    const res = await fetch(`${site}/uploads/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses SVG with 403, without asking the CMS', async () => {
    const res = await fetch(`${site}/uploads/drawing_cd34.svg`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('<svg');
  });

  it.each(['missing.png', '..%2F..%2Fetc%2Fpasswd', 'a%22b.png'])('answers 404 for %s', async (name) => {
    expect((await fetch(`${site}/uploads/${name}`)).status).toBe(404);
  });
});
