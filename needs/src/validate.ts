import type { Answers, CheckDefinition, CheckQuestion, ResponseContext, Validation } from './types.ts';
import { isContextValue } from './vocabulary.ts';

/** Keys and option keys are short identifiers; anything longer is not an answer to this check. */
const MAX_KEY_LENGTH = 64;

const fail = (message: string): Validation => ({ ok: false, message });

/**
 * Checks a submission (question key → option key, e.g. a form body's answer fields) against the check it claims to
 * answer. Every maturity question must be answered (the scores need them); context questions may be skipped.
 * Unknown questions, unknown options and non-string values are refused with a message naming the field, so a
 * forged or stale form never produces a half-understood response.
 */
export function validateSubmission(check: CheckDefinition, input: unknown): Validation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('answers must be an object of question → option');
  const byKey = new Map(check.questions.map((q) => [q.key, q]));
  const entries: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(input)) {
    const question = byKey.get(key);
    if (!question) return fail(`unknown question "${key.slice(0, MAX_KEY_LENGTH)}"`);
    if (typeof value !== 'string') return fail(`the answer to "${key}" must be a string`);
    if (value === '' && question.kind === 'context') continue;
    if (!question.options.some((o) => o.key === value)) {
      return fail(`"${value.slice(0, MAX_KEY_LENGTH)}" is not an option of "${key}"; allowed: ${question.options.map((o) => o.key).join(', ')}`);
    }
    entries.push([key, value]);
  }
  // fromEntries makes own properties even of keys like __proto__: no prototype is ever touched.
  const answers: Answers = Object.fromEntries(entries);
  const missing = check.questions.filter((q) => q.kind === 'maturity' && !Object.hasOwn(answers, q.key)).map((q) => q.key);
  if (missing.length > 0) return fail(`unanswered: ${missing.join(', ')}`);
  return { ok: true, answers, context: contextOf(check, answers) };
}

/** The context answers as vocabulary values (null when skipped or when the option carries no valid value). */
export function contextOf(check: CheckDefinition, answers: Answers): ResponseContext {
  const context: ResponseContext = { industry: null, size: null, municipality: null, goal: null };
  for (const question of check.questions) {
    if (question.kind !== 'context' || !question.context) continue;
    const value = chosenOption(question, answers)?.value;
    if (isContextValue(question.context, value)) Object.assign(context, { [question.context]: value });
  }
  return context;
}

export function chosenOption(question: CheckQuestion, answers: Answers) {
  const key = Object.hasOwn(answers, question.key) ? answers[question.key] : undefined;
  return key === undefined ? undefined : question.options.find((o) => o.key === key);
}
