import { open } from 'node:fs/promises';
import { sniffUpload } from '../lib/upload-signature';

interface UploadedFile {
  filepath?: string;
  originalFilename?: string | null;
}

interface KoaLike {
  method: string;
  path: string;
  status: number;
  body: unknown;
  request: { files?: Record<string, UploadedFile | UploadedFile[] | undefined> };
}

async function head(file: UploadedFile): Promise<Buffer> {
  if (!file.filepath) return Buffer.alloc(0);
  const handle = await open(file.filepath, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buffer, 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Uploads (admin /upload and content API /api/upload) must be raster images or PDF by their bytes: the upload
 * plugin's type check trusts the declared type when it cannot detect one, so an SVG named logo.png would pass.
 * Global middleware after strapi::body (which has stored the multipart files); refuses with 400 and a code.
 */
export default () => async (ctx: KoaLike, next: () => Promise<void>) => {
  const isUpload = ctx.method === 'POST' && (ctx.path === '/upload' || ctx.path === '/api/upload');
  const files = isUpload ? Object.values(ctx.request.files ?? {}).flatMap((f) => (Array.isArray(f) ? f : f ? [f] : [])) : [];
  for (const file of files) {
    if (sniffUpload(await head(file)) === null) {
      const message = `${file.originalFilename ?? 'The file'} is not an image (JPEG, PNG, WebP, GIF, AVIF) or a PDF. SVG and other types are not accepted.`;
      ctx.status = 400;
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', code: 'upload_type_not_allowed', message, details: { code: 'upload_type_not_allowed' } } };
      return;
    }
  }
  return next();
};
