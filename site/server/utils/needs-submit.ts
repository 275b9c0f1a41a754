import type { H3Event } from 'h3';
import { z } from 'zod';
import sv from '~~/i18n/locales/sv.json';
import en from '~~/i18n/locales/en.json';
import type { SiteLocale } from '#shared/types/locale';
import { LocaleSchema } from '../graphql/common';
import { Checkbox, ContactFormSchema } from './needs-contact';

/** Answers arrive as form fields `q.<question key>` = option key; everything else is the consent and contact part. */
export const ANSWER_PREFIX = 'q.';

export const SubmissionSchema = ContactFormSchema.extend({ locale: LocaleSchema, consent: Checkbox });

/** The form body split into the answers (for validateSubmission, which judges them) and the rest. */
export function splitForm(body: unknown): { answers: Record<string, unknown>; rest: Record<string, unknown> } {
  const answers: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  if (typeof body !== 'object' || body === null) return { answers, rest };
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith(ANSWER_PREFIX)) answers[key.slice(ANSWER_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { answers, rest };
}

/** The consent text the owner ticked, as the page showed it: stored with the contact details. */
export function contactConsentText(locale: SiteLocale): string {
  return (locale === 'en' ? en : sv).needsCheck.contact.consent;
}

const RateRefusal = z.object({ error: z.object({ details: z.object({ retryAfterS: z.number().int().positive() }) }) });

export type RateDecision = { allowed: true } | { allowed: false; retryAfterS: number };

/**
 * Counts one needs-check submission of this client in the CMS (POST /api/needs/rate), where the count lives in the
 * database: it holds across restarts and is shared by every site replica. A CMS that answers anything but 204/429
 * lets the submission through (logged): the form needs the CMS anyway, and a broken limiter must not lock out a
 * classroom.
 */
export async function needsCheckRate(event: H3Event): Promise<RateDecision> {
  const answer = await cmsRest('/api/needs/rate', { method: 'POST', body: { bucket: 'needs-check', client: clientId(event) } });
  if (answer.status === 204) return { allowed: true };
  const refusal = RateRefusal.safeParse(answer.body);
  if (answer.status === 429) return { allowed: false, retryAfterS: refusal.success ? refusal.data.error.details.retryAfterS : 60 };
  console.error(`[site] needs-check rate limit not checked: CMS HTTP ${answer.status}`);
  return { allowed: true };
}
