import { beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { adminCall, adminLogin } from './helpers/admin.ts';
import { cmsUrl, request, siteUrl } from './helpers/stack.ts';

const Uploaded = z.array(z.object({ id: z.number(), url: z.string(), name: z.string(), updatedAt: z.string() }));
const SCRIPTED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>';
// The smallest valid PNG: 1×1, transparent.
const PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));

/** Uploads one file through the admin API (the media library), as the given session; `replace` swaps an existing file. */
async function upload(token: string, name: string, type: string, content: string | Uint8Array<ArrayBuffer>, replace?: number) {
  const form = new FormData();
  form.append('files', new Blob([content], { type }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText: name }));
  const answer = await adminCall(cmsUrl(), token, 'POST', `/upload${replace ? `?id=${replace}` : ''}`, form);
  const files = Uploaded.safeParse(answer.data);
  // `POST /upload?id=` answers the one file, not a list.
  const one = files.success ? files.data[0] : Uploaded.element.safeParse(answer.data).data;
  return { status: answer.status, file: one };
}

describe('uploads (row 8)', () => {
  let researcher = '';
  let coordinator = '';
  beforeAll(async () => {
    [researcher, coordinator] = await Promise.all([adminLogin(cmsUrl(), 'kn-researcher'), adminLogin(cmsUrl(), 'kn-coordinator')]);
  });

  it('an SVG with a script from a Researcher is refused, or never served from the site with its script', async () => {
    const { status, file } = await upload(researcher, 'hostile.svg', 'image/svg+xml', SCRIPTED_SVG);
    if (status >= 400 || !file) return void console.log(`scripted SVG: refused at upload (HTTP ${status})`);
    const served = await request(`${siteUrl()}${file.url}`);
    const attachment = /attachment/i.test(served.headers.get('content-disposition') ?? '');
    const scripted = /<script|\bon\w+\s*=/i.test(served.text);
    console.log(`scripted SVG: uploaded (HTTP ${status}), site ${file.url} → HTTP ${served.status} ${served.headers.get('content-type')}, attachment: ${attachment}, script kept: ${scripted}`);
    expect(served.status).not.toBe(0);
    expect(served.status >= 400 || attachment || !scripted).toBe(true);
  });

  it.each([
    ['page.html', 'text/html', '<html><script>alert(1)</script></html>'],
    ['notes.txt', 'text/plain', 'plain text'],
  ])('a non-image file (%s) from the site\'s /uploads/** is Content-Disposition: attachment', async (name, type, content) => {
    const { status, file } = await upload(researcher, name, type, content);
    if (status >= 400 || !file) return void console.log(`${name}: refused at upload (HTTP ${status})`);
    const served = await request(`${siteUrl()}${file.url}`);
    console.log(`${name}: site ${file.url} → HTTP ${served.status} ${served.headers.get('content-type')}, Content-Disposition: ${served.headers.get('content-disposition') ?? '(none)'}`);
    if (served.status >= 400) return;
    expect(served.headers.get('content-disposition') ?? '').toMatch(/^attachment/i);
  });

  it("a Researcher cannot replace a Coordinator's media", async () => {
    const original = await upload(coordinator, 'coordinator.png', 'image/png', PNG);
    expect(original.status).toBe(201);
    if (!original.file) throw new Error('the Coordinator\'s upload answered no file');
    const attempt = await upload(researcher, 'replaced.png', 'image/png', PNG, original.file.id);
    const after = z.object({ name: z.string(), updatedAt: z.string() }).parse((await adminCall(cmsUrl(), inject('adminToken'), 'GET', `/upload/files/${original.file.id}`)).data);
    const unchanged = after.name === original.file.name && after.updatedAt === original.file.updatedAt;
    console.log(`Researcher replacing the Coordinator's file: HTTP ${attempt.status}; file ${unchanged ? 'unchanged' : `replaced (now ${after.name})`}`);
    // Refused, whether the media library says so (403) or scopes the Researcher to their own files (404).
    expect([403, 404]).toContain(attempt.status);
    expect(unchanged).toBe(true);
  });
});
