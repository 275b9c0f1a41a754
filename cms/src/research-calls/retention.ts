import type { Core } from '@strapi/strapi';
import { RESEARCH_CALL_ANSWER, RESEARCH_CALL_TYPES } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { sendAnswerConfirmations } from './mail';
import { stockholmToday } from './rules';

const DAY = 86_400_000;

/**
 * The calls among `callIds` whose answers are due for deletion: closed before `cutoff` (YYYY-MM-DD), or gone. closesOn
 * is shared by every language and version; the latest date wins if a draft moved it. Pure, unit-tested.
 */
export function expiredCalls(callIds: readonly string[], calls: readonly { documentId: string; closesOn: string | null }[], cutoff: string): string[] {
  const closes = new Map<string, string>();
  for (const c of calls) if (c.closesOn && c.closesOn > (closes.get(c.documentId) ?? '')) closes.set(c.documentId, c.closesOn);
  return callIds.filter((id) => {
    const closesOn = closes.get(id);
    return closesOn === undefined || closesOn < cutoff;
  });
}

/**
 * Deletes the answers to calls that closed more than `days` days ago (the call's current closing date, so a
 * researcher who extends a call keeps its answers), and the answers to calls deleted altogether. `now` is injected.
 */
export async function deleteExpiredAnswers(strapi: Core.Strapi, now: Date, days: number): Promise<number> {
  const cutoff = stockholmToday(new Date(now.getTime() - days * DAY));
  const rows: { callDocumentId: string }[] = await strapi.db.query(RESEARCH_CALL_ANSWER).findMany({ select: ['callDocumentId'] });
  const callIds = [...new Set(rows.map((r) => r.callDocumentId))];
  if (callIds.length === 0) return 0;
  const calls: { documentId: string; closesOn: string | null }[] = await strapi.db.query(RESEARCH_CALL_TYPES.call).findMany({
    where: { documentId: { $in: callIds } },
    select: ['documentId', 'closesOn'],
  });
  const expired = expiredCalls(callIds, calls, cutoff);
  if (expired.length === 0) return 0;
  const { count } = await strapi.db.query(RESEARCH_CALL_ANSWER).deleteMany({ where: { callDocumentId: { $in: expired } } });
  if (count > 0) strapi.log.info(`research calls: deleted ${count} answers to calls closed more than ${days} days ago`);
  return count;
}

/** One pass: pending confirmations, then retention. Errors are logged; the next run retries. */
export async function runResearchCallJobs(strapi: Core.Strapi, now = new Date()): Promise<void> {
  try {
    await sendAnswerConfirmations(strapi);
    await deleteExpiredAnswers(strapi, now, hubConfig(strapi).researchAnswerRetentionDays);
  } catch (error) {
    strapi.log.error(`research calls: jobs failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** With the occasions' jobs (OCCASION_JOBS_CRON, the hub's housekeeping rule): answers never outlive their call's period by much. */
export function scheduleResearchCallJobs(strapi: Core.Strapi): void {
  strapi.cron.add({ researchCallJobs: { task: () => runResearchCallJobs(strapi), options: { rule: hubConfig(strapi).occasionJobsRule } } });
}
