import { describe, expect, it } from 'vitest';
import { BODY_MAX_CHARS, SearchDocumentSchema, type SearchDocument } from '../../../src/document.ts';
import { InvalidEntryError } from '../../../src/errors.ts';
import { toSearchDocument, type MapResult } from '../../../src/map/index.ts';
import type { ContentType } from '../../../src/vocabulary.ts';
import { p } from '../../fixtures/strapi/blocks.ts';
import { accountingSv, workshopEn, workshopSv } from '../../fixtures/strapi/course-modules.ts';
import { bookingSv, webshopEn, webshopSv } from '../../fixtures/strapi/guides.ts';
import { sellOnlineEn, sellOnlineSv } from '../../fixtures/strapi/learning-paths.ts';
import { aiToolsSv, logisticsEn, logisticsSv } from '../../fixtures/strapi/research-articles.ts';

function documentOf(result: MapResult): SearchDocument {
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.reason}`);
  return result.document;
}

describe('toSearchDocument: one fixture per type and locale', () => {
  it.each<[string, ContentType, unknown, Partial<SearchDocument>]>([
    ['research article (sv)', 'research-article', logisticsSv, {
      id: 'research-article-k3v9q2m8x1r7t4w6y0p5s2n8-sv', url: '/artiklar/sa-saljer-du-pa-natet-fran-landsbygden',
      authors: ['Sara Pekkari'], topics: ['E-handel'], topic: ['e-handel'], minutes: 5, level: null, format: null,
      businessModel: null, industry: [], municipality: [], stepTitles: [],
      publishedAt: Date.UTC(2025, 2, 10, 8) / 1000, updatedAt: Date.UTC(2025, 2, 12, 10, 30) / 1000,
    }],
    ['research article with its original study and level: study authors apart from the summariser', 'research-article', {
      ...logisticsSv,
      level: 'beginner',
      originalStudy: { title: 'Svensk postmarknad 2022', venue: 'Post- och telestyrelsen', authors: [{ id: 1, name: 'Post- och telestyrelsen (PTS)' }] },
    }, { authors: ['Sara Pekkari'], studyAuthors: ['Post- och telestyrelsen (PTS)'], level: 'beginner' }],
    ['research article (en)', 'research-article', logisticsEn, {
      id: 'research-article-k3v9q2m8x1r7t4w6y0p5s2n8-en', url: '/en/articles/selling-online-from-rural-places', topic: ['e-commerce'],
    }],
    ['guide (sv), minutes summed from steps', 'guide', webshopSv, {
      url: '/guider/starta-en-webbutik', level: 'beginner', businessModel: 'e_commerce', industry: ['crafts_design', 'food'], minutes: 50,
    }],
    ['guide (sv), estimatedMinutes wins', 'guide', bookingSv, { minutes: 90, industry: ['tourism'], businessModel: 'digital_service' }],
    ['guide (en)', 'guide', webshopEn, { url: '/en/guides/start-a-web-shop' }],
    ['course module (sv)', 'course-module', workshopSv, {
      url: '/kurser/workshop-starta-din-webbutik', format: 'on_site', level: 'beginner', minutes: 180, municipality: ['Överkalix'],
    }],
    ['course module (en)', 'course-module', workshopEn, { url: '/en/modules/workshop-start-your-web-shop' }],
    ['course module without centres or provider', 'course-module', accountingSv, { format: 'self_paced', municipality: [], minutes: 90 }],
    ['learning path (sv), minutes summed, unpublished step skipped', 'learning-path', sellOnlineSv, {
      url: '/larstigar/salj-pa-natet-fran-landsbygden', level: 'beginner', minutes: 5 + 50 + 180,
      summary: 'Från första tanken på att sälja på nätet till en fungerande butik med frakt som går ihop.',
      stepTitles: ['Så säljer du på nätet från landsbygden: frakt, paketskåp och returer', 'Starta en webbutik', 'Workshop: starta din webbutik'],
    }],
    ['learning path (en), totalMinutes wins', 'learning-path', sellOnlineEn, { url: '/en/learning-paths/sell-online-from-the-countryside', minutes: 240 }],
  ])('%s', (_name, type, entry, expected) => {
    const document = documentOf(toSearchDocument(type, entry));
    expect(SearchDocumentSchema.parse(document)).toEqual(document);
    expect(document).toMatchObject({ type, ...expected });
  });
});

describe('toSearchDocument: body', () => {
  it.each<[string, ContentType, unknown, string[], string[]]>([
    ['article: text, takeaways, evidence note', 'research-article', logisticsSv,
      ['Frakt: den dolda kostnaden', 'produkten är unik', 'Samlastning med grannar', 'Väg och mät', 'Bygger på PTS'], ['https://']],
    ['guide: introduction and steps', 'guide', webshopSv, ['Jämför priser & villkor', 'Välj plattform', 'Kort, Swish och faktura'], []],
    ['module: objectives, sections, provider; never quiz answers', 'course-module', workshopSv,
      ['Välja en e-handelsplattform', 'Följ en beställning', 'Ta tre bilder', 'Köpvillkor publicerade', 'Hur länge gäller ångerrätten', 'Lärcentrum Överkalix'],
      ['Fjorton dagar', 'Sju dagar', 'Distansavtalslagen']],
    ['path: audience and notes', 'learning-path', sellOnlineSv, ['Dig som tillverkar', 'Börja här', 'Kommer snart'], []],
  ])('%s', (_name, type, entry, contains, excludes) => {
    const { body } = documentOf(toSearchDocument(type, entry));
    for (const part of contains) expect(body).toContain(part);
    for (const part of excludes) expect(body).not.toContain(part);
  });

  it(`is capped at ${BODY_MAX_CHARS} characters`, () => {
    const long = { ...webshopSv, body: Array.from({ length: 3000 }, (_, i) => p(`Stycke ${i} om frakt och betalning.`)) };
    const { body } = documentOf(toSearchDocument('guide', long));
    expect(body.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
    expect(body.length).toBeGreaterThan(BODY_MAX_CHARS - 100);
  });
});

describe('toSearchDocument: synonymTerms', () => {
  it('holds every term of each group found in the text, å/ä/ö included', () => {
    const document = documentOf(toSearchDocument('guide', webshopSv));
    expect(document.synonymTerms).toEqual(expect.arrayContaining(['webbutik', 'nätbutik', 'näthandel', 'webshop', 'e-handel']));
  });

  it('finds multi-word groups from a single-word mention', () => {
    expect(documentOf(toSearchDocument('research-article', aiToolsSv)).synonymTerms).toContain('artificiell intelligens');
  });
});

describe('toSearchDocument: compoundParts and stems', () => {
  it('splits the Swedish compounds of every searchable field and stems the inflected words', () => {
    const document = documentOf(toSearchDocument('research-article', logisticsSv));
    // "paketskåp" (title), "postmarknadens" (summary), "Fraktbokningstjänster" (body)
    expect(document.compoundParts).toEqual(expect.arrayContaining(['paket', 'skåp', 'post', 'marknad', 'frakt', 'bokning', 'tjänst']));
    // "returer", "transportörer"
    expect(document.stems).toEqual(expect.arrayContaining(['retur', 'transportör']));
  });

  it('feeds English documents stems only', () => {
    const document = documentOf(toSearchDocument('research-article', logisticsEn));
    expect(document.compoundParts).toEqual([]);
    expect(document.stems).toEqual(expect.arrayContaining(['locker', 'return']));
  });

  it('is the same for the same entry, so live sync and a full reindex index the same terms', () => {
    const first = documentOf(toSearchDocument('guide', webshopSv));
    const again = documentOf(toSearchDocument('guide', structuredClone(webshopSv)));
    expect(again.compoundParts).toEqual(first.compoundParts);
    expect(again.stems).toEqual(first.stems);
  });
});

describe('toSearchDocument: skipped and invalid entries', () => {
  it.each<[string, unknown, MapResult]>([
    ['a draft', { ...logisticsSv, publishedAt: null }, { kind: 'skipped', reason: 'unpublished', id: 'research-article-k3v9q2m8x1r7t4w6y0p5s2n8-sv' }],
    ['a draft without required fields', { documentId: 'x1', locale: 'sv', publishedAt: null }, { kind: 'skipped', reason: 'unpublished', id: 'research-article-x1-sv' }],
    ['a locale without an index', { ...logisticsSv, locale: 'fi' }, { kind: 'skipped', reason: 'unsupported-locale', id: null }],
  ])('skips %s', (_name, entry, expected) => {
    expect(toSearchDocument('research-article', entry)).toEqual(expected);
  });

  it('accepts Date objects and millisecond numbers as timestamps', () => {
    const entry = { ...logisticsSv, publishedAt: new Date('2025-03-10T08:00:00Z'), updatedAt: Date.UTC(2025, 2, 12) };
    expect(documentOf(toSearchDocument('research-article', entry))).toMatchObject({
      publishedAt: Date.UTC(2025, 2, 10, 8) / 1000, updatedAt: Date.UTC(2025, 2, 12) / 1000,
    });
  });

  it.each<[string, ContentType, unknown, RegExp]>([
    ['a missing title', 'research-article', { ...logisticsSv, title: undefined }, /research-article entry k3v9q2m8x1r7t4w6y0p5s2n8 \(sv\).*title/s],
    ['an unknown enum value', 'guide', { ...webshopSv, level: 'expert' }, /level/],
    ['an unknown industry', 'guide', { ...webshopSv, industries: [{ industry: 'mining' }] }, /industries/],
    ['a malformed rich text', 'guide', { ...webshopSv, body: 'plain string' }, /body/],
    ['a bad timestamp', 'guide', { ...webshopSv, updatedAt: 'yesterday' }, /updatedAt/],
    ['no documentId', 'guide', { ...webshopSv, documentId: undefined }, /documentId/],
  ])('rejects %s with InvalidEntryError', (_name, type, entry, message) => {
    expect(() => toSearchDocument(type, entry)).toThrow(InvalidEntryError);
    expect(() => toSearchDocument(type, entry)).toThrow(message);
  });
});
