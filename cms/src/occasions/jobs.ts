import type { Core } from '@strapi/strapi';
import { PLACE_TYPES, SIGNUP_TYPES } from '../lib/content-types';
import { hubConfig } from '../lib/hub-config';
import { sendOnce, type SignupRow } from './mail';
import { deleteExpiredSignups } from './retention';

const DAY = 86_400_000;
const signups = (strapi: Core.Strapi) => strapi.db.query(SIGNUP_TYPES.signup);
const BATCH = 200;

/** Confirmation (or waitlist notice) for every new sign-up, and the offer for everyone moved up from the waitlist. */
async function sendPendingConfirmations(strapi: Core.Strapi): Promise<number> {
  let sent = 0;
  const fresh: SignupRow[] = await signups(strapi).findMany({ where: { confirmationSentAt: null, promotedAt: null, signupStatus: { $in: ['confirmed', 'waitlisted'] } }, limit: BATCH });
  for (const s of fresh) if (await sendOnce(strapi, s, s.signupStatus === 'confirmed' ? 'confirmation' : 'waitlisted')) sent += 1;
  const promoted: SignupRow[] = await signups(strapi).findMany({ where: { offerSentAt: null, promotedAt: { $notNull: true }, signupStatus: 'confirmed' }, limit: BATCH });
  for (const s of promoted) if (await sendOnce(strapi, s, 'offer')) sent += 1;
  return sent;
}

/** The day before: every confirmed place of an occasion starting within 24 h, once. */
async function sendReminders(strapi: Core.Strapi, now: Date): Promise<number> {
  const soon = new Date(now.getTime() + DAY);
  const occasions: { documentId: string; startsAt: string }[] = await strapi.db.query(PLACE_TYPES.occasion).findMany({
    where: { publishedAt: { $notNull: true }, occasionStatus: 'scheduled', startsAt: { $gt: now.toISOString(), $lte: soon.toISOString() } },
    select: ['documentId', 'startsAt'],
  });
  let sent = 0;
  for (const o of new Map(occasions.map((x) => [x.documentId, x])).values()) {
    const due: SignupRow[] = await signups(strapi).findMany({ where: { occasionDocumentId: o.documentId, signupStatus: 'confirmed', reminderSentAt: null }, limit: BATCH });
    for (const s of due) if (await sendOnce(strapi, s, 'reminder')) sent += 1;
  }
  return sent;
}

/** An occasion the centre cancelled (and published so): everyone signed up is told, and their sign-up closes. */
async function sendCancellations(strapi: Core.Strapi, now: Date): Promise<number> {
  const cancelled: { documentId: string }[] = await strapi.db.query(PLACE_TYPES.occasion).findMany({
    where: { publishedAt: { $notNull: true }, occasionStatus: 'cancelled', startsAt: { $gt: new Date(now.getTime() - DAY).toISOString() } },
    select: ['documentId'],
  });
  let sent = 0;
  for (const documentId of new Set(cancelled.map((c) => c.documentId))) {
    const affected: SignupRow[] = await signups(strapi).findMany({ where: { occasionDocumentId: documentId, cancellationSentAt: null, signupStatus: { $in: ['confirmed', 'waitlisted'] } }, limit: BATCH });
    for (const s of affected) {
      if (await sendOnce(strapi, s, 'cancelled')) {
        await signups(strapi).update({ where: { id: s.id }, data: { signupStatus: 'cancelled' } });
        sent += 1;
      }
    }
  }
  return sent;
}

let running: Promise<Record<string, number>> | null = null;

/** One pass of every occasion job. Runs from cron and after writes; overlapping calls share the pass in progress. */
export function runOccasionJobs(strapi: Core.Strapi): Promise<Record<string, number>> {
  running ??= (async () => {
    const now = new Date();
    try {
      return {
        confirmations: await sendPendingConfirmations(strapi),
        cancellations: await sendCancellations(strapi, now),
        reminders: await sendReminders(strapi, now),
        deleted: await deleteExpiredSignups(strapi, now, hubConfig(strapi).signupRetentionDays),
      };
    } finally {
      running = null;
    }
  })();
  return running;
}

/** Soon, without waiting: after a sign-up, a cancel, or an occasion's publish. Errors are logged; cron retries. */
export function kickOccasionJobs(strapi: Core.Strapi): void {
  setTimeout(() => {
    runOccasionJobs(strapi).catch((error: unknown) => strapi.log.error(`occasions: jobs failed: ${error instanceof Error ? error.message : String(error)}`));
  }, 50);
}

export function scheduleOccasionJobs(strapi: Core.Strapi): void {
  strapi.cron.add({ occasionJobs: { task: async () => void (await runOccasionJobs(strapi).catch((e: unknown) => strapi.log.error(`occasions: jobs failed: ${String(e)}`))), options: { rule: hubConfig(strapi).occasionJobsRule } } });
}
