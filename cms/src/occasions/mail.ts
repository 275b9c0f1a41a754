import type { Core } from '@strapi/strapi';
import { SIGNUP_TYPES, type LocaleCode } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { occasionCalendar } from './calendar';
import { cancelUrl, occasionUrl } from './links';
import { composeMail, type MailKind } from './mail-text';
import { findPublishedOccasion } from './occasion';
import { cancelToken } from './tokens';

/** Which timestamp records that a kind of mail went out: claimed before sending, so each is sent once. */
const SENT_FIELD: Record<MailKind, string> = {
  confirmation: 'confirmationSentAt',
  waitlisted: 'confirmationSentAt',
  reminder: 'reminderSentAt',
  offer: 'offerSentAt',
  cancelled: 'cancellationSentAt',
};

export interface SignupRow {
  id: number;
  occasionDocumentId: string;
  name: string;
  email: string;
  locale: LocaleCode;
  tokenNonce: string;
  signupStatus: string;
}

/**
 * Claims the mail (sets its timestamp only if still empty: a concurrent run or a second sweep gets nothing), then
 * sends it in the sign-up's language with the .ics attached. A failed send clears the claim, so the next run retries.
 */
export async function sendOnce(strapi: Core.Strapi, signup: SignupRow, kind: MailKind): Promise<boolean> {
  const field = SENT_FIELD[kind];
  const query = strapi.db.query(SIGNUP_TYPES.signup);
  const { count } = await query.updateMany({ where: { id: signup.id, [field]: null }, data: { [field]: new Date() } });
  if (count !== 1) return false;
  try {
    const occasion = await findPublishedOccasion(strapi, signup.occasionDocumentId, signup.locale);
    if (!occasion) throw new Error(`occasion ${signup.occasionDocumentId} is not published`);
    const { siteUrl } = hubConfig(strapi);
    const token = cancelToken(strapi, signup.tokenNonce);
    const mail = composeMail({
      kind,
      locale: signup.locale,
      name: signup.name,
      occasion,
      detailsUrl: occasionUrl(siteUrl, signup.locale, occasion.slug),
      cancelUrl: cancelUrl(siteUrl, signup.locale, token),
    });
    const hasPlace = kind === 'confirmation' || kind === 'reminder' || kind === 'offer';
    const ics = occasionCalendar(occasion, { locale: signup.locale, siteUrl, withOnlineUrl: hasPlace });
    await strapi.plugin('email').service('email').send({
      to: signup.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: [{ filename: `${occasion.slug}.ics`, content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    });
    return true;
  } catch (error) {
    await query.update({ where: { id: signup.id }, data: { [field]: null } });
    strapi.log.warn(`occasions: ${kind} mail to sign-up ${signup.id} not sent, will retry: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
