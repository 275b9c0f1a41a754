import { GraphQLClient } from 'graphql-request';
import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmsUrl, request } from '../helpers/api';
import { sql } from '../helpers/database';
import { icsOf, waitForMails } from '../helpers/mail';
import { siteCall, siteToken } from '../helpers/needs';
import { centreId, person, publishedOccasion } from '../helpers/occasions';
import { unique } from '../helpers/fixtures';

const stockholm = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(at);

describe('occasions: sign-up, seats, waitlist, cancel (site token only)', () => {
  let overkalix: string;
  beforeAll(async () => {
    overkalix = await centreId('overkalix');
  });

  it('never over-books: 20 concurrent sign-ups for 5 seats give 5 places and 15 on the waitlist', async () => {
    const occasion = await publishedOccasion({ seats: 5, centre: overkalix });
    const run = unique('race');
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => siteCall('POST', '/api/signups', person(`${run}-${i}`, { occasion: occasion.slug }))));
    const ms = Date.now() - started;
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    const statuses = results.map((r) => r.body.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(15);
    const rows = await sql('SELECT signup_status AS s, COUNT(*) AS n FROM occasion_signups WHERE occasion_document_id = ? GROUP BY signup_status', [occasion.documentId]);
    expect(Object.fromEntries(rows.map((r) => [r.s, Number(r.n)]))).toEqual({ confirmed: 5, waitlisted: 15 });
    const seats = await siteCall('GET', `/api/signups/seats?occasions=${occasion.documentId}`);
    expect(seats.body.data).toEqual([{ documentId: occasion.documentId, seats: 5, taken: 5, left: 0, waitlist: 15, full: true, open: true }]);
    console.log(`over-booking test (${process.env.DATABASE_CLIENT ?? 'sqlite'}): 20 concurrent sign-ups for 5 seats in ${ms} ms → confirmed 5, waitlisted 15`);
  });

  it.each(['sv', 'en'] as const)('signs up in %s: a confirmation mail in that language with a valid .ics at 13:00 Swedish time', async (locale) => {
    // 13:00 in Stockholm on a winter and a summer date: +01:00 and +02:00.
    for (const iso of ['2027-03-27T12:00:00Z', '2027-03-29T11:00:00Z']) {
      const occasion = await publishedOccasion({ startsAt: new Date(iso), centre: overkalix, format: 'hybrid', onlineUrl: 'https://meet.example/secret-room' });
      const email = `${unique('ics')}@firma.example`;
      const res = await siteCall('POST', '/api/signups', person(1, { occasion: occasion.documentId, email, locale }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'confirmed', occasion });
      expect(res.body.cancelToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const [mail] = await waitForMails(email, 1);
      expect(mail.subject).toMatch(locale === 'sv' ? /^Bekräftelse: Testtillfälle/ : /^Confirmed: Test occasion/);
      expect(mail.text).toContain('13:00');
      expect(mail.text).toContain('https://meet.example/secret-room');
      expect(mail.html).toContain('<a href="http://site.test');
      expect(mail.text).toContain(`/tillfallen/avboka?token=${res.body.cancelToken}`.replace('/tillfallen', locale === 'sv' ? '/tillfallen' : '/en/occasions').replace('avboka', locale === 'sv' ? 'avboka' : 'cancel'));
      const ics = icsOf(mail);
      expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:');
      const event = Object.values(ical.sync.parseICS(ics)).find((c) => c.type === 'VEVENT');
      if (event?.type !== 'VEVENT') throw new Error('no VEVENT');
      expect(new Date(event.start).toISOString()).toBe(new Date(iso).toISOString());
      expect(stockholm(new Date(event.start))).toBe('13:00');
    }
  });

  it('the public .ics of an occasion and a centre feed never carry the online link', async () => {
    const occasion = await publishedOccasion({ centre: overkalix, format: 'hybrid', onlineUrl: 'https://meet.example/never-public' });
    const one = await siteCall('GET', `/api/calendar/occasions/${occasion.slug}?locale=en`);
    expect(one.status).toBe(200);
    expect(one.body).toContain('BEGIN:VEVENT');
    expect(one.body).not.toContain('never-public');
    const feed = await siteCall('GET', '/api/calendar/centres/overkalix?locale=sv');
    expect(feed.status).toBe(200);
    expect(feed.body).toContain(`occasion-${occasion.documentId}@kunskapsnavet`);
    expect(feed.body).not.toContain('never-public');
    expect((await siteCall('GET', '/api/calendar/occasions/finns-inte')).status).toBe(404);
  });

  it('cancel by token frees the place for the first on the waitlist, who gets the offer by mail', async () => {
    const occasion = await publishedOccasion({ seats: 1, centre: overkalix });
    const [a, b, c] = ['a', 'b', 'c'].map((k) => `${unique(`wait-${k}`)}@firma.example`);
    const first = await siteCall('POST', '/api/signups', person(1, { occasion: occasion.slug, email: a }));
    const second = await siteCall('POST', '/api/signups', person(2, { occasion: occasion.slug, email: b, locale: 'en' }));
    await siteCall('POST', '/api/signups', person(3, { occasion: occasion.slug, email: c }));
    expect([first.body.status, second.body.status]).toEqual(['confirmed', 'waitlisted']);
    expect(second.body.position).toBe(1);
    expect((await waitForMails(b, 1))[0].subject).toMatch(/^Waiting list:/);
    expect((await siteCall('POST', '/api/signups/cancel', { token: 'x'.repeat(43) })).body.error.details.code).toBe('invalid_token');
    const cancelled = await siteCall('POST', '/api/signups/cancel', { token: first.body.cancelToken });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', promoted: true, occasion: { slug: occasion.slug } });
    const mails = await waitForMails(b, 2);
    expect(mails[1].subject).toMatch(/^You have a place:/);
    expect(mails[1].attachments.some((x) => x.filename === `${occasion.slug}.ics`)).toBe(true);
    const seats = await siteCall('GET', `/api/signups/seats?occasions=${occasion.documentId}`);
    expect(seats.body.data[0]).toMatchObject({ taken: 1, left: 0, waitlist: 1 });
    // A second cancel with the same link changes nothing.
    expect((await siteCall('POST', '/api/signups/cancel', { token: first.body.cancelToken })).body.promoted).toBe(false);
  });

  it.each([
    ['a malformed e-mail', { email: 'inte-en-adress' }, 'email', 'invalid'],
    ['no name', { name: '' }, 'name', 'required'],
    ['no consent', { consent: false }, 'consent', 'required'],
    ['an unknown municipality', { municipality: 'stockholm' }, 'municipality', 'invalid'],
    ['an extra field', { status: 'confirmed' }, 'form', 'invalid'],
  ])('refuses %s with 400 invalid_signup and the field, in the reader’s language; nothing stored', async (_what, change, field, problem) => {
    const occasion = await publishedOccasion({ centre: overkalix });
    const res = await siteCall('POST', '/api/signups', person(unique('bad'), { occasion: occasion.slug, locale: 'en', ...change }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual({ code: 'invalid_signup', fields: { [field]: problem } });
    expect(res.body.error.message).toBe('Check the marked fields and try again.');
    expect(await sql('SELECT id FROM occasion_signups WHERE occasion_document_id = ?', [occasion.documentId])).toEqual([]);
  });

  it('refuses a closed occasion, an unknown one, a second sign-up of the same address, and "outside the region" is fine', async () => {
    const closed = await publishedOccasion({ centre: overkalix, deadline: new Date(Date.now() - 60_000) });
    expect((await siteCall('POST', '/api/signups', person(unique('late'), { occasion: closed.slug }))).body.error.details.code).toBe('signup_closed');
    const missing = await siteCall('POST', '/api/signups', person(unique('x'), { occasion: 'finns-inte' }));
    expect([missing.status, missing.body.error.details.code, missing.body.error.message]).toEqual([404, 'occasion_not_found', 'Tillfället finns inte (längre).']);
    const open = await publishedOccasion({ centre: overkalix });
    const body = person(unique('twice'), { occasion: open.slug, municipality: 'outside' });
    expect((await siteCall('POST', '/api/signups', body)).status).toBe(201);
    const again = await siteCall('POST', '/api/signups', body);
    expect([again.status, again.body.error.details.code]).toEqual([409, 'already_signed_up']);
  });

  it('sign-ups are never readable: no REST route, not in GraphQL, for the public or the site token; no route without the token', async () => {
    for (const token of [undefined, siteToken()]) {
      expect((await request('GET', '/api/occasion-signups', { token })).status).toBe(404);
      expect((await request('GET', '/api/occasion-tallies', { token })).status).toBe(404);
    }
    const client = new GraphQLClient(`${cmsUrl()}/graphql`, { headers: { authorization: `Bearer ${siteToken()}` } });
    for (const field of ['occasionSignups { email }', 'occasionTallies { confirmed }']) {
      expect(String(await client.request(`{ ${field} }`).catch((e: unknown) => e))).toMatch(/Cannot query field/);
    }
    expect(String(await client.request('{ occasions { onlineUrl } }').catch((e: unknown) => e))).toMatch(/Cannot query field/);
    const rest = await request('GET', '/api/occasions?locale=sv&pagination[pageSize]=100');
    expect(rest.status).toBe(200);
    expect(JSON.stringify(rest.body)).not.toMatch(/onlineUrl|meet\.example/);
    expect((await siteCall('POST', '/api/signups', person(1), { token: null })).status).toBe(401);
    expect((await siteCall('GET', '/api/signups/seats?occasions=x', undefined, { token: 'wrong' })).status).toBe(401);
  });
});
