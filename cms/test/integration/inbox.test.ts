import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, contentManager } from '../helpers/api';
import { sql, sqlWrite } from '../helpers/database';
import { CONTACT, contactRequest, invite, publishedEffort } from '../helpers/inbox';
import { mailsTo, waitForMails } from '../helpers/mail';
import { siteCall } from '../helpers/needs';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const docId = async (name: string) => String((await sql('SELECT document_id FROM needs_contacts WHERE name = ?', [name]))[0].document_id);
const tokenOf = (text: string) => /[?&]token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? '';

/** The development coordinator coordinates Lärcentrum Överkalix (seed): Överkalix is theirs, Arjeplog is not. */
describe('inbox: contact requests as a coordinator’s inbox', () => {
  let own: { name: string; email: string | null };
  let other: { name: string; email: string | null };
  beforeAll(async () => {
    own = await contactRequest('overkalix');
    other = await contactRequest('arjeplog');
  });

  it('lists only their municipalities’ requests, filters by status and municipality; the super admin sees all', async () => {
    const coordinator = contentManager(await adminToken('kn-coordinator'));
    const mine = await coordinator.find(CONTACT, 'page=1&pageSize=100&filters[contactStatus][$eq]=new&filters[municipality][$eq]=overkalix');
    expect(mine.status).toBe(200);
    const names = mine.body.results.map((r: { name: string }) => r.name);
    expect(names).toContain(own.name);
    expect(names).not.toContain(other.name);
    expect(JSON.stringify(mine.body.results)).not.toMatch(/deleteTokenHash|unsubscribeNonce|unsubscribeTokenHash/);
    const arjeplog = await coordinator.find(CONTACT, 'page=1&pageSize=100&filters[municipality][$eq]=arjeplog');
    expect(arjeplog.body.results.map((r: { name: string }) => r.name)).not.toContain(other.name);
    const all = await contentManager(await adminToken('strapi-super-admin')).find(CONTACT, 'page=1&pageSize=200');
    expect(all.body.results.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining([own.name, other.name]));
  });

  it('moves the status, assigns and notes their own requests only; never rewrites what the owner sent', async () => {
    const coordinator = contentManager(await adminToken('kn-coordinator'));
    const ownId = await docId(own.name);
    const moved = await coordinator.update(CONTACT, ownId, { contactStatus: 'enrolled', notes: 'Ringt, anmäld till vårens insats.', name: 'Någon Annan' });
    expect([200, 403]).toContain(moved.status);
    if (moved.status === 403) expect((await coordinator.update(CONTACT, ownId, { contactStatus: 'enrolled', notes: 'Ringt, anmäld till vårens insats.' })).status).toBe(200);
    const [row] = await sql('SELECT name, contact_status, notes FROM needs_contacts WHERE document_id = ?', [ownId]);
    expect(row).toEqual({ name: own.name, contact_status: 'enrolled', notes: 'Ringt, anmäld till vårens insats.' });
    const otherId = await docId(other.name);
    expect([403, 404]).toContain((await coordinator.update(CONTACT, otherId, { contactStatus: 'closed' })).status);
    expect([403, 404]).toContain((await coordinator.remove(CONTACT, otherId)).status);
    expect((await sql('SELECT contact_status FROM needs_contacts WHERE document_id = ?', [otherId]))[0].contact_status).toBe('new');
    const researcher = await contentManager(await adminToken('kn-researcher')).find(CONTACT, 'page=1&pageSize=10');
    expect(researcher.status).toBe(403);
  });
});

describe('inbox: invite to effort', () => {
  it('mails only contacts with an e-mail, once per effort, in their language, with a working unsubscribe', async () => {
    const effort = await publishedEffort(['overkalix']);
    const withMail = await contactRequest('overkalix');
    const english = await contactRequest('overkalix', { locale: 'en' });
    const phoneOnly = await contactRequest('overkalix', { email: null });
    const contacts = await Promise.all([withMail, english, phoneOnly].map((c) => docId(c.name)));
    const first = await invite('kn-coordinator', { effort: effort.documentId, contacts });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ sent: 2, skipped: { no_email: 1, unsubscribed: 0, already_invited: 0, failed: 0 } });
    const [mail] = await waitForMails(withMail.email ?? '', 1);
    expect(mail.subject).toBe(`Inbjudan: ${effort.title}`);
    expect(mail.text).toContain(`http://site.test/insatser/${effort.slug}`);
    const header = (key: string) => (mail.headerLines.find((h) => h.key === key)?.line ?? '').replace(/\r\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/site\.test\/api\/needs-contact-unsubscribe\?locale=sv&token=[A-Za-z0-9_-]+>$/);
    expect((await waitForMails(english.email ?? '', 1))[0].subject).toBe(`Invitation: Test effort ${effort.slug}`);
    expect((await sql('SELECT contact_status FROM needs_contacts WHERE document_id = ?', [contacts[0]]))[0].contact_status).toBe('contacted');

    const again = await invite('kn-coordinator', { effort: effort.documentId, contacts });
    expect(again.body).toEqual({ sent: 0, skipped: { no_email: 1, unsubscribed: 0, already_invited: 2, failed: 0 } });

    const link = /http:\/\/site\.test\/behovskoll\/avregistrera\?token=\S+/.exec(mail.text ?? '')?.[0] ?? '';
    expect(link).not.toBe('');
    expect((await siteCall('POST', '/api/needs/contacts/unsubscribe', { token: tokenOf(link) })).body).toEqual({ unsubscribed: true });
    const [row] = await sql('SELECT unsubscribed_at, unsubscribe_token_hash FROM needs_contacts WHERE document_id = ?', [contacts[0]]);
    expect(row.unsubscribed_at).toBeTruthy();
    expect(row.unsubscribe_token_hash).not.toBe(tokenOf(link));
    const next = await publishedEffort(['overkalix']);
    const later = await invite('strapi-super-admin', { effort: next.documentId, contacts: contacts.slice(0, 1) });
    expect(later.body.skipped.unsubscribed).toBe(1);
    await pause(1000);
    expect(await mailsTo(withMail.email ?? '')).toHaveLength(1);
  });

  it('refuses another centre’s requests, bad bodies and unknown efforts with clear codes; sends nothing', async () => {
    const effort = await publishedEffort(['arjeplog']);
    const other = await contactRequest('arjeplog');
    const refused = await invite('kn-coordinator', { effort: effort.documentId, contacts: [await docId(other.name)] });
    expect(refused.body).toMatchObject({ error: { status: 403, details: { code: 'out_of_scope' } } });
    expect((await invite('kn-coordinator', { effort: effort.documentId, contacts: [] })).body.error.details.code).toBe('invalid_invite');
    expect((await invite('kn-coordinator', { effort: 'nosucheffort0000', contacts: [await docId(other.name)] })).body.error.details.code).toBe('effort_not_found');
    expect((await invite('kn-researcher', { effort: effort.documentId, contacts: [await docId(other.name)] })).status).toBe(403);
    expect((await siteCall('POST', '/api/needs/contacts/unsubscribe', { token: 'short' })).body.error.details.code).toBe('invalid_token');
    expect((await siteCall('POST', '/api/needs/contacts/unsubscribe', { token: 'x'.repeat(43) })).body).toEqual({ unsubscribed: false });
    await pause(1000);
    expect(await mailsTo(other.email ?? '')).toHaveLength(0);
  });
});

describe('inbox: retention', () => {
  it('deletes a request (and its invitation records) 12 months after it was sent, by the job', async () => {
    const effort = await publishedEffort(['overkalix']);
    const old = await contactRequest('overkalix');
    const id = await docId(old.name);
    expect((await invite('strapi-super-admin', { effort: effort.documentId, contacts: [id] })).body.sent).toBe(1);
    const [{ id: rowId }] = await sql('SELECT id FROM needs_contacts WHERE document_id = ?', [id]);
    expect(await sql('SELECT id FROM needs_contact_invitations WHERE contact_id = ?', [rowId])).toHaveLength(1);
    // Time moved forward: the request was sent 13 months ago (the column keeps Strapi's own format: ms or ISO).
    const [{ consented_at: now }] = await sql('SELECT consented_at FROM needs_contacts WHERE id = ?', [rowId]);
    const then = Date.now() - 396 * 86_400_000;
    await sqlWrite('UPDATE needs_contacts SET consented_at = ? WHERE id = ?', [typeof now === 'number' ? then : new Date(then).toISOString(), rowId]);
    for (let i = 0; i < 40 && (await sql('SELECT id FROM needs_contacts WHERE id = ?', [rowId])).length > 0; i += 1) await pause(250);
    expect(await sql('SELECT id FROM needs_contacts WHERE id = ?', [rowId])).toHaveLength(0);
    expect(await sql('SELECT id FROM needs_contact_invitations WHERE contact_id = ?', [rowId])).toHaveLength(0);
  });
});
