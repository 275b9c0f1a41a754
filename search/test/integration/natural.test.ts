import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchInput, search } from '../../src/query.ts';
import { searchHelp } from '../../src/query/help.ts';
import { upsertDocuments } from '../../src/sync.ts';
import { ensureIndexes } from '../../src/settings.ts';
import { LOCALES, type Locale } from '../../src/vocabulary.ts';
import { loadSeedItems, toDocuments } from '../../eval/seed-corpus.ts';
import { adminClient, dropIndexes, uniquePrefix } from '../support/meili.ts';

/** The demo content of cms/seed, indexed the way sync indexes it, and the questions of issue 18. */
let client: Meilisearch;
const prefix = uniquePrefix('natural');
const top = async (q: string, locale: Locale = 'sv', n = 3) =>
  (await search(client, parseSearchInput({ q, locale, crossLanguage: false }), { prefix })).hits.slice(0, n).map((hit) => hit.url.split('/').at(-1));

beforeAll(async () => {
  client = adminClient();
  await ensureIndexes(client, { prefix });
  const items = await loadSeedItems();
  for (const locale of LOCALES) await upsertDocuments({ client, locale, prefix, documents: toDocuments(items, locale) });
}, 120_000);
afterAll(() => dropIndexes(client, prefix));

describe('the questions of issue 18 against the demo content', () => {
  it.each([
    ['kurs nära överkalix', 'workshop-starta-din-webbutik', 'the workshop held at Lärcentrum Överkalix'],
    ['hur tar jag betalt med swish', 'digitala-grunder-for-ditt-foretag', 'Swish för företag is part of the digital basics'],
    ['starka lösenord', 'digitala-grunder-for-ditt-foretag', '"starka" is praise asked for, not the subject'],
    ['webbshop utan att kunna programmera', 'starta-en-webbutik-for-ditt-smaforetag', 'the skill lacked is no subject; three titles say "webbutik": the tie goes to beginners\' content'],
    ['vilket bokföringsprogram ska jag välja', 'digital-bokforing-och-e-faktura', 'the compound also asked by its first part: "bokföring" in a title'],
    ['göra en hemsida själv', 'bygg-en-enkel-webbplats-for-ditt-foretag', 'hemsida → webbplats; the demo guide on a simple website'],
  ])('%j: first is %s (%s)', async (q, slug) => {
    expect((await top(q))[0]).toBe(slug);
  });

  // The IT-security course is a judged answer too: in the top 3.
  it.each([
    ['starka lösenord', 'grundkurs-i-it-sakerhet-for-smaforetag'],
  ])('%j: %s in the top 3', async (q, slug) => {
    expect(await top(q)).toContain(slug);
  });

  // The general causes fixed in the third round, each on a question of the tuning part or a new one.
  it.each([
    // Both social-media texts are judged answers; of the two, the course for beginners wins the tie.
    ['sociala medjer för nybörjare', 'sv', 'marknadsforing-i-sociala-medier-for-smaforetag', 'a misspelling is searched as typed, not by a stem that is no word'],
    ['vad ska jag posta på facebook', 'sv', 'sociala-medier-som-huvudkanal-for-mikroforetag', 'facebook is what owners call social media'],
    ['what should i post on facebook', 'en', 'social-media-as-the-main-channel-for-micro-firms', 'the same in English'],
    ['strong passwords', 'en', 'digital-basics-for-your-firm', '"strong" is praise asked for'],
  ] as const)('%j (%s): first is %s (%s)', async (q, locale, slug, _why) => {
    expect((await top(q, locale))[0]).toBe(slug);
  });

  // English: the general causes fixed in the second round (question words of feeling and framing,
  // everyday verbs and phrases, heading terms), each on a question of the tuning part.
  it.each([
    ['am i charging too little', 'pricing-and-subscriptions', 'charging → price'],
    ['how do i ship parcels from the countryside', 'selling-online-from-rural-places', 'ship → shipping; parcels in a heading'],
    ['does gdpr apply to a sole trader', 'gdpr-for-small-firms', 'sole trader ~ small firms; apply is framing'],
    ['bad internet connection in the countryside', 'rural-broadband-use-makes-the-difference', 'internet connection → broadband'],
    ['which bookkeeping software should i choose', 'digital-bookkeeping-and-e-invoicing', 'which/should/choose dropped'],
  ])('en %j: first is %s (%s)', async (q, slug) => {
    expect((await top(q, 'en'))[0]).toBe(slug);
  });

  it('a place is a preference, not a word to match: Överkalix content first, the rest after it', async () => {
    const result = await search(client, parseSearchInput({ q: 'kurs i överkalix', crossLanguage: false, hitsPerPage: 50 }), { prefix });
    expect(result.hits[0]?.url).toContain('workshop-starta-din-webbutik');
    // …and the place is handed back: the site shows each course's next occasion nearest to it.
    expect(result.place).toBe('Överkalix');
    // Two disjoint lists: every hit once, and the total counts them all.
    expect(new Set(result.hits.map((hit) => hit.id)).size).toBe(result.hits.length);
    expect(result.total).toBe(result.hits.length);
    expect(result.total).toBeGreaterThan(1);
  });

  it('a lone misspelt word whose stem finds nothing is asked again as typed, within the typo tolerance', async () => {
    expect((await top('medjer'))[0]).toBe('marknadsforing-i-sociala-medier-for-smaforetag');
    expect((await search(client, parseSearchInput({ q: 'xqzvwkjh', crossLanguage: false }), { prefix })).total).toBe(0);
  });

  it('a municipality with no content of its own is searched as a word', async () => {
    expect((await search(client, parseSearchInput({ q: 'kurs i kiruna', crossLanguage: false }), { prefix })).total).toBeGreaterThan(0);
  });

  it.each([
    ['sociala medjer', 'sv', 'sociala medier'],
    ['bokföringsprogam', 'sv', 'bokföringsprogram'],
    ['cyber secuirty', 'en', 'cyber security'],
  ] as const)('did you mean: %j (%s) → %j, from the index\'s own words', async (q, locale, expected) => {
    const help = await searchHelp(client, q, locale, prefix);
    expect(help.didYouMean).toBe(expected);
    expect(help.topics.length).toBeGreaterThan(0);
  });

  it('nothing to correct in gibberish', async () => {
    expect(await searchHelp(client, 'xqzvwkjh', 'sv', prefix)).toEqual({ didYouMean: null, topics: [] });
  });
});
