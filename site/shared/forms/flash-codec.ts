import type { z } from 'zod';

/**
 * A form's one-time message in a cookie (what the reader typed and what was wrong, or the outcome): JSON in base64url.
 * Read back through the flash's schema; anything unreadable or out of shape is no flash.
 */
export const encodeFlashCookie = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

export function decodeFlashCookie<S extends z.ZodType>(schema: S, value: string | undefined): z.output<S> | null {
  if (value === undefined) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
