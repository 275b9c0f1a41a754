import { z } from 'zod';
import type { ContactOutcome } from '#shared/needs/flash';

/** An HTML checkbox: its value when ticked, absent when not. */
export const Checkbox = z.string().optional().transform((value) => value === 'yes');

/** The optional contact part of the check form ("I want my learning centre to contact me"). */
export const ContactFormSchema = z.object({
  contact: Checkbox,
  contactConsent: Checkbox,
  name: z.string().trim().max(120).default(''),
  email: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(30).default(''),
  message: z.string().trim().max(500).default(''),
});
export type ContactForm = z.infer<typeof ContactFormSchema>;

/** As the CMS checks it (cms/src/needs/contacts.ts): digits, spaces, ()- and a leading +. */
const PHONE = /^\+?[0-9 ()-]{6,30}$/;

export type ContactRequest = { name: string; email?: string; phone?: string; municipality: string; message?: string };

/**
 * The contact request to send, or why it cannot be sent. Checked here rather than with `required` in the form:
 * the fields are required only when the owner asks to be contacted, and the form must work without JavaScript.
 */
export function contactRequest(form: ContactForm, municipality: string | null): { ok: true; request: ContactRequest } | { ok: false; outcome: ContactOutcome } {
  if (!form.contactConsent) return { ok: false, outcome: 'missing-consent' };
  if (form.name === '') return { ok: false, outcome: 'missing-name' };
  if (form.email === '' && form.phone === '') return { ok: false, outcome: 'missing-reach' };
  if (form.email !== '' && !z.email().safeParse(form.email).success) return { ok: false, outcome: 'bad-email' };
  if (form.phone !== '' && !PHONE.test(form.phone)) return { ok: false, outcome: 'bad-phone' };
  if (!municipality) return { ok: false, outcome: 'missing-municipality' };
  return {
    ok: true,
    request: {
      name: form.name,
      municipality,
      ...(form.email ? { email: form.email } : {}),
      ...(form.phone ? { phone: form.phone } : {}),
      ...(form.message ? { message: form.message } : {}),
    },
  };
}
