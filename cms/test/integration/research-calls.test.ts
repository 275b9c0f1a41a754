import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, cmsUrl, contentManager, request } from '../helpers/api';
import { sql } from '../helpers/database';
import { graphqlPost } from '../helpers/graphql';
import { waitForMails } from '../helpers/mail';
import { siteCall, siteToken } from '../helpers/needs';
import { answer, ANSWER, CALL, callData, dayFromNow, publishedCall, secondResearcher, setClosesOn } from '../helpers/research-calls';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const names = (body: { results: { name: string }[] }) => body.results.map((r) => r.name);

describe('research calls: a researcher publishes, an owner answers, only that researcher reads it', () => {
  let researcher: string;
  let other: string;
  let call: { documentId: string; slug: string };
  const owner = answer('');

  beforeAll(async () => {
    researcher = await adminToken('kn-researcher');
    other = await secondResearcher();
    call = await publishedCall(researcher);
    Object.assign(owner, { call: call.slug });
  });

  it('refuses to publish a closed call or one with an unknown industry, with a clear admin message', async () => {
    const cm = contentManager(researcher);
    const closed = await cm.create(CALL, await callData({ closesOn: dayFromNow(-1) }));
    expect(closed.status).toBe(201);
    const publish = await cm.publish(CALL, closed.body.data.documentId);
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toContain('closing date (closesOn) must be after today');
    const wrong = await cm.create(CALL, await callData({ industries: ['mining'] }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('Industries must be a list');
  });

  it('is public once published, and another researcher cannot edit it', async () => {
    const res = await request('GET', `/api/research-calls?filters[slug][$eq]=${call.slug}&locale=sv`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    const edit = await contentManager(other).update(CALL, call.documentId, { title: 'Kapad' });
    expect([403, 404]).toContain(edit.status);
  });

  it('takes an owner’s answer with the consent text, and refuses a second from the same address', async () => {
    const res = await siteCall('POST', '/api/research-call-answers', owner);
    expect(res.status).toBe(201);
    expect(res.body.deleteToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [row] = await sql('SELECT call_document_id, consent_text, consented_at, delete_token_hash FROM research_call_answers WHERE name = ?', [owner.name]);
    expect(row.call_document_id).toBe(call.documentId);
    expect(row.consent_text).toContain('raderas senast 30 dagar efter');
    expect(row.consented_at).toBeTruthy();
    expect(row.delete_token_hash).not.toBe(res.body.deleteToken);
    const again = await siteCall('POST', '/api/research-call-answers', owner);
    expect([again.status, again.body.error.details.code]).toEqual([409, 'already_answered']);
  });

  it('mails the owner one confirmation with the researcher’s address and the same delete link', async () => {
    const a = answer(call.slug);
    const res = await siteCall('POST', '/api/research-call-answers', a);
    expect(res.status).toBe(201);
    const [mail] = await waitForMails(a.email, 1);
    expect(mail?.subject).toBe('Ditt svar: Testutlysning: intervju om betalningar');
    expect(mail?.text).toContain('Forskarens e-post: forskare@example.org');
    expect(mail?.text).toContain(`http://site.test/forskning/medverka/radera?token=${res.body.deleteToken}`);
    expect(mail?.replyTo?.text).toContain('forskare@example.org');
  });

  it('refuses bad input field by field, in the reader’s language', async () => {
    const res = await siteCall('POST', '/api/research-call-answers', answer(call.slug, { locale: 'en', email: 'nope', consent: false, name: '' }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('Check the marked fields and try again.');
    expect(res.body.error.details.fields).toEqual({ name: 'required', email: 'invalid', consent: 'required' });
  });

  it('shows the answer to its researcher only: the other researcher neither lists nor opens it', async () => {
    const mine = await contentManager(researcher).find(ANSWER, 'page=1&pageSize=100');
    expect(mine.status).toBe(200);
    expect(names(mine.body)).toContain(owner.name);
    expect(JSON.stringify(mine.body)).not.toMatch(/deleteTokenHash|tokenNonce/);
    const theirs = await contentManager(other).find(ANSWER, 'page=1&pageSize=100');
    expect(names(theirs.body ?? { results: [] })).not.toContain(owner.name);
    const [row] = await sql('SELECT document_id FROM research_call_answers WHERE name = ?', [owner.name]);
    const open = await fetch(`${cmsUrl()}/content-manager/collection-types/${ANSWER}/${row.document_id}`, { headers: { authorization: `Bearer ${other}` } });
    expect([403, 404]).toContain(open.status);
    expect(await open.text()).not.toContain(owner.name);
    expect([403, 404]).toContain((await contentManager(other).remove(ANSWER, String(row.document_id))).status);
    const coordinator = await contentManager(await adminToken('kn-coordinator')).find(ANSWER, 'page=1&pageSize=100');
    expect(coordinator.status).toBe(403);
  });

  it('never serves answers through the public API, GraphQL or the site’s token', async () => {
    for (const token of [undefined, siteToken()]) {
      for (const path of ['/api/research-call-answers', '/api/research-call-answer', `/api/research-call-answers/x`]) {
        const res = await request('GET', path, { token });
        expect([401, 403, 404, 405]).toContain(res.status);
        expect(JSON.stringify(res.body)).not.toContain(owner.name);
      }
      const gql = await graphqlPost('{ researchCallAnswers { name email } }', {}, token);
      expect(JSON.stringify(gql.body)).not.toContain(owner.name);
      expect(gql.body.errors?.length ?? 0).toBeGreaterThan(0);
    }
    const call = await request('GET', `/api/research-calls?populate=*`);
    expect(JSON.stringify(call.body)).not.toContain(owner.email);
  });

  it('deletes an answer by its token once, on the owner’s request', async () => {
    const res = await siteCall('POST', '/api/research-call-answers', answer(call.slug));
    const del = await siteCall('POST', '/api/research-call-answers/delete', { token: res.body.deleteToken, locale: 'en' });
    expect(del.status).toBe(200);
    const again = await siteCall('POST', '/api/research-call-answers/delete', { token: res.body.deleteToken, locale: 'en' });
    expect([again.status, again.body.error.message]).toEqual([404, 'The delete link is invalid or has already been used.']);
  });
});

describe('research calls: closing and retention (jobs every 2 s in tests)', () => {
  it('refuses answers once closed and deletes them 30 days after closing, keeping younger ones', async () => {
    const researcher = await adminToken('kn-researcher');
    const old = await publishedCall(researcher);
    const recent = await publishedCall(researcher);
    const early = answer(old.slug);
    const late = answer(recent.slug);
    for (const a of [early, late]) expect((await siteCall('POST', '/api/research-call-answers', a)).status).toBe(201);
    await setClosesOn(old.documentId, dayFromNow(-31));
    await setClosesOn(recent.documentId, dayFromNow(-29));
    const closed = await siteCall('POST', '/api/research-call-answers', answer(recent.slug));
    expect([closed.status, closed.body.error.details.code]).toEqual([409, 'call_closed']);
    const left = () => sql('SELECT name FROM research_call_answers WHERE name IN (?, ?)', [early.name, late.name]);
    for (let i = 0; i < 40 && (await left()).length > 1; i += 1) await pause(500);
    expect((await left()).map((r) => r.name)).toEqual([late.name]);
  });
});
