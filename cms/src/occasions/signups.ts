import type { Core } from '@strapi/strapi';
import { PLACE_TYPES, SIGNUP_TYPES, type LocaleCode } from '../lib/content-types';
import { OUTSIDE_REGION, parseCancel, parseSignup } from './body';
import { hubConfig } from '../lib/hub-config';
import { consentText } from './consent';
import { SignupError } from './errors';
import { findPublishedOccasion, isOpen } from './occasion';
import { cancelToken, hashToken, newNonce } from './tokens';

export const HOLDS_SEAT = ['confirmed', 'attended'] as const;

/**
 * Serialises sign-ups per occasion. PostgreSQL: a row lock on the occasion's rows, held to the end of the
 * transaction, so two sign-ups for the same occasion count seats one after the other (others run in parallel).
 * SQLite has one writer and Strapi's pool one connection, so its transactions are serial already.
 */
async function lockOccasion(strapi: Core.Strapi, trx: { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }, documentId: string) {
  if (strapi.db.dialect.client !== 'postgres') return;
  const table = strapi.db.metadata.get(PLACE_TYPES.occasion).tableName;
  await trx.raw(`SELECT id FROM ${table} WHERE document_id = ? FOR UPDATE`, [documentId]);
}

const signups = (strapi: Core.Strapi) => strapi.db.query(SIGNUP_TYPES.signup);

async function seatsTaken(strapi: Core.Strapi, documentId: string): Promise<number> {
  return signups(strapi).count({ where: { occasionDocumentId: documentId, signupStatus: { $in: [...HOLDS_SEAT] } } });
}

async function assertMunicipality(strapi: Core.Strapi, slug: string, locale: LocaleCode): Promise<void> {
  if (slug === OUTSIDE_REGION) return;
  const found = await strapi.db.query(PLACE_TYPES.municipality).findOne({ where: { slug, publishedAt: { $notNull: true } }, select: ['id'] });
  if (!found) throw new SignupError('invalid_signup', locale, { municipality: 'invalid' });
}

export interface SignupResult {
  status: 'confirmed' | 'waitlisted';
  position?: number;
  cancelToken: string;
  occasion: { documentId: string; slug: string };
}

/** Confirmed while seats are left, else waitlisted: decided under the occasion's lock, so it is never over-booked. */
export async function createSignup(strapi: Core.Strapi, body: unknown): Promise<SignupResult> {
  const input = parseSignup(body);
  await assertMunicipality(strapi, input.municipality, input.locale);
  const nonce = newNonce();
  return strapi.db.transaction(async ({ trx }): Promise<SignupResult> => {
    const first = await findPublishedOccasion(strapi, input.occasion, input.locale);
    if (!first) throw new SignupError('occasion_not_found', input.locale);
    await lockOccasion(strapi, trx, first.documentId);
    const occasion = await findPublishedOccasion(strapi, first.documentId, input.locale);
    if (!occasion) throw new SignupError('occasion_not_found', input.locale);
    if (!isOpen(occasion)) throw new SignupError('signup_closed', input.locale);
    const duplicate = await signups(strapi).findOne({ where: { occasionDocumentId: occasion.documentId, email: input.email, signupStatus: { $ne: 'cancelled' } }, select: ['id'] });
    if (duplicate) throw new SignupError('already_signed_up', input.locale);
    const status: SignupResult['status'] = (await seatsTaken(strapi, occasion.documentId)) < occasion.seats ? 'confirmed' : 'waitlisted';
    const token = cancelToken(strapi, nonce);
    // Through the Document Service (not the query layer), so the row gets its documentId like any admin-made entry.
    await strapi.documents(SIGNUP_TYPES.signup).create({
      data: {
        occasionTitle: occasion.title,
        occasionDocumentId: occasion.documentId,
        learningCentreDocumentId: occasion.learningCentre?.documentId,
        occasionStartsAt: occasion.startsAt,
        occasionEndsAt: occasion.endsAt,
        name: input.name,
        email: input.email,
        phone: input.phone,
        municipality: input.municipality,
        locale: input.locale,
        consentText: consentText(input.locale, hubConfig(strapi).signupRetentionDays),
        consentAt: new Date(),
        tokenNonce: nonce,
        cancelTokenHash: hashToken(token),
        signupStatus: status,
      },
    });
    const position = status === 'waitlisted' ? await signups(strapi).count({ where: { occasionDocumentId: occasion.documentId, signupStatus: 'waitlisted' } }) : undefined;
    return { status, position, cancelToken: token, occasion: { documentId: occasion.documentId, slug: occasion.slug } };
  });
}

export interface CancelResult {
  status: 'cancelled';
  locale: LocaleCode;
  occasion: { documentId: string; slug: string };
  promoted: boolean;
}

/** Cancels by token; a freed seat goes to the first on the waitlist (confirmed at once, mailed by the jobs). */
export async function cancelSignup(strapi: Core.Strapi, body: unknown): Promise<CancelResult> {
  const { token, locale } = parseCancel(body);
  return strapi.db.transaction(async ({ trx }): Promise<CancelResult> => {
    const found = await signups(strapi).findOne({ where: { cancelTokenHash: hashToken(token) } });
    if (!found || found.signupStatus === 'attended') throw new SignupError('invalid_token', locale);
    await lockOccasion(strapi, trx, found.occasionDocumentId);
    const signup = await signups(strapi).findOne({ where: { id: found.id } });
    const occasion = await findPublishedOccasion(strapi, signup.occasionDocumentId, signup.locale);
    const ref = { documentId: signup.occasionDocumentId, slug: occasion?.slug ?? '' };
    if (signup.signupStatus === 'cancelled') return { status: 'cancelled', locale: signup.locale, occasion: ref, promoted: false };
    await signups(strapi).update({ where: { id: signup.id }, data: { signupStatus: 'cancelled' } });
    const started = !occasion || new Date(occasion.startsAt) <= new Date();
    let promoted = false;
    if (signup.signupStatus === 'confirmed' && !started && occasion.occasionStatus === 'scheduled' && (await seatsTaken(strapi, signup.occasionDocumentId)) < occasion.seats) {
      const next = await signups(strapi).findOne({ where: { occasionDocumentId: signup.occasionDocumentId, signupStatus: 'waitlisted' }, orderBy: { id: 'asc' } });
      if (next) {
        await signups(strapi).update({ where: { id: next.id }, data: { signupStatus: 'confirmed', promotedAt: new Date() } });
        promoted = true;
      }
    }
    return { status: 'cancelled', locale: signup.locale, occasion: ref, promoted };
  });
}
