import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALE_CODES, NEEDS_TYPES } from '../lib/content-types';
import { needsLib } from '../needs/needs-lib';
import { localesOf, type DocumentContext, type DocumentMiddleware, type DocumentNext } from './document-context';

export interface StoredOption {
  key: string;
  score?: number | null;
  value?: string | null;
}

export interface StoredQuestion {
  key: string;
  kind: string;
  dimension?: string | null;
  context?: string | null;
  options?: StoredOption[] | null;
}

/** What makes an answer mean something: its key and its points or vocabulary value. Labels may differ per language. */
const signature = (options: StoredOption[]) =>
  options.map((o) => `${o.key}=${o.score ?? ''}/${o.value ?? ''}`).sort().join(', ');

/** Problems of one stored question on its own (pure, unit-tested). */
export function questionProblems(question: StoredQuestion): string[] {
  const problems: string[] = [];
  const options = question.options ?? [];
  const keys = options.map((o) => o.key);
  const repeated = [...new Set(keys.filter((key, i) => keys.indexOf(key) !== i))];
  if (repeated.length > 0) problems.push(`Option keys must be unique within a question: ${repeated.join(', ')} is used more than once.`);
  if (question.kind === 'maturity') {
    if (!question.dimension) problems.push('A maturity question needs a dimension.');
    for (const option of options) {
      const { score } = option;
      if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
        problems.push(`Option "${option.key}" of a maturity question needs a score from 0 to 100.`);
      }
    }
  }
  if (question.kind === 'context') {
    const field = question.context;
    if (!field || !(needsLib.CONTEXT_FIELDS as readonly string[]).includes(field)) {
      problems.push(`A context question needs a context: ${needsLib.CONTEXT_FIELDS.join(', ')}.`);
    } else {
      const allowed = needsLib.CONTEXT_VALUES[field as keyof typeof needsLib.CONTEXT_VALUES];
      for (const option of options) {
        if (!needsLib.isContextValue(field as (typeof needsLib.CONTEXT_FIELDS)[number], option.value)) {
          problems.push(`Option "${option.key}" needs a ${field} value, one of: ${allowed.join(', ')}.`);
        }
      }
    }
  }
  return problems;
}

/** An answer must mean the same in every language: the same option keys with the same points and values. */
export function localeMismatch(mine: StoredQuestion, other: StoredQuestion, otherLocale: string): string[] {
  const a = signature(mine.options ?? []);
  const b = signature(other.options ?? []);
  if (a === b) return [];
  return [`The options must have the same keys and scores in every language: this version has [${a}], the ${otherLocale} version has [${b}].`];
}

function fail(problems: string[]): never {
  throw new errors.ValidationError(problems.join(' '), { errors: problems.map((message) => ({ path: ['options'], message })) });
}

const load = (strapi: Core.Strapi, documentId: string, locale: string) =>
  strapi.documents(NEEDS_TYPES.question).findOne({ documentId, locale, status: 'draft', populate: { options: true } }) as Promise<
    (StoredQuestion & { id: number }) | null
  >;

async function checkAfterWrite(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const question = await load(strapi, documentId, locale);
  if (!question) return;
  const problems = questionProblems(question);
  const clash = await strapi.db.query(NEEDS_TYPES.question).findOne({ where: { key: question.key, documentId: { $ne: documentId } }, select: ['documentId'] });
  if (clash) problems.unshift(`The key "${question.key}" is already used by another question: keys are what answers are stored under, choose another.`);
  if (problems.length > 0) fail(problems);
}

async function checkBeforePublish(strapi: Core.Strapi, documentId: string, locale: string): Promise<void> {
  const mine = await load(strapi, documentId, locale);
  if (!mine) return;
  for (const otherLocale of LOCALE_CODES.filter((l) => l !== locale)) {
    const other = await load(strapi, documentId, otherLocale);
    if (other) {
      const problems = localeMismatch(mine, other, otherLocale);
      if (problems.length > 0) fail(problems);
    }
  }
}

/**
 * The needs check's questions are content a coordinator edits, but a stored answer is only a question key and an
 * option key: these rules keep that meaningful. Saving checks the question on its own; publishing a language also
 * requires the other language's version to have the same option keys and points (drafts may differ while an editor
 * works through both languages). Runs in the write's transaction: a broken rule is a 400 and nothing is stored.
 */
export function needsQuestionRules(strapi: Core.Strapi) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    const { uid, action } = context;
    if (uid !== NEEDS_TYPES.question || !['create', 'update', 'publish'].includes(action)) return next();
    const params = (context.params ?? {}) as { documentId?: string; locale?: unknown };
    const locales = localesOf(params, LOCALE_CODES, DEFAULT_LOCALE);
    return strapi.db.transaction(async () => {
      if (action === 'publish' && params.documentId) {
        for (const locale of locales) await checkBeforePublish(strapi, params.documentId, locale);
        return next();
      }
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) for (const locale of locales) await checkAfterWrite(strapi, documentId, locale);
      return result;
    });
  }) satisfies DocumentMiddleware;
}
