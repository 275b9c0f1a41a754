import type { Core } from '@strapi/strapi';
import { INBOX_TYPES, NEEDS_TYPES, type LocaleCode } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { keyedToken } from '../occasions/tokens';
import { addMonths, FOLLOW_UP_PURPOSE } from './follow-up';
import { followUpUrl } from './links';
import { followUpMail } from './mail-text';

const DAY = 86_400_000;
const BATCH = 200;
/** A pending invitation that could not be sent this long after it was due is dropped: the schedule is over. */
const GIVE_UP_DAYS = 30;

interface Pending {
  id: number;
  email: string;
  locale: string;
  tokenNonce: string;
}

/**
 * Claims a due invitation, sends the one follow-up mail in the owner's language, then deletes the record (address
 * and nonce): after this nothing in the database links the address to the response. A failed send frees the claim.
 */
async function sendFollowUp(strapi: Core.Strapi, p: Pending, now: Date): Promise<boolean> {
  const query = strapi.db.query(INBOX_TYPES.followUp);
  const { count } = await query.updateMany({ where: { id: p.id, claimedAt: null }, data: { claimedAt: now } });
  if (count !== 1) return false;
  try {
    const locale: LocaleCode = p.locale === 'en' ? 'en' : 'sv';
    const config = hubConfig(strapi);
    const mail = followUpMail(locale, followUpUrl(config.siteUrl, locale, keyedToken(strapi, FOLLOW_UP_PURPOSE, p.tokenNonce)), config.followUpMonths);
    await strapi.plugin('email').service('email').send({ to: p.email, ...mail });
  } catch (error) {
    await query.update({ where: { id: p.id }, data: { claimedAt: null } });
    strapi.log.warn(`needs: follow-up mail ${p.id} not sent, will retry: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  await query.delete({ where: { id: p.id } });
  return true;
}

async function sendDueFollowUps(strapi: Core.Strapi, now: Date): Promise<number> {
  const due: Pending[] = await strapi.db.query(INBOX_TYPES.followUp).findMany({ where: { dueAt: { $lte: now }, claimedAt: null }, limit: BATCH });
  let sent = 0;
  for (const p of due) if (await sendFollowUp(strapi, p, now)) sent += 1;
  await strapi.db.query(INBOX_TYPES.followUp).deleteMany({ where: { dueAt: { $lt: new Date(now.getTime() - GIVE_UP_DAYS * DAY) } } });
  return sent;
}

/** Invitation records whose contact request was deleted in the admin: they only say "was invited", but go too. */
async function deleteOrphanInvitations(strapi: Core.Strapi): Promise<void> {
  const rows: { contactId: number }[] = await strapi.db.query(INBOX_TYPES.invitation).findMany({ select: ['contactId'], limit: 5000 });
  const ids = [...new Set(rows.map((r) => r.contactId))];
  if (ids.length === 0) return;
  const alive: { id: number }[] = await strapi.db.query(NEEDS_TYPES.contact).findMany({ where: { id: { $in: ids } }, select: ['id'] });
  const gone = ids.filter((id) => !alive.some((a) => a.id === id));
  if (gone.length > 0) await strapi.db.query(INBOX_TYPES.invitation).deleteMany({ where: { contactId: { $in: gone } } });
}

/** Contact requests (and their invitation records) older than the retention period are deleted. */
async function deleteExpiredContacts(strapi: Core.Strapi, now: Date, months: number): Promise<number> {
  await deleteOrphanInvitations(strapi);
  const cutoff = addMonths(now, -months);
  const old: { id: number }[] = await strapi.db.query(NEEDS_TYPES.contact).findMany({ where: { consentedAt: { $lt: cutoff } }, select: ['id'], limit: 1000 });
  if (old.length === 0) return 0;
  const ids = old.map((c) => c.id);
  await strapi.db.transaction(async () => {
    await strapi.db.query(INBOX_TYPES.invitation).deleteMany({ where: { contactId: { $in: ids } } });
    await strapi.db.query(NEEDS_TYPES.contact).deleteMany({ where: { id: { $in: ids } } });
  });
  strapi.log.info(`needs: deleted ${ids.length} contact requests older than ${months} months`);
  return ids.length;
}

let running: Promise<Record<string, number>> | null = null;

/** One pass of the inbox and follow-up jobs at `now` (tests pass their own clock); overlapping calls share a pass. */
export function runNeedsJobs(strapi: Core.Strapi, now = new Date()): Promise<Record<string, number>> {
  running ??= (async () => {
    try {
      return { followUps: await sendDueFollowUps(strapi, now), contactsDeleted: await deleteExpiredContacts(strapi, now, hubConfig(strapi).contactRetentionMonths) };
    } finally {
      running = null;
    }
  })();
  return running;
}

export function scheduleNeedsJobs(strapi: Core.Strapi): void {
  const task = async () => void (await runNeedsJobs(strapi).catch((e: unknown) => strapi.log.error(`needs: jobs failed: ${String(e)}`)));
  strapi.cron.add({ needsJobs: { task, options: { rule: hubConfig(strapi).needsJobsRule } } });
}
