import { createError, getRequestHeader, sendNoContent, setResponseHeader, type H3Event } from 'h3';
import { notFound } from './errors';

/** The only files a page shows inline from /uploads: raster images, by extension, with their own type. */
export const INLINE_IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** SVG can carry script and runs it when opened from this origin: refused, never served (not even as a download). */
const REFUSED = new Set(['svg', 'svgz']);

export type UploadPolicy = { kind: 'inline'; contentType: string } | { kind: 'attachment'; fileName: string } | { kind: 'refused' };

/** How the site serves one upload path: inline image, download, or not at all. */
export function uploadPolicy(path: string): UploadPolicy {
  const fileName = path.split('/').pop() ?? '';
  const extension = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  if (REFUSED.has(extension)) return { kind: 'refused' };
  const contentType = INLINE_IMAGE_TYPES[extension];
  return contentType ? { kind: 'inline', contentType } : { kind: 'attachment', fileName };
}

const PASSED_ON = ['content-length', 'etag', 'last-modified'] as const;

/**
 * Streams one file from Strapi's upload folder with headers the site decides, never the CMS's: images inline with
 * their type, anything else as an octet-stream download (so an uploaded HTML or PDF cannot run in the site's origin),
 * SVG refused with 403. Cookies and credentials are not forwarded.
 */
export async function serveUpload(event: H3Event, uploadsUrl: string, path: string) {
  if (!/^[\w./-]+$/.test(path) || path.includes('..')) throw notFound('file');
  const policy = uploadPolicy(path);
  if (policy.kind === 'refused') throw createError({ statusCode: 403, statusMessage: 'Forbidden', message: 'This file type is not served.', data: { code: 'file_type_refused' } });
  const conditional = Object.fromEntries(['if-none-match', 'if-modified-since'].flatMap((name) => {
    const value = getRequestHeader(event, name);
    return value ? [[name, value]] : [];
  }));
  const upstream = await fetch(`${uploadsUrl.replace(/\/$/, '')}/uploads/${path}`, { headers: conditional, redirect: 'manual' });
  if (upstream.status === 404) throw notFound('file');
  if (upstream.status !== 200 && upstream.status !== 304) throw createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: 'The media service did not answer.' });
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name);
    if (value) setResponseHeader(event, name, value);
  }
  // Strapi names uploads by content hash, so a file at one path never changes.
  setResponseHeader(event, 'cache-control', 'public, max-age=604800');
  setResponseHeader(event, 'x-content-type-options', 'nosniff');
  if (policy.kind === 'inline') {
    setResponseHeader(event, 'content-type', policy.contentType);
  } else {
    setResponseHeader(event, 'content-type', 'application/octet-stream');
    setResponseHeader(event, 'content-disposition', `attachment; filename="${policy.fileName}"`);
  }
  if (upstream.status === 304 || !upstream.body) return sendNoContent(event, upstream.status === 304 ? 304 : 204);
  return upstream.body;
}
