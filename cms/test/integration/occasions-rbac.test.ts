import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, cmsUrl, contentManager } from '../helpers/api';
import { sql } from '../helpers/database';
import { unique } from '../helpers/fixtures';
import { siteCall } from '../helpers/needs';
import { centreId, OCCASION, person, publishedOccasion, SIGNUP } from '../helpers/occasions';

async function csv(token: string, documentId: string) {
  const res = await fetch(`${cmsUrl()}/kn-occasions/${documentId}/attendance.csv`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
}

/** The development coordinator coordinates Lärcentrum Överkalix (seed); Arjeplog is someone else's centre. */
describe('occasions: a coordinator sees and edits only their own centre’s occasions and sign-ups', () => {
  const own = { name: unique('Egen Deltagare') };
  const other = { name: unique('Annan Deltagare') };
  let ownOccasion: { documentId: string };
  let otherOccasion: { documentId: string };

  beforeAll(async () => {
    ownOccasion = await publishedOccasion({ centre: await centreId('overkalix') });
    otherOccasion = await publishedOccasion({ centre: await centreId('arjeplog') });
    for (const [occasion, who] of [[ownOccasion, own], [otherOccasion, other]] as const) {
      const res = await siteCall('POST', '/api/signups', person(unique('rbac'), { occasion: occasion.documentId, name: who.name }));
      expect(res.status).toBe(201);
    }
  });

  const signupDocumentId = async (name: string) => String((await sql('SELECT document_id FROM occasion_signups WHERE name = ?', [name]))[0].document_id);

  it('lists only their centre’s sign-ups; the super admin sees both', async () => {
    const coordinator = contentManager(await adminToken('kn-coordinator'));
    const mine = await coordinator.find(SIGNUP, 'page=1&pageSize=100&sort=id:DESC');
    expect(mine.status).toBe(200);
    const names = mine.body.results.map((r: { name: string }) => r.name);
    expect(names).toContain(own.name);
    expect(names).not.toContain(other.name);
    expect(JSON.stringify(mine.body.results)).not.toMatch(/tokenNonce|cancelTokenHash/);
    const all = await contentManager(await adminToken('strapi-super-admin')).find(SIGNUP, 'page=1&pageSize=100&sort=id:DESC');
    expect(all.body.results.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining([own.name, other.name]));
  });

  it('cannot read or change a sign-up of centre B', async () => {
    const token = await adminToken('kn-coordinator');
    const id = await signupDocumentId(other.name);
    const read = await fetch(`${cmsUrl()}/content-manager/collection-types/${SIGNUP}/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect([403, 404]).toContain(read.status);
    expect(await read.text()).not.toContain(other.name);
    const update = await contentManager(token).update(SIGNUP, id, { signupStatus: 'attended' });
    expect([403, 404]).toContain(update.status);
    expect((await sql('SELECT signup_status FROM occasion_signups WHERE name = ?', [other.name]))[0].signup_status).toBe('confirmed');
  });

  it('marks attendance on their own sign-up, and gets the attendance list as CSV only for their own occasion', async () => {
    const token = await adminToken('kn-coordinator');
    const updated = await contentManager(token).update(SIGNUP, await signupDocumentId(own.name), { signupStatus: 'attended' });
    expect(updated.status).toBe(200);
    expect((await sql('SELECT signup_status FROM occasion_signups WHERE name = ?', [own.name]))[0].signup_status).toBe('attended');
    const list = await csv(token, ownOccasion.documentId);
    expect(list.status).toBe(200);
    expect(list.text).toContain(`${own.name},`);
    expect(list.text).toContain(',attended,yes,');
    expect((await csv(token, otherOccasion.documentId)).status).toBe(403);
    expect((await csv(await adminToken('strapi-super-admin'), otherOccasion.documentId)).text).toContain(other.name);
    expect((await csv(await adminToken('kn-researcher'), ownOccasion.documentId)).status).toBe(403);
  });

  it('lists only their own centre’s occasions', async () => {
    const list = await contentManager(await adminToken('kn-coordinator')).find(OCCASION, 'page=1&pageSize=100&locale=sv');
    expect(list.status).toBe(200);
    const ids = list.body.results.map((r: { documentId: string }) => r.documentId);
    expect(ids).toContain(ownOccasion.documentId);
    expect(ids).not.toContain(otherOccasion.documentId);
  });
});
