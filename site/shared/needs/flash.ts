import { z } from 'zod';

export const NEEDS_FLASH_COOKIE = 'kn_needs_flash';

export const CONTACT_OUTCOMES = ['sent', 'failed', 'missing-name', 'missing-reach', 'bad-email', 'bad-phone', 'missing-consent', 'missing-municipality'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

/** What happened to the parts of a submission that leave the browser, shown once on the result page. */
export interface NeedsFlash {
  /** null: the owner did not consent, nothing was sent; true/false: stored for statistics, or the CMS failed. */
  stored: boolean | null;
  contact: ContactOutcome | null;
  /** Deletes the contact details (POST /api/needs/contacts/delete), shown once as a link. */
  deleteToken: string | null;
  /** "Did it help?": a reminder is pending (with its cancel token, shown once) or this was the paired follow-up. */
  followUp?: 'pending' | 'paired' | null;
  followUpCancelToken?: string | null;
}

const FlashSchema = z.object({
  stored: z.enum(['1', '0']).optional().transform((v) => (v === undefined ? null : v === '1')),
  contact: z.enum(CONTACT_OUTCOMES).optional().transform((v) => v ?? null),
  token: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/).optional().transform((v) => v ?? null),
  followUp: z.enum(['pending', 'paired']).optional().transform((v) => v ?? null),
  followUpCancel: z.string().regex(/^[A-Za-z0-9_-]{16,200}$/).optional().transform((v) => v ?? null),
});

export function encodeFlash(flash: NeedsFlash): string {
  const params = new URLSearchParams();
  if (flash.stored !== null) params.set('stored', flash.stored ? '1' : '0');
  if (flash.contact !== null) params.set('contact', flash.contact);
  if (flash.deleteToken !== null) params.set('token', flash.deleteToken);
  if (flash.followUp) params.set('followUp', flash.followUp);
  if (flash.followUpCancelToken) params.set('followUpCancel', flash.followUpCancelToken);
  return params.toString();
}

/** Anything unreadable is no flash. */
export function decodeFlash(value: string): NeedsFlash | null {
  const parsed = FlashSchema.safeParse(Object.fromEntries(new URLSearchParams(value)));
  if (!parsed.success) return null;
  const { stored, contact, token, followUp, followUpCancel } = parsed.data;
  return { stored, contact, deleteToken: token, ...(followUp ? { followUp } : {}), ...(followUpCancel ? { followUpCancelToken: followUpCancel } : {}) };
}
