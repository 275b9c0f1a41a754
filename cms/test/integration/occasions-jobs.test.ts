import { describe, expect, it } from 'vitest';
import { adminToken, contentManager } from '../helpers/api';
import { sql } from '../helpers/database';
import { unique } from '../helpers/fixtures';
import { mailsTo, waitForMails } from '../helpers/mail';
import { siteCall } from '../helpers/needs';
import { centreId, OCCASION, occasionData, person, publishedOccasion } from '../helpers/occasions';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signUp(slug: string, locale = 'sv') {
  const email = `${unique('job')}@firma.example`;
  const res = await siteCall('POST', '/api/signups', person(1, { occasion: slug, email, locale }));
  expect(res.status).toBe(201);
  return email;
}

/** Edits a published occasion as the centre would in the admin (both languages), then publishes. */
async function changeOccasion(documentId: string, change: Record<string, unknown>) {
  const cm = contentManager(await adminToken('strapi-super-admin'));
  expect((await cm.update(OCCASION, documentId, change)).status).toBe(200);
  for (const locale of ['sv', 'en']) expect((await cm.publish(OCCASION, documentId, locale)).status).toBe(200);
}

describe('occasions: reminder, cancellation by the centre, retention (cron every 2 s in tests)', () => {
  it('sends the reminder the day before exactly once, in the sign-up’s language', async () => {
    const occasion = await publishedOccasion({ startsAt: new Date(Date.now() + 20 * HOUR), centre: await centreId('storuman') });
    const email = await signUp(occasion.slug, 'en');
    await waitForMails(email, 2);
    await pause(5000); // at least two more runs of the jobs
    const subjects = (await mailsTo(email)).map((m) => m.subject ?? '');
    expect(subjects.filter((s) => s.startsWith('Reminder:'))).toHaveLength(1);
    expect(subjects.filter((s) => s.startsWith('Confirmed:'))).toHaveLength(1);
    const [row] = await sql('SELECT reminder_sent_at FROM occasion_signups WHERE email = ?', [email]);
    expect(row.reminder_sent_at).toBeTruthy();
  });

  it('cancelling an occasion in the admin tells everyone signed up (confirmed and waitlisted), once', async () => {
    const occasion = await publishedOccasion({ seats: 1, centre: await centreId('arjeplog') });
    const confirmed = await signUp(occasion.slug);
    const waiting = await signUp(occasion.slug, 'en');
    await waitForMails(waiting, 1);
    await changeOccasion(occasion.documentId, { occasionStatus: 'cancelled' });
    expect((await waitForMails(confirmed, 2)).at(-1)?.subject).toMatch(/^Inställt: /);
    expect((await waitForMails(waiting, 2)).at(-1)?.subject).toMatch(/^Cancelled: /);
    await pause(4000);
    expect((await mailsTo(confirmed)).length).toBe(2);
    const rows = await sql('SELECT signup_status FROM occasion_signups WHERE occasion_document_id = ?', [occasion.documentId]);
    expect(rows.map((r) => r.signup_status)).toEqual(['cancelled', 'cancelled']);
    const closed = await siteCall('POST', '/api/signups', person(unique('late'), { occasion: occasion.slug }));
    expect(closed.body.error.details.code).toBe('signup_closed');
  });

  it('deletes sign-ups 90 days after their occasion and keeps the counts', async () => {
    const occasion = await publishedOccasion({ centre: await centreId('vilhelmina') });
    const email = await signUp(occasion.slug);
    await waitForMails(email, 1);
    const long = new Date(Date.now() - 91 * DAY);
    const past = occasionData({ startsAt: long });
    await changeOccasion(occasion.documentId, { startsAt: past.startsAt, endsAt: past.endsAt, signupDeadline: past.signupDeadline });
    for (let i = 0; i < 40 && (await sql('SELECT id FROM occasion_signups WHERE email = ?', [email])).length > 0; i += 1) await pause(500);
    expect(await sql('SELECT id FROM occasion_signups WHERE email = ?', [email])).toEqual([]);
    const [tally] = await sql('SELECT confirmed, waitlisted, attended FROM occasion_tallies WHERE occasion_document_id = ?', [occasion.documentId]);
    expect(tally).toEqual({ confirmed: 1, waitlisted: 0, attended: 0 });
  });
});
