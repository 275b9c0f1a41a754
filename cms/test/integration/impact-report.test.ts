import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, cmsUrl, request } from '../helpers/api';
import { sql, sqlWrite } from '../helpers/database';
import { unique } from '../helpers/fixtures';
import { effortDraft } from '../helpers/impact';
import { siteCall } from '../helpers/needs';
import { centreId, person, publishedOccasion } from '../helpers/occasions';

const DAY = 86_400_000;
const get = async (path: string) => request('GET', path, { token: await adminToken('kn-coordinator') });

async function csvOf(path: string): Promise<string[][]> {
  const res = await fetch(`${cmsUrl()}${path}`, { headers: { authorization: `Bearer ${await adminToken('kn-coordinator')}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/csv/);
  // Long format, no quoted commas in the measures' rows of this test (titles have none).
  return (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
}

async function signUp(occasion: string, count: number, attended: number): Promise<void> {
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = unique('Impact Deltagare');
    const res = await siteCall('POST', '/api/signups', person(unique('impact'), { occasion, name }));
    expect(res.status).toBe(201);
    names.push(name);
  }
  for (const name of names.slice(0, attended)) await sqlWrite(`UPDATE occasion_signups SET signup_status = 'attended' WHERE name = ?`, [name]);
}

describe('impact report (one effort, one period)', () => {
  let effort: string;
  let o1: { documentId: string };
  let o2: { documentId: string };
  const o2Day = new Date(Date.now() + 10 * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    const centre = await centreId('overkalix');
    o1 = await publishedOccasion({ centre, hours: 2, startsAt: new Date(Date.now() + 5 * DAY) });
    o2 = await publishedOccasion({ centre, hours: 3, startsAt: new Date(`${o2Day}T09:00:00Z`) });
    effort = await effortDraft(['umea'], [o1.documentId, o2.documentId]);
    await signUp(o1.documentId, 4, 3);
    await signUp(o2.documentId, 1, 1);
    // What retention keeps of O2's older sign-ups once deleted (cms/src/occasions/retention.ts).
    const now = new Date().toISOString();
    await sqlWrite(
      `INSERT INTO occasion_tallies (document_id, occasion_document_id, confirmed, attended, waitlisted, cancelled, created_at, updated_at, published_at) VALUES (?, ?, 1, 5, 2, 1, ?, ?, ?)`,
      [unique('tally').replace('-', ''), o2.documentId, now, now, now],
    );
  });

  it('counts sign-ups, attendance and hours per occasion (sign-ups + tallies), and totals them', async () => {
    const res = await get(`/kn-impact/efforts/${effort}/report`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const byId = Object.fromEntries(res.body.occasions.map((o: { documentId: string }) => [o.documentId, o]));
    // O1: 4 signed up, 3 attended × 120 min = 6 h. O2: 1 + tally (1 confirmed, 5 attended) → 7 seats, 6 attended × 180 min = 18 h.
    expect(byId[o1.documentId]).toMatchObject({ signups: 4, attended: 3, confirmed: 1, waitlisted: 0, cancelled: 0, minutesPerAttendant: 120, minutesBasis: 'occasion', hours: 6 });
    expect(byId[o2.documentId]).toMatchObject({ signups: 7, attended: 6, confirmed: 1, waitlisted: 2, cancelled: 1, minutesPerAttendant: 180, hours: 18 });
    expect(res.body.totals).toEqual({ occasions: 2, signups: 11, confirmed: 2, attended: 9, waitlisted: 2, cancelled: 1, hours: 24 });
    // All 5 sign-ups still held are from Överkalix (5 ≥ k: shown); no pairs yet: maturity and industries withheld.
    expect(res.body.reach.municipalities).toEqual({ count: 1, shown: [{ key: 'overkalix', n: 5 }], hidden: 0 });
    expect(res.body.reach.industries).toEqual({ count: null, shown: [], hidden: null });
    expect(res.body.beforeAfter).toMatchObject({ suppressed: true, total: null });
    expect(res.body.effort).toMatchObject({ documentId: effort, municipalities: ['umea'], published: false });
    expect(JSON.stringify(res.body)).not.toMatch(/Impact Deltagare|@firma\.example/);
  });

  it('a period counts only the occasions starting in it', async () => {
    const res = await get(`/kn-impact/efforts/${effort}/report?from=${o2Day}&to=${o2Day}`);
    expect(res.body.period).toEqual({ from: o2Day, to: o2Day });
    expect(res.body.totals).toMatchObject({ occasions: 1, signups: 7, attended: 6, hours: 18 });
  });

  it('the CSV’s occasion rows add up to its totals, and those equal the page’s API', async () => {
    const api = (await get(`/kn-impact/efforts/${effort}/report`)).body;
    const rows = await csvOf(`/kn-impact/efforts/${effort}/report.csv`);
    expect(rows[0]).toEqual(['section', 'key', 'label', 'measure', 'value', 'source']);
    for (const measure of ['signups', 'attended', 'waitlisted', 'cancelled', 'hours']) {
      const occasionSum = rows.filter((r) => r[0] === 'occasion' && r[3] === measure).reduce((s, r) => s + Number(r[4]), 0);
      const total = rows.find((r) => r[0] === 'total' && r[3] === measure);
      expect(Number(total?.[4]), measure).toBe(api.totals[measure]);
      expect(occasionSum, measure).toBe(api.totals[measure]);
    }
    expect(rows.find((r) => r[0] === 'municipality' && r[1] === 'overkalix')?.[4]).toBe('5');
    expect(rows.every((r) => r.length >= 6)).toBe(true);
  });

  it('answers 404 for an unknown effort and 400 for a bad period', async () => {
    expect((await get('/kn-impact/efforts/abcdefghijklmnopqrstuvwx/report')).status).toBe(404);
    const bad = await get(`/kn-impact/efforts/${effort}/report?from=2026-13-01`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/from/);
    expect((await get(`/kn-impact/efforts/${effort}/report?from=2026-06-01&to=2026-01-01`)).status).toBe(400);
    expect((await sql('SELECT COUNT(*) AS n FROM occasion_tallies WHERE occasion_document_id = ?', [o2.documentId]))[0].n).toBeDefined();
  });
});
