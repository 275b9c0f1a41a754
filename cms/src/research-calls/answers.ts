import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { LOCALE_CODES, RESEARCH_CALL_ANSWER, RESEARCH_CALL_TYPES, type LocaleCode } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { consentText } from './consent';
import { hashToken, newNonce } from '../occasions/tokens';
import { AnswerError, type FieldProblem } from './errors';
import { deleteTokenOf } from './mail';
import { stockholmToday } from './rules';

const answerBody = z.strictObject({
  call: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120),
  locale: z.enum(LOCALE_CODES),
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().max(200).pipe(z.email()),
  message: z.string().trim().max(2000).optional().transform((v) => v || undefined),
  consent: z.literal(true),
});

const deleteBody = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/), locale: z.enum(LOCALE_CODES).optional() });

const localeOf = (body: unknown): LocaleCode => (typeof body === 'object' && body !== null && Reflect.get(body, 'locale') === 'en' ? 'en' : 'sv');

/** Validates the site's form data; a bad field becomes `fields.<name> = required | invalid`, in one 400. */
export function parseAnswer(body: unknown): z.infer<typeof answerBody> {
  const parsed = answerBody.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields: Record<string, FieldProblem> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.code === 'unrecognized_keys' || issue.path.length === 0 ? 'form' : String(issue.path[0]);
    const raw: unknown = typeof body === 'object' && body !== null ? Reflect.get(body, field) : undefined;
    fields[field] = raw === undefined || raw === '' || raw === false ? 'required' : 'invalid';
  }
  throw new AnswerError('invalid_answer', localeOf(body), fields);
}

interface OpenCall {
  documentId: string;
  title: string;
  closesOn: string;
}

/** The published call by slug in the reader's language, or null. */
export async function findPublishedCall(strapi: Core.Strapi, slug: string, locale: LocaleCode): Promise<OpenCall | null> {
  return strapi.db.query(RESEARCH_CALL_TYPES.call).findOne({ where: { slug, locale, publishedAt: { $notNull: true } }, select: ['documentId', 'title', 'closesOn'] });
}

/** A call is open through its closing day (Swedish time). */
export const isOpen = (call: { closesOn: string }, now: Date): boolean => call.closesOn >= stockholmToday(now);

/**
 * Stores an owner's answer to an open call with the consent text they agreed to, and returns its delete token (an
 * HMAC of the stored nonce: only its SHA-256 is kept, and the confirmation mail carries the same link).
 */
export async function createAnswer(strapi: Core.Strapi, body: unknown, now = new Date()): Promise<{ deleteToken: string; call: { slug: string } }> {
  const input = parseAnswer(body);
  const call = await findPublishedCall(strapi, input.call, input.locale);
  if (!call) throw new AnswerError('call_not_found', input.locale);
  if (!isOpen(call, now)) throw new AnswerError('call_closed', input.locale);
  const answers = strapi.db.query(RESEARCH_CALL_ANSWER);
  if (await answers.findOne({ where: { callDocumentId: call.documentId, email: input.email }, select: ['id'] })) throw new AnswerError('already_answered', input.locale);
  const nonce = newNonce();
  const deleteToken = deleteTokenOf(strapi, nonce);
  // Through the Document Service, so the row gets its documentId like any admin-made entry.
  await strapi.documents(RESEARCH_CALL_ANSWER).create({
    data: {
      callTitle: call.title.slice(0, 160),
      callDocumentId: call.documentId,
      name: input.name,
      email: input.email,
      message: input.message,
      locale: input.locale,
      consentText: consentText(input.locale, hubConfig(strapi).researchAnswerRetentionDays),
      consentedAt: now,
      tokenNonce: nonce,
      deleteTokenHash: hashToken(deleteToken),
    },
  });
  return { deleteToken, call: { slug: input.call } };
}

/** Deletes the answer the token belongs to; a wrong or used token is a 404 `invalid_token`. */
export async function deleteAnswer(strapi: Core.Strapi, body: unknown): Promise<{ deleted: true; locale: LocaleCode }> {
  const parsed = deleteBody.safeParse(body);
  if (!parsed.success) throw new AnswerError('invalid_token', localeOf(body));
  const locale = parsed.data.locale ?? 'sv';
  const { count } = await strapi.db.query(RESEARCH_CALL_ANSWER).deleteMany({ where: { deleteTokenHash: hashToken(parsed.data.token) } });
  if (count === 0) throw new AnswerError('invalid_token', locale);
  return { deleted: true, locale };
}
