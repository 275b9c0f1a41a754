import { describe, expect, it } from 'vitest';
import { adminToken, cmsUrl } from '../helpers/api';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function upload(token: string, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.append('files', new Blob([bytes], { type }), name);
  const res = await fetch(`${cmsUrl()}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function call(method: string, path: string, token: string, body?: FormData) {
  return (await fetch(`${cmsUrl()}${path}`, { method, headers: { authorization: `Bearer ${token}` }, body })).status;
}

describe('uploads through the admin API', () => {
  it('accepts images and PDF, refuses SVG (also disguised) with a clear message', async () => {
    const token = await adminToken('kn-researcher');
    expect((await upload(token, PNG, 'bild.png', 'image/png')).status).toBe(201);
    expect((await upload(token, PDF, 'rapport.pdf', 'application/pdf')).status).toBe(201);
    const svg = await upload(token, SVG, 'logga.svg', 'image/svg+xml');
    expect(svg.status).toBe(400);
    expect(svg.body.error.message).toMatch(/is not an image .* or a PDF/);
    expect(svg.body.error.code).toBe('upload_type_not_allowed');
    for (const [name, type] of [['logga.png', 'image/png'], ['logga.txt', 'text/plain'], ['sida.html', 'text/html']]) {
      const disguised = await upload(token, SVG, name, type);
      expect(disguised.status, `${name} as ${type}`).toBe(400);
      expect(disguised.body.error.code).toBe('upload_type_not_allowed');
    }
  });

  it('editors replace and delete only their own media', async () => {
    const researcher = await adminToken('kn-researcher');
    const coordinator = await adminToken('kn-coordinator');
    const own = (await upload(researcher, PNG, 'egen.png', 'image/png')).body[0].id;
    const others = (await upload(coordinator, PNG, 'annans.png', 'image/png')).body[0].id;
    const info = () => {
      const form = new FormData();
      form.append('fileInfo', JSON.stringify({ alternativeText: 'Ändrad' }));
      return form;
    };
    expect(await call('POST', `/upload?id=${others}`, researcher, info())).toBe(403);
    expect(await call('DELETE', `/upload/files/${others}`, researcher)).toBe(403);
    expect(await call('POST', `/upload?id=${own}`, researcher, info())).toBe(200);
    expect(await call('DELETE', `/upload/files/${own}`, researcher)).toBe(200);
    expect(await call('DELETE', `/upload/files/${others}`, coordinator)).toBe(200);
  });
});
