import { createRateLimiter } from '@kunskapsnavet/needs';
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

let limiter: ReturnType<typeof createRateLimiter> | undefined;

/** One limiter per process, sized by runtime config (NUXT_NEEDS_SUBMIT_LIMIT per NUXT_NEEDS_SUBMIT_WINDOW_S). */
export function submitLimiter() {
  const { needsSubmitLimit, needsSubmitWindowS } = useRuntimeConfig();
  limiter ??= createRateLimiter({ limit: Number(needsSubmitLimit), windowMs: Number(needsSubmitWindowS) * 1000 });
  return limiter;
}

