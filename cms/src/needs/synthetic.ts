import type { Core } from '@strapi/strapi';
import { LOCALE_CODES, NEEDS_TYPES } from '../lib/content-types';
import { loadPublishedCheck, type PublishedCheck } from './check';
import { needsLib } from './needs-lib';
import { responseRecord } from './responses';

const BATCH = 100;

/**
 * Replaces every synthetic response with `count` deterministic ones (needs library's syntheticAnswers), scored by
 * the same path as real submissions and marked `synthetic: true`, so the overview never mixes them with real ones.
 * Every third one is stored as answered in English (answers mean the same in both languages).
 */
export async function replaceSyntheticResponses(strapi: Core.Strapi, count: number, options: { seed?: number } = {}): Promise<{ deleted: number; created: number }> {
  const checks: PublishedCheck[] = [];
  for (const locale of LOCALE_CODES) {
    const check = await loadPublishedCheck(strapi, locale);
    if (check) checks.push(check);
  }
  if (checks.length === 0) throw new Error('No needs check is published: seed the demo content first (npm run seed).');
  const generated = needsLib.syntheticAnswers(checks[0], count, { seed: options.seed ?? 1 });
  const responses = strapi.db.query(NEEDS_TYPES.response);
  const { count: deleted } = await responses.deleteMany({ where: { synthetic: true } });
  let created = 0;
  for (let first = 0; first < generated.length; first += BATCH) {
    await strapi.db.transaction(async () => {
      for (const [i, { answers, submittedAt }] of generated.slice(first, first + BATCH).entries()) {
        const check = checks[(first + i) % 3 === 2 ? checks.length - 1 : 0];
        const validation = needsLib.validateSubmission(check, answers);
        if (!validation.ok) throw new Error(`synthetic response ${first + i} is invalid: ${validation.message}`);
        const data = { ...responseRecord(check, validation.answers, validation.context, { synthetic: true, submittedAt }), wave: 'first' as const };
        await strapi.documents(NEEDS_TYPES.response).create({ data });
        created += 1;
      }
    });
  }
  return { deleted, created };
}
