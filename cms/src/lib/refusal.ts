import type { LocaleCode } from './content-types';

export type FieldProblem = 'required' | 'invalid';

/**
 * An expected refusal of a site form (a sign-up, a research answer, a cancel or delete link), with a stable code for
 * the site and a message in the reader's language. Each form names its codes, statuses and messages in a subclass.
 */
export class SiteRefusal<Code extends string> extends Error {
  constructor(
    /** Strapi's error `name` in the body, e.g. SignupError. */
    readonly kind: string,
    readonly code: Code,
    readonly status: number,
    message: string,
    readonly locale: LocaleCode,
    readonly fields?: Record<string, FieldProblem>,
  ) {
    super(message);
  }

  /** Strapi's error shape, with `details.code` (and `details.fields` for a bad form). */
  toBody() {
    return { data: null, error: { status: this.status, name: this.kind, message: this.message, details: { code: this.code, ...(this.fields ? { fields: this.fields } : {}) } } };
  }
}
