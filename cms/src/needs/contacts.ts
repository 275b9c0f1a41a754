import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { INBOX_TYPES, LOCALE_CODES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { needsLib } from './needs-lib';

const trimmed = (max: number) => z.string().trim().max(max);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** A contact request: who, how to reach them (e-mail or phone), where, and the consent text they agreed to. */
export const contactBody = z
  .strictObject({
    locale: z.enum(LOCALE_CODES),
    name: trimmed(120).min(1, 'name is required'),
    email: optional(trimmed(200).pipe(z.email('not a valid e-mail address'))),
    phone: optional(trimmed(30).regex(/^\+?[0-9 ()-]{6,30}$/, 'not a valid phone number')),
    municipality: z.string().refine((v) => needsLib.isContextValue('municipality', v), 'not a municipality of Norrbotten or Västerbotten, nor "outside"'),
    message: optional(trimmed(500)),
    consentText: trimmed(2000).min(10, 'the consent text the owner agreed to is required'),
  })
  .refine((c) => Boolean(c.email || c.phone), { message: 'give an e-mail address or a phone number', path: ['email'] });

export const deleteBody = z.strictObject({ token: z.string().min(20).max(200) });

const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

export class ContactError extends Error {}

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');

/**
 * Stores a contact request apart from any response (no link between them exists) and returns the plain delete
 * token once: only its SHA-256 is kept, so the token in the owner's link is the only way to it.
 */
export async function createContact(strapi: Core.Strapi, body: unknown): Promise<{ deleteToken: string }> {
  const parsed = contactBody.safeParse(body);
  if (!parsed.success) throw new ContactError(`Invalid contact request: ${issues(parsed.error)}`);
  const deleteToken = crypto.randomBytes(32).toString('base64url');
  const { consentText, ...rest } = parsed.data;
  await strapi.documents(NEEDS_TYPES.contact).create({
    data: { ...rest, consentText, consentedAt: new Date().toISOString(), deleteTokenHash: sha256(deleteToken), contactStatus: 'new' },
  });
  return { deleteToken };
}

/** Deletes the contact request the token belongs to (and its invitation records); a wrong token deletes nothing. */
export async function deleteContact(strapi: Core.Strapi, body: unknown): Promise<{ deleted: boolean }> {
  const parsed = deleteBody.safeParse(body);
  if (!parsed.success) throw new ContactError(`Invalid request: ${issues(parsed.error)}`);
  const where = { deleteTokenHash: sha256(parsed.data.token) };
  const row: { id: number } | null = await strapi.db.query(NEEDS_TYPES.contact).findOne({ where, select: ['id'] });
  if (!row) return { deleted: false };
  await strapi.db.transaction(async () => {
    await strapi.db.query(INBOX_TYPES.invitation).deleteMany({ where: { contactId: row.id } });
    await strapi.db.query(NEEDS_TYPES.contact).deleteMany({ where: { id: row.id } });
  });
  return { deleted: true };
}
