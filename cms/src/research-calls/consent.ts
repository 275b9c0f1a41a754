import type { LocaleCode } from '../lib/content-types';

/** The text beside the consent tick on the site; stored with each answer as what the owner agreed to. */
const CONSENT: Record<LocaleCode, string> = {
  sv: 'Jag vill att forskaren bakom utlysningen kontaktar mig. Mitt namn, min e-postadress och mitt meddelande sparas för det, visas bara för den forskaren och raderas senast {days} dagar efter att utlysningen stänger. Jag kan radera mitt svar när som helst med länken jag får.',
  en: 'I want the researcher behind the call to contact me. My name, e-mail address and message are kept for that, shown only to that researcher and deleted at the latest {days} days after the call closes. I can delete my answer at any time with the link I am given.',
};

export const consentText = (locale: LocaleCode, retentionDays: number): string => CONSENT[locale].replace('{days}', String(retentionDays));
