import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { EFFORT_TYPES, INBOX_TYPES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { localeOf } from '../lib/site-actions';
import { hashToken, keyedToken, newNonce } from '../occasions/tokens';
import { effortUrl, oneClickUrl, unsubscribeUrl } from './links';
import { inviteMail } from './mail-text';

export const inviteBody = z.strictObject({
  effort: z.string().regex(/^[a-z0-9]{10,40}$/, 'effort: the documentId of a published effort'),
  contacts: z.array(z.string().regex(/^[a-z0-9]{10,40}$/)).min(1, 'contacts: choose at least one contact request').max(200),
});

/** Why a contact got no mail: the admin shows these counts. */
export type Skip = 'no_email' | 'unsubscribed' | 'already_invited' | 'failed';

export interface ContactRow {
  id: number;
  documentId: string;
  name: string;
  email: string | null;
  locale: string;
  municipality: string;
  contactStatus: string;
  unsubscribedAt: string | null;
  unsubscribeNonce: string | null;
}

interface EffortRow {
  title: string;
  slug: string;
  pitch: string | null;
}

export const UNSUBSCRIBE_PURPOSE = 'contact-unsubscribe';

/** The published effort in each language (falls back to Swedish when it has no English version). */
export async function publishedEffort(strapi: Core.Strapi, documentId: string): Promise<Record<LocaleCode, EffortRow> | null> {
  const find = (locale: LocaleCode): Promise<EffortRow | null> =>
    strapi.db.query(EFFORT_TYPES.effort).findOne({ where: { documentId, locale, publishedAt: { $notNull: true } }, select: ['title', 'slug', 'pitch'] });
  const [sv, en] = await Promise.all([find('sv'), find('en')]);
  const first = sv ?? en;
  return first ? { sv: sv ?? first, en: en ?? first } : null;
}

/** The contact's unsubscribe token, made (nonce + hash stored) the first time it is needed. */
async function unsubscribeToken(strapi: Core.Strapi, contact: ContactRow): Promise<string> {
  let nonce = contact.unsubscribeNonce;
  if (!nonce) {
    nonce = newNonce();
    const token = keyedToken(strapi, UNSUBSCRIBE_PURPOSE, nonce);
    await strapi.db.query(NEEDS_TYPES.contact).update({ where: { id: contact.id }, data: { unsubscribeNonce: nonce, unsubscribeTokenHash: hashToken(token) } });
  }
  return keyedToken(strapi, UNSUBSCRIBE_PURPOSE, nonce);
}

/**
 * Claims (contact, effort) by inserting its unique key, then sends. A second invite of the same pair finds the claim
 * and sends nothing; a failed send removes the claim so the coordinator can try again.
 */
async function inviteOne(strapi: Core.Strapi, contact: ContactRow, effortId: string, effort: Record<LocaleCode, EffortRow>): Promise<Skip | 'sent'> {
  if (!contact.email) return 'no_email';
  if (contact.unsubscribedAt) return 'unsubscribed';
  const invitations = strapi.db.query(INBOX_TYPES.invitation);
  const invitationKey = `${contact.id}:${effortId}`;
  if (await invitations.findOne({ where: { invitationKey } })) return 'already_invited';
  let claim: { id: number };
  try {
    claim = await invitations.create({ data: { invitationKey, contactId: contact.id, effortDocumentId: effortId } });
  } catch {
    return 'already_invited';
  }
  try {
    const locale = localeOf(contact.locale);
    const { siteUrl } = hubConfig(strapi);
    const token = await unsubscribeToken(strapi, contact);
    const e = effort[locale];
    const mail = inviteMail({ locale, name: contact.name, effortTitle: e.title, pitch: e.pitch, effortUrl: effortUrl(siteUrl, locale, e.slug), unsubscribeUrl: unsubscribeUrl(siteUrl, locale, token) });
    await strapi.plugin('email').service('email').send({
      to: contact.email,
      ...mail,
      headers: { 'List-Unsubscribe': `<${oneClickUrl(siteUrl, locale, token)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    await invitations.update({ where: { id: claim.id }, data: { sentAt: new Date() } });
    if (contact.contactStatus === 'new') await strapi.db.query(NEEDS_TYPES.contact).update({ where: { id: contact.id }, data: { contactStatus: 'contacted' } });
    return 'sent';
  } catch (error) {
    await invitations.delete({ where: { id: claim.id } });
    strapi.log.warn(`inbox: invitation to contact ${contact.id} not sent: ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}

export interface InviteResult {
  sent: number;
  skipped: Record<Skip, number>;
}

/** Sends the invitations, one contact after the other (mail servers prefer that to a burst). */
export async function inviteContacts(strapi: Core.Strapi, contacts: ContactRow[], effortId: string, effort: Record<LocaleCode, EffortRow>): Promise<InviteResult> {
  const result: InviteResult = { sent: 0, skipped: { no_email: 0, unsubscribed: 0, already_invited: 0, failed: 0 } };
  for (const contact of contacts) {
    const outcome = await inviteOne(strapi, contact, effortId, effort);
    if (outcome === 'sent') result.sent += 1;
    else result.skipped[outcome] += 1;
  }
  return result;
}
