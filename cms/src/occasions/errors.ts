import type { LocaleCode } from '../lib/content-types';
import { SiteRefusal, type FieldProblem } from '../lib/refusal';

export type { FieldProblem };

export type SignupErrorCode = 'invalid_signup' | 'occasion_not_found' | 'signup_closed' | 'already_signed_up' | 'invalid_token';

const STATUS: Record<SignupErrorCode, number> = {
  invalid_signup: 400,
  occasion_not_found: 404,
  signup_closed: 409,
  already_signed_up: 409,
  invalid_token: 404,
};

const MESSAGES: Record<SignupErrorCode, Record<LocaleCode, string>> = {
  invalid_signup: { sv: 'Kontrollera de markerade fälten och försök igen.', en: 'Check the marked fields and try again.' },
  occasion_not_found: { sv: 'Tillfället finns inte (längre).', en: 'The occasion does not exist (any more).' },
  signup_closed: { sv: 'Anmälan till tillfället är stängd.', en: 'Sign-up for this occasion is closed.' },
  already_signed_up: { sv: 'Den e-postadressen är redan anmäld till tillfället.', en: 'That e-mail address is already signed up for this occasion.' },
  invalid_token: { sv: 'Avbokningslänken är ogiltig eller redan använd.', en: 'The cancel link is invalid or has already been used.' },
};

/** An expected refusal of a sign-up or cancel. */
export class SignupError extends SiteRefusal<SignupErrorCode> {
  constructor(code: SignupErrorCode, locale: LocaleCode = 'sv', fields?: Record<string, FieldProblem>) {
    super('SignupError', code, STATUS[code], MESSAGES[code][locale], locale, fields);
  }
}
