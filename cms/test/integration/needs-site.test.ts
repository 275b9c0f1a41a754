import { GraphQLClient } from 'graphql-request';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmsUrl, request } from '../helpers/api';
import { columns, countRows, sql, tables } from '../helpers/database';
import { answersFor, publishedCheck, siteCall, siteToken } from '../helpers/needs';

const RESPONSES = 'needs_responses';
/** SQLite returns JSON columns as text, PostgreSQL parsed. */
const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
const CONTACTS = 'needs_contacts';
/** The cap the test setup gives the CMS (cms/test/setup/strapi-server.ts). */
const SEARCH_MISSES_MAX = 40;

describe('needs check: the site-facing API', () => {
  let check: Awaited<ReturnType<typeof publishedCheck>>;
  beforeAll(async () => {
    check = await publishedCheck('sv');
  });

  it.each(['sv', 'en'])('serves the published check in %s: 16 questions in order, options with topic slugs', async (locale) => {
    const res = await siteCall('GET', `/api/needs/check?locale=${locale}`);
    expect(res.status).toBe(200);
    const { questions } = res.body;
    expect(res.body.locale).toBe(locale);
    expect(res.body.privacy.length).toBeGreaterThan(100);
    expect(questions).toHaveLength(16);
    expect(questions.map((q: { order: number }) => q.order)).toEqual([...questions.map((q: { order: number }) => q.order)].sort((a, b) => a - b));
    expect(questions.filter((q: { kind: string }) => q.kind === 'maturity')).toHaveLength(12);
    const municipality = questions.find((q: { context: string }) => q.context === 'municipality');
    // The 29 municipalities and "another municipality", which maps to `outside` (no free text).
    expect(municipality.options).toHaveLength(30);
    expect(municipality.options.at(-1)).toMatchObject({ key: 'other', value: 'outside' });
    const security = questions.find((q: { dimension: string }) => q.dimension === 'data_security');
    expect(security.options[0].topics).toEqual([locale === 'sv' ? 'it-sakerhet-och-dataskydd' : 'security-and-data-protection']);
  });

  it('the answers mean the same in both languages (same keys and scores)', async () => {
    const en = await publishedCheck('en');
    const shape = (c: typeof check) => c.questions.map((q) => [q.key, q.options.map((o) => [o.key, o.score, o.value])]);
    expect(shape(en)).toEqual(shape(check));
  });

  it.each([
    ['no token', null, 401],
    ['a wrong token', 'not-a-token', 401],
  ])('refuses %s', async (_what, token, status) => {
    expect((await siteCall('GET', '/api/needs/check?locale=sv', undefined, { token })).status).toBe(status);
    expect((await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: answersFor(check) }, { token })).status).toBe(status);
  });

  it('stores a valid submission with scores and needs computed by the CMS, and nothing personal', async () => {
    const before = await countRows(RESPONSES);
    const res = await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: answersFor(check) });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ ok: true });
    expect(await countRows(RESPONSES)).toBe(before + 1);
    const [row] = await sql(`SELECT * FROM ${RESPONSES} ORDER BY id DESC LIMIT 1`);
    expect(Boolean(row.synthetic)).toBe(false);
    expect(json(row.scores)).toMatchObject({ strategy: 0, sustainability: 0 });
    expect(json(row.needs).length).toBeGreaterThan(0);
    expect(row.municipality).toBe('arjeplog');
    // Exactly these columns: nothing that could hold a name, e-mail, IP or user agent (pair_key is a hash, see
    // cms/src/inbox/follow-up.ts; wave first|follow_up).
    expect((await columns(RESPONSES)).sort()).toEqual(
      ['answers', 'created_at', 'created_by_id', 'document_id', 'goal', 'id', 'industry', 'locale', 'municipality', 'needs', 'pair_key', 'published_at', 'scores', 'size', 'submitted_at', 'synthetic', 'updated_at', 'updated_by_id', 'wave'],
    );
  });

  const forged: Array<[string, () => unknown]> = [
    ['an unknown question', () => ({ locale: 'sv', answers: { ...answersFor(check), hacked_question: 'x' } })],
    ['an unknown option', () => ({ locale: 'sv', answers: { ...answersFor(check), security_logins: 'none_of_these' } })],
    ['a number instead of an option key', () => ({ locale: 'sv', answers: { ...answersFor(check), security_logins: 3 } })],
    ['a missing maturity answer', () => ({ locale: 'sv', answers: Object.fromEntries(Object.entries(answersFor(check)).slice(1)) })],
    ['answers that are not an object', () => ({ locale: 'sv', answers: ['strategy_online_presence', 'none'] })],
    ['a forged synthetic flag', () => ({ locale: 'sv', answers: answersFor(check), synthetic: true })],
    ['forged scores', () => ({ locale: 'sv', answers: answersFor(check), scores: { strategy: 100 } })],
    ['an unknown locale', () => ({ locale: 'de', answers: answersFor(check) })],
    ['no body', () => undefined],
  ];

  it.each(forged)('refuses %s with a 400 and a message; nothing is stored', async (_what, body) => {
    const before = await countRows(RESPONSES);
    const res = await siteCall('POST', '/api/needs/responses', body());
    expect(res.status).toBe(400);
    expect(res.body.error.message.length).toBeGreaterThan(5);
    expect(await countRows(RESPONSES)).toBe(before);
  });

  it('rate-limits one visitor (429 with Retry-After) while others still get through', async () => {
    const client = `flood-${Date.now()}`;
    const body = { locale: 'sv', answers: ['not', 'valid'] };
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) statuses.push((await siteCall('POST', '/api/needs/responses', body, { client })).status);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    const limited = await siteCall('POST', '/api/needs/responses', { locale: 'sv', answers: answersFor(check) }, { client });
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(/Too many/);
    expect(limited.body.error.details).toMatchObject({ code: 'rate_limited', retryAfterS: expect.any(Number) });
    expect((await siteCall('POST', '/api/needs/responses', body)).status).toBe(400);
  });

  describe('contact requests', () => {
    const contact = { locale: 'sv', name: 'Testa Företagare', email: 'testa@firma.example', municipality: 'arjeplog', message: 'Ring gärna på förmiddagen.', consentText: 'Jag vill att mitt lärcentrum kontaktar mig och att mina uppgifter sparas tills jag raderar dem.' };

    it('stores a contact apart from any response and returns a delete token once', async () => {
      const responsesBefore = await countRows(RESPONSES);
      const res = await siteCall('POST', '/api/needs/contacts', contact);
      expect(res.status).toBe(201);
      expect(res.body.deleteToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(await countRows(RESPONSES)).toBe(responsesBefore);
      const [row] = await sql(`SELECT * FROM ${CONTACTS} WHERE email = ?`, [contact.email]);
      expect(row.consent_text).toBe(contact.consentText);
      expect(row.consented_at).toBeTruthy();
      expect(row.delete_token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(res.body.deleteToken);
      // No column and no link table ties a contact to a response.
      expect((await columns(CONTACTS)).join(' ')).not.toMatch(/response|answer|score/i);
      expect((await tables()).filter((t) => /contact/.test(t) && /response/.test(t))).toEqual([]);
    });

    it('a wrong token deletes nothing; the right one deletes the contact, once', async () => {
      const { body } = await siteCall('POST', '/api/needs/contacts', { ...contact, email: 'radera@firma.example' });
      const count = await countRows(CONTACTS);
      expect((await siteCall('POST', '/api/needs/contacts/delete', { token: 'x'.repeat(43) })).body).toEqual({ deleted: false });
      expect(await countRows(CONTACTS)).toBe(count);
      expect((await siteCall('POST', '/api/needs/contacts/delete', { token: body.deleteToken })).body).toEqual({ deleted: true });
      expect(await countRows(CONTACTS)).toBe(count - 1);
      expect((await sql(`SELECT id FROM ${CONTACTS} WHERE email = ?`, ['radera@firma.example']))).toEqual([]);
      expect((await siteCall('POST', '/api/needs/contacts/delete', { token: body.deleteToken })).body).toEqual({ deleted: false });
    });

    it.each([
      ['neither e-mail nor phone', { email: undefined }],
      ['a malformed e-mail', { email: 'inte-en-adress' }],
      ['no consent text', { consentText: '' }],
      ['an unknown municipality', { municipality: 'stockholm' }],
      ['an extra field', { responseId: 1 }],
    ])('refuses %s with a 400; nothing is stored', async (_what, change) => {
      const count = await countRows(CONTACTS);
      const res = await siteCall('POST', '/api/needs/contacts', { ...contact, ...change });
      expect(res.status).toBe(400);
      expect(await countRows(CONTACTS)).toBe(count);
    });

    it('accepts a phone number instead of an e-mail address', async () => {
      expect((await siteCall('POST', '/api/needs/contacts', { ...contact, email: undefined, phone: '070-123 45 67' })).status).toBe(201);
    });
  });

  describe('searches without results', () => {
    it('counts a normalized query per language', async () => {
      for (const q of ['  Solceller  på TAKET ', 'solceller på taket']) expect((await siteCall('POST', '/api/needs/search-misses', { q, locale: 'sv' })).status).toBe(204);
      const rows = await sql(`SELECT query, locale, count FROM search_misses WHERE query = ?`, ['solceller på taket']);
      expect(rows).toEqual([{ query: 'solceller på taket', locale: 'sv', count: 2 }]);
    });

    it.each(['anna.berg@firma.se', '070-123 45 67', 'kvitto 19800101-1234', 'ordernummer 123456789', 'Anna Lindqvist', 'bokföring Per Åström'])('never stores a personal-looking query: %s', async (q) => {
      const before = await countRows('search_misses');
      expect((await siteCall('POST', '/api/needs/search-misses', { q, locale: 'sv' })).status).toBe(204);
      expect(await countRows('search_misses')).toBe(before);
    });

    it('keeps a place name (one capitalised word)', async () => {
      expect((await siteCall('POST', '/api/needs/search-misses', { q: 'Turism Arjeplog', locale: 'sv' })).status).toBe(204);
      expect(await sql('SELECT query FROM search_misses WHERE query = ?', ['turism arjeplog'])).toHaveLength(0);
      expect((await siteCall('POST', '/api/needs/search-misses', { q: 'turism i Arjeplog', locale: 'sv' })).status).toBe(204);
      expect(await sql('SELECT query FROM search_misses WHERE query = ?', ['turism i arjeplog'])).toHaveLength(1);
    });

    it(`keeps at most SEARCH_MISSES_MAX rows (${SEARCH_MISSES_MAX} in tests), the least recently seen out first`, async () => {
      const queries = Array.from({ length: SEARCH_MISSES_MAX + 5 }, (_, i) => `takpapp nummer ${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
      for (const q of queries) expect((await siteCall('POST', '/api/needs/search-misses', { q, locale: 'sv' })).status).toBe(204);
      expect(await countRows('search_misses')).toBe(SEARCH_MISSES_MAX);
      const kept = new Set((await sql('SELECT query FROM search_misses')).map((row) => String(row.query)));
      expect(queries.slice(0, 5).filter((q) => kept.has(q))).toEqual([]);
      expect(queries.slice(5).every((q) => kept.has(q))).toBe(true);
    });
  });

  describe('nothing private is readable', () => {
    it.each(['needs-responses', 'needs-contacts', 'search-misses'])('REST /api/%s does not exist for the public or the site token', async (api) => {
      for (const token of [undefined, siteToken()]) {
        const res = await request('GET', `/api/${api}`, { token });
        expect(res.status).toBe(404);
      }
    });

    it.each(['needsResponses { scores }', 'needsContacts { email }', 'searchMisses { query }'])('GraphQL has no %s, even for the site token', async (field) => {
      const client = new GraphQLClient(`${cmsUrl()}/graphql`, { headers: { authorization: `Bearer ${siteToken()}` } });
      const error = await client.request(`{ ${field} }`).catch((e: unknown) => e);
      expect(String(error)).toMatch(/Cannot query field/);
    });
  });
});
