import crypto from 'node:crypto';
import { adminToken, contentManager, request } from './api';
import { sql, sqlBool, sqlWrite } from './database';
import { connect, unique } from './fixtures';

export const EFFORT = 'api::effort.effort';
export const PARTNER = 'api::partner.partner';
const DIMENSIONS = ['strategy', 'tools', 'skills', 'data_security', 'automation_ai', 'sustainability'] as const;
export type Scores = Partial<Record<(typeof DIMENSIONS)[number], number | null>>;

/** A published municipality's documentId by slug (public REST). */
export async function municipalityId(slug: string): Promise<string> {
  const res = await request('GET', `/api/municipalities?locale=sv&filters[slug][$eq]=${slug}`);
  return res.body.data[0].documentId;
}

/** An effort draft (sv) made by the super admin, targeting municipalities and offering occasions. */
export async function effortDraft(municipalities: string[], occasions: string[] = []): Promise<string> {
  const slug = unique('test-insats');
  const res = await contentManager(await adminToken('strapi-super-admin')).create(EFFORT, {
    title: `Testinsats ${slug}`,
    slug,
    pitch: 'En insats för test.',
    needDimensions: ['tools'],
    industries: ['food'],
    effortStatus: 'running',
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    municipalities: { connect: await Promise.all(municipalities.map(async (m) => ({ documentId: await municipalityId(m), locale: 'sv' }))) },
    occasions: { connect: occasions.map((documentId) => ({ documentId, locale: 'sv' })) },
  });
  if (res.status !== 201) throw new Error(`create effort: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

const flat = (scores: number): Scores => Object.fromEntries(DIMENSIONS.map((d) => [d, scores]));
export const scoresOf = (s: Scores): Scores => ({ ...flat(50), ...s });

export interface SyntheticPair {
  municipality: string;
  industry: string;
  efforts: string[];
  before: Scores;
  after: Scores;
}

async function insertResponse(wave: 'first' | 'follow_up', pairKey: string, pair: SyntheticPair, submittedAt: string): Promise<number> {
  const documentId = crypto.randomBytes(12).toString('hex').slice(0, 24);
  const now = new Date().toISOString();
  await sqlWrite(
    `INSERT INTO needs_responses (document_id, locale, answers, scores, needs, industry, municipality, synthetic, submitted_at, wave, pair_key, created_at, updated_at, published_at)
     VALUES (?, 'sv', '{}', ?, '[]', ?, ?, ${sqlBool(true)}, ?, ?, ?, ?, ?, ?)`,
    [documentId, JSON.stringify(wave === 'first' ? pair.before : pair.after), pair.industry, pair.municipality, submittedAt, wave, pairKey, now, now, now],
  );
  return Number((await sql('SELECT id FROM needs_responses WHERE document_id = ?', [documentId]))[0].id);
}

/**
 * Stores paired synthetic responses behind Strapi's back, as h13-inbox's follow-up flow would: a first answer and
 * a follow-up sharing a random pair key, the follow-up linked to the efforts (their sv draft rows).
 */
export async function insertPairs(pairs: SyntheticPair[]): Promise<void> {
  for (const [i, pair] of pairs.entries()) {
    const key = crypto.randomBytes(16).toString('hex');
    await insertResponse('first', key, pair, `2026-0${1 + (i % 3)}-10T10:00:00.000Z`);
    const followUp = await insertResponse('follow_up', key, pair, `2026-0${7 + (i % 3)}-10T10:00:00.000Z`);
    for (const effort of pair.efforts) {
      const [row] = await sql(`SELECT id FROM efforts WHERE document_id = ? AND locale = 'sv' AND published_at IS NULL`, [effort]);
      await sqlWrite('INSERT INTO needs_responses_efforts_lnk (needs_response_id, effort_id) VALUES (?, ?)', [followUp, row.id]);
    }
  }
}

/** The development Partner user attached (as a member) to a new partner organisation for some municipalities. */
export async function partnerFor(municipalities: string[]): Promise<string> {
  const [user] = await sql(`SELECT id FROM admin_users WHERE email = 'partner@kunskapsnavet.example'`);
  const slug = unique('test-partner');
  const res = await contentManager(await adminToken('strapi-super-admin')).create(PARTNER, {
    name: `Exempel Näringslivskontor ${slug}`,
    slug,
    kind: 'municipal_business_office',
    isExample: true,
    municipalities: { connect: await Promise.all(municipalities.map(async (m) => ({ documentId: await municipalityId(m), locale: 'sv' }))) },
    members: { connect: [{ id: Number(user.id) }] },
  });
  if (res.status !== 201) throw new Error(`create partner: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.documentId;
}

export { connect };
