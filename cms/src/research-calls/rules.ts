import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALE_CODES, RESEARCH_CALL_TYPES } from '../lib/content-types';
import { localesOf, type DocumentContext, type DocumentMiddleware, type DocumentNext } from '../middlewares/document-context';
import { needsLib } from '../needs/needs-lib';
import { search } from '../search-sync/search-lib';

export interface CallFacts {
  closesOn?: string | null;
  municipalities?: unknown;
  industries?: unknown;
  sizes?: unknown;
  hasResearcher: boolean;
}

interface Problem {
  path: string;
  message: string;
}

/** "Who is sought" lists: empty or missing means anyone; otherwise every value from the one vocabulary. */
function listProblem(path: string, value: unknown, allowed: readonly string[], what: string): Problem | null {
  if (value == null) return null;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && allowed.includes(v))) {
    return { path, message: `${what} must be a list (empty for any) of: ${allowed.join(', ')}.` };
  }
  return null;
}

/** Today as YYYY-MM-DD in Sweden: a call is open through its closing day, Swedish time. */
export const stockholmToday = (now: Date): string => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The rules Strapi's schema cannot express; pure, unit-tested. `publishing` adds what a public call needs. */
export function callProblems(call: CallFacts, publishing: boolean, now: Date): Problem[] {
  const municipalities = needsLib.MUNICIPALITIES.map((m) => m.slug);
  const problems = [
    listProblem('municipalities', call.municipalities, municipalities, 'Municipalities (slugs)'),
    listProblem('industries', call.industries, search.INDUSTRIES, 'Industries'),
    listProblem('sizes', call.sizes, needsLib.SIZES, 'Firm sizes'),
  ].filter((p): p is Problem => p !== null);
  if (publishing && !(typeof call.closesOn === 'string' && call.closesOn > stockholmToday(now))) {
    problems.push({ path: 'closesOn', message: 'A call is published only while it is open: its closing date (closesOn) must be after today.' });
  }
  if (publishing && !call.hasResearcher) problems.push({ path: 'researcher', message: 'Choose the researcher (an author) behind the call before publishing it.' });
  return problems;
}

async function check(strapi: Core.Strapi, documentId: string, locale: string, publishing: boolean): Promise<void> {
  const row = await strapi.db.query(RESEARCH_CALL_TYPES.call).findOne({
    where: { documentId, locale, publishedAt: publishing ? { $notNull: true } : null },
    populate: { researcher: { select: ['id'] } },
  });
  if (!row) return;
  const problems = callProblems({ ...row, hasResearcher: Boolean(row.researcher) }, publishing, new Date());
  if (problems.length === 0) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' '), { errors: problems.map((p) => ({ path: [p.path], message: p.message })) });
}

/**
 * Research calls' rules, in the write's transaction (a broken rule is a 400 shown in the admin and nothing is stored):
 * saving checks the vocabularies, publishing also that the call is still open and names its researcher.
 */
export function researchCallRules(strapi: Core.Strapi) {
  return (async (context: DocumentContext, next: DocumentNext) => {
    const { uid, action } = context;
    if (uid !== RESEARCH_CALL_TYPES.call || !['create', 'update', 'publish'].includes(action)) return next();
    const params = (context.params ?? {}) as { documentId?: string; locale?: unknown };
    const locales = localesOf(params, LOCALE_CODES, DEFAULT_LOCALE);
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId) for (const locale of locales) await check(strapi, documentId, locale, action === 'publish');
      return result;
    });
  }) satisfies DocumentMiddleware;
}
