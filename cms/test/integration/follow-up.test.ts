import { describe, expect, it } from 'vitest';
import { columns, sql, sqlWrite, tables } from '../helpers/database';
import { unique } from '../helpers/fixtures';
import { publishedEffort } from '../helpers/inbox';
import { mailsTo, waitForMails } from '../helpers/mail';
import { answersFor, publishedCheck, siteCall } from '../helpers/needs';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers of an owner in Överkalix (the municipality question's option with that value). */
async function answers(locale = 'sv') {
  return answersFor(await publishedCheck(locale), (q) => (q.options.find((o) => o.value === 'overkalix') ?? q.options[0]).key);
}

/** Time moved forward: the invitation is due now (the column keeps Strapi's own format: ms or ISO). */
async function makeDue(email: string) {
  const [{ due_at: due }] = await sql('SELECT due_at FROM needs_follow_ups WHERE email = ?', [email]);
  const past = Date.now() - 60_000;
  await sqlWrite('UPDATE needs_follow_ups SET due_at = ? WHERE email = ?', [typeof due === 'number' ? past : new Date(past).toISOString(), email]);
}

const tokenIn = (text: string) => /[?&]followUp=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

describe('did it help? the follow-up e-mail and its pairing', () => {
  it('consent → due → exactly one mail in the owner’s language → the follow-up is stored paired, with no identity anywhere', async () => {
    const effort = await publishedEffort(['overkalix']);
    const email = `${unique('uppfoljning')}@firma.example`;
    const first = await siteCall('POST', '/api/needs/responses', { locale: 'en', answers: await answers('en'), followUpEmail: email });
    expect(first.status).toBe(201);
    expect(first.body.followUpCancelToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [pending] = await sql('SELECT * FROM needs_follow_ups WHERE email = ?', [email]);
    expect(pending.locale).toBe('en');
    const firstRows = await sql("SELECT * FROM needs_responses WHERE wave = 'first' AND pair_key IS NOT NULL ORDER BY id DESC LIMIT 1");
    const pairKey = String(firstRows[0].pair_key);
    // Nothing on the response names or reaches the owner, and the pending record does not hold the pairing key.
    expect(Object.values(firstRows[0]).map(String)).not.toContain(email);
    expect(await columns('needs_responses')).not.toEqual(expect.arrayContaining(['email']));
    expect(Object.values(pending).map(String)).not.toContain(pairKey);

    await makeDue(email);
    const [mail] = await waitForMails(email, 1);
    expect(mail.subject).toBe('Did it help? Take the needs check again');
    const token = tokenIn(mail.text ?? '');
    expect(mail.text).toContain(`http://site.test/en/needs-check?followUp=${token}`);
    expect(await sql('SELECT id FROM needs_follow_ups WHERE email = ?', [email])).toEqual([]);
    await pause(4500); // two more runs of the job
    expect(await mailsTo(email)).toHaveLength(1);
    // After sending, no table holds the address.
    for (const table of (await tables()).filter((t) => t.startsWith('needs_'))) {
      const rows = await sql(`SELECT * FROM ${table}`);
      expect(JSON.stringify(rows), table).not.toContain(email);
    }

    const info = await siteCall('GET', `/api/needs/follow-up?locale=en&token=${token}`);
    expect(info.status).toBe(200);
    expect(info.body.efforts).toContainEqual({ documentId: effort.documentId, title: `Test effort ${effort.slug}` });
    const second = await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: await answers(), followUpToken: token, efforts: [effort.documentId] });
    expect(second.status).toBe(201);
    const paired = await sql('SELECT id, wave, pair_key FROM needs_responses WHERE pair_key = ? ORDER BY id', [pairKey]);
    expect(paired.map((r) => r.wave)).toEqual(['first', 'follow_up']);
    const link = (await tables()).find((t) => /^needs_responses_efforts/.test(t)) ?? '';
    const linked = await sql(`SELECT * FROM ${link} WHERE needs_response_id = ?`, [paired[1].id]);
    expect(linked).toHaveLength(1);
    const [effortRow] = await sql(`SELECT document_id FROM efforts WHERE id = ?`, [Object.entries(linked[0]).find(([k]) => k.startsWith('effort_id'))?.[1]]);
    expect(effortRow.document_id).toBe(effort.documentId);

    const reused = await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: await answers(), followUpToken: token });
    expect(reused.status).toBe(409);
    expect(reused.body.error.details.code).toBe('follow_up_used');
    expect((await siteCall('GET', `/api/needs/follow-up?token=${token}`)).status).toBe(409);
  });

  it('one link sent four times at once stores one follow-up; the others are told it was used', async () => {
    const email = `${unique('samtidig')}@firma.example`;
    expect((await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: await answers(), followUpEmail: email })).status).toBe(201);
    await makeDue(email);
    const token = tokenIn((await waitForMails(email, 1))[0].text ?? '');
    const body = { locale: 'sv', answers: await answers(), followUpToken: token };
    const results = await Promise.all([1, 2, 3, 4].map(() => siteCall('POST', '/api/needs/responses', body)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.error.details.code)).toEqual(['follow_up_used', 'follow_up_used', 'follow_up_used']);
    const [first] = await sql("SELECT pair_key FROM needs_responses WHERE wave = 'first' AND pair_key IS NOT NULL ORDER BY id DESC LIMIT 1");
    expect(await sql("SELECT id FROM needs_responses WHERE wave = 'follow_up' AND pair_key = ?", [first.pair_key])).toHaveLength(1);
  });

  it('a Swedish owner gets the Swedish mail; the owner can cancel before it is sent', async () => {
    const sv = `${unique('uppfoljning')}@firma.example`;
    expect((await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: await answers(), followUpEmail: sv })).status).toBe(201);
    await makeDue(sv);
    expect((await waitForMails(sv, 1))[0].subject).toBe('Gjorde det skillnad? Gör behovskollen igen');
    const cancelled = `${unique('avbryt')}@firma.example`;
    const res = await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: await answers(), followUpEmail: cancelled });
    expect((await siteCall('POST', '/api/needs/follow-up/cancel', { token: res.body.followUpCancelToken })).body).toEqual({ deleted: true });
    expect(await sql('SELECT id FROM needs_follow_ups WHERE email = ?', [cancelled])).toEqual([]);
  });

  it('bad input gets clear codes and stores nothing', async () => {
    const before = Number((await sql('SELECT COUNT(*) AS n FROM needs_responses'))[0].n);
    const bad = [
      [{ followUpEmail: 'inte-en-adress' }, 400, 'invalid_submission'],
      [{ efforts: ['abcdefghij1234'] }, 400, 'invalid_submission'],
      [{ followUpToken: 'x'.repeat(43) }, 404, 'follow_up_invalid'],
    ] as const;
    for (const [extra, status, code] of bad) {
      const res = await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: await answers(), ...extra });
      expect([res.status, res.body.error.details.code]).toEqual([status, code]);
    }
    expect((await siteCall('GET', '/api/needs/follow-up?token=nope')).body.error.details.code).toBe('follow_up_invalid');
    expect(Number((await sql('SELECT COUNT(*) AS n FROM needs_responses'))[0].n)).toBe(before);
  });
});
