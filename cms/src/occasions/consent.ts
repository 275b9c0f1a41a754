import type { LocaleCode } from '../lib/content-types';

/** The text the site shows beside the consent tick; stored with each sign-up as what the person agreed to. */
const CONSENT: Record<LocaleCode, string> = {
  sv: 'Jag vill anmäla mig till tillfället. Mitt namn, min e-postadress, mitt telefonnummer (om jag anger det) och min kommun sparas för anmälan, påminnelser och närvaro och raderas senast {days} dagar efter tillfället. Jag kan avboka med länken i bekräftelsen.',
  en: 'I want to sign up for the occasion. My name, e-mail address, phone number (if I give it) and municipality are kept for the sign-up, reminders and attendance and deleted at the latest {days} days after the occasion. I can cancel with the link in the confirmation.',
};

export const consentText = (locale: LocaleCode, retentionDays: number): string => CONSENT[locale].replace('{days}', String(retentionDays));
