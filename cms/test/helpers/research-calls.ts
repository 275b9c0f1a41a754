import { adminToken, contentManager, request } from './api';
import { sqlWrite } from './database';
import { connect, publishedDocumentId, unique } from './fixtures';

export const CALL = 'api::research-call.research-call';
export const ANSWER = 'api::research-call-answer.research-call-answer';
const DAY = 86_400_000;

/** YYYY-MM-DD in Stockholm, `days` from now. */
export const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

export async function callData(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Testutlysning: intervju om betalningar',
    slug: unique('test-utlysning'),
    callKind: 'interviewee',
    summary: 'Vi vill förstå hur små företag tar betalt.',
    whatItTakes: 'Ett samtal.',
    timeNeeded: '1 timme',
    callForm: 'online',
    whatFirmGets: 'En sammanfattning.',
    municipalities: ['overkalix'],
    industries: ['tourism'],
    sizes: ['sole'],
    closesOn: dayFromNow(20),
    researcher: connect(await publishedDocumentId('authors')),
    institution: 'Exempeluniversitet',
    contactEmail: 'forskare@example.org',
    isExample: true,
    ...overrides,
  };
}

/** A call created and published in Swedish through the admin API by `token`'s user. */
export async function publishedCall(token: string, overrides: Record<string, unknown> = {}): Promise<{ documentId: string; slug: string }> {
  const cm = contentManager(token);
  const data = await callData(overrides);
  const created = await cm.create(CALL, data);
  if (created.status !== 201 && created.status !== 200) throw new Error(`create call: ${created.status} ${JSON.stringify(created.body)}`);
  const documentId = created.body.data.documentId;
  const published = await cm.publish(CALL, documentId);
  if (published.status !== 200) throw new Error(`publish call: ${published.status} ${JSON.stringify(published.body)}`);
  return { documentId, slug: String(data.slug) };
}

/** Moves a call's closing date in the database, every version and language (time passing, without the rules). */
export const setClosesOn = (documentId: string, date: string) => sqlWrite('UPDATE research_calls SET closes_on = ? WHERE document_id = ?', [date, documentId]);

/** A second Researcher account, made by the super admin and registered like an invited user; returns its admin token. */
export async function secondResearcher(): Promise<string> {
  const admin = await adminToken('strapi-super-admin');
  const roles = await request('GET', '/admin/roles', { token: admin });
  const role = roles.body.data.find((r: { code: string }) => r.code === 'kn-researcher');
  const email = `${unique('forskare2')}@example.org`;
  const created = await request('POST', '/admin/users', { token: admin, body: { email, firstname: 'Andra', lastname: 'Forskare', roles: [role.id] } });
  if (created.status !== 201) throw new Error(`create user: ${created.status} ${JSON.stringify(created.body)}`);
  const password = 'Andra-forskare-1';
  const registered = await request('POST', '/admin/register', { body: { registrationToken: created.body.data.registrationToken, userInfo: { firstname: 'Andra', lastname: 'Forskare', password } } });
  if (registered.status !== 200) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  return registered.body.data.token;
}

export const answer = (call: string, overrides: Record<string, unknown> = {}) => ({
  call,
  locale: 'sv',
  name: unique('Ägare'),
  email: `${unique('agare')}@example.org`,
  message: 'Jag driver ett café och tar betalt med Swish.',
  consent: true,
  ...overrides,
});
