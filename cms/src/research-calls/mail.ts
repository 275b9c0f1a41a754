import crypto from 'node:crypto';
import { sitePath } from '@kunskapsnavet/search';
import type { Core } from '@strapi/strapi';
import { RESEARCH_CALL_ANSWER, RESEARCH_CALL_TYPES, type LocaleCode } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { appKey } from '../occasions/tokens';

/**
 * The delete token is an HMAC of the answer's random nonce under the app's first key (like the occasions' cancel
 * tokens): the confirmation mail can carry it, while the database holds only the nonce and the token's SHA-256.
 */
export const deleteTokenOf = (strapi: Core.Strapi, nonce: string) => crypto.createHmac('sha256', appKey(strapi)).update(`research-call-answer:${nonce}`).digest('base64url');

const TEXTS: Record<LocaleCode, { subject: string; hello: string; lead: string; contact: string; call: string; del: string; note: string }> = {
  sv: { subject: 'Ditt svar', hello: 'Hej', lead: 'Tack för att du vill medverka! Forskaren bakom utlysningen har fått ditt svar och hör av sig.', contact: 'Forskarens e-post', call: 'Utlysningen', del: 'Radera mitt svar', note: 'Svaret raderas automatiskt en tid efter att utlysningen stänger.' },
  en: { subject: 'Your answer', hello: 'Hello', lead: 'Thank you for wanting to take part! The researcher behind the call has your answer and will get in touch.', contact: "Researcher's e-mail", call: 'The call', del: 'Delete my answer', note: 'Your answer is deleted automatically some time after the call closes.' },
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface MailInput { locale: LocaleCode; name: string; title: string; contactEmail: string; callUrl: string; deleteUrl: string }

/** Plain text and simple HTML with the same content. */
export function composeAnswerMail(m: MailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[m.locale];
  const rows: [string, string][] = [[t.contact, m.contactEmail], [t.call, m.callUrl], [t.del, m.deleteUrl]];
  const text = [`${t.hello} ${m.name},`, '', t.lead, '', m.title, ...rows.map(([k, v]) => `${k}: ${v}`), '', t.note, '— Kunskapsnavet'].join('\n');
  const html = `<!doctype html><html lang="${m.locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">
<p>${escape(`${t.hello} ${m.name},`)}</p><p>${escape(t.lead)}</p><h1 style="font-size:1.25em">${escape(m.title)}</h1>
<p>${escape(t.contact)}: ${escape(m.contactEmail)}</p><p><a href="${escape(m.callUrl)}">${escape(t.call)}</a> · <a href="${escape(m.deleteUrl)}">${escape(t.del)}</a></p>
<p>${escape(t.note)}</p><p>— Kunskapsnavet</p></body></html>`;
  return { subject: `${t.subject}: ${m.title}`, text, html };
}

interface AnswerRow { id: number; callDocumentId: string; name: string; email: string; locale: LocaleCode; tokenNonce: string }

/** Claims the confirmation (timestamp set only if empty), sends it; a failed send clears the claim for the next run. */
async function sendOne(strapi: Core.Strapi, a: AnswerRow): Promise<boolean> {
  const answers = strapi.db.query(RESEARCH_CALL_ANSWER);
  const { count } = await answers.updateMany({ where: { id: a.id, confirmationSentAt: null }, data: { confirmationSentAt: new Date() } });
  if (count !== 1) return false;
  try {
    const call = await strapi.db.query(RESEARCH_CALL_TYPES.call).findOne({ where: { documentId: a.callDocumentId, locale: a.locale, publishedAt: { $notNull: true } }, select: ['slug', 'title', 'contactEmail'] });
    if (!call) throw new Error(`call ${a.callDocumentId} is not published`);
    const site = hubConfig(strapi).siteUrl;
    const token = deleteTokenOf(strapi, a.tokenNonce);
    const mail = composeAnswerMail({ locale: a.locale, name: a.name, title: call.title, contactEmail: call.contactEmail, callUrl: `${site}${sitePath('research-take-part-slug', a.locale, call.slug)}`, deleteUrl: `${site}${sitePath('research-take-part-delete', a.locale)}?token=${encodeURIComponent(token)}` });
    await strapi.plugin('email').service('email').send({ to: a.email, replyTo: call.contactEmail, ...mail });
    return true;
  } catch (error) {
    await answers.update({ where: { id: a.id }, data: { confirmationSentAt: null } });
    strapi.log.warn(`research calls: confirmation to answer ${a.id} not sent, will retry: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Every answer's confirmation, once (from the jobs and right after an answer). */
export async function sendAnswerConfirmations(strapi: Core.Strapi): Promise<number> {
  const fresh: AnswerRow[] = await strapi.db.query(RESEARCH_CALL_ANSWER).findMany({ where: { confirmationSentAt: null }, limit: 200 });
  let sent = 0;
  for (const a of fresh) if (await sendOne(strapi, a)) sent += 1;
  return sent;
}
