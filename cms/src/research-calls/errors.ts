import type { LocaleCode } from '../lib/content-types';
import { SiteRefusal, type FieldProblem } from '../lib/refusal';

export type { FieldProblem };

export type AnswerErrorCode = 'invalid_answer' | 'call_not_found' | 'call_closed' | 'already_answered' | 'invalid_token';

const STATUS: Record<AnswerErrorCode, number> = { invalid_answer: 400, call_not_found: 404, call_closed: 409, already_answered: 409, invalid_token: 404 };

const MESSAGES: Record<AnswerErrorCode, Record<LocaleCode, string>> = {
  invalid_answer: { sv: 'Kontrollera de markerade fälten och försök igen.', en: 'Check the marked fields and try again.' },
  call_not_found: { sv: 'Utlysningen finns inte (längre).', en: 'The call does not exist (any more).' },
  call_closed: { sv: 'Utlysningen har stängt och tar inte emot fler svar.', en: 'The call has closed and takes no more answers.' },
  already_answered: { sv: 'Den e-postadressen har redan svarat på utlysningen.', en: 'That e-mail address has already answered this call.' },
  invalid_token: { sv: 'Raderingslänken är ogiltig eller redan använd.', en: 'The delete link is invalid or has already been used.' },
};

/** An expected refusal of an answer or a deletion. */
export class AnswerError extends SiteRefusal<AnswerErrorCode> {
  constructor(code: AnswerErrorCode, locale: LocaleCode = 'sv', fields?: Record<string, FieldProblem>) {
    super('AnswerError', code, STATUS[code], MESSAGES[code][locale], locale, fields);
  }
}
