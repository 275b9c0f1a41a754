import type { Core } from '@strapi/strapi';
import { seededRandom } from '@kunskapsnavet/needs';
import { LEVELS } from '@kunskapsnavet/search';
import { CONTENT_TYPES, type LocaleCode } from '../lib/content-types';
import { importLines } from './bulk/import';
import type { SourceLine } from './bulk/rows';

/**
 * Deterministic synthetic content for benchmarks: item i is always the same text, so two runs (or two
 * machines) measure the same corpus. Slugs start with "syn-" so synthetic items are easy to find and remove.
 */
const WORDS: Record<LocaleCode, string[]> = {
  sv: 'digitalisering mikroföretag affärsmodell e-handel webbutik kunder landsbygd turism bokning prenumeration plattform bredband distansarbete säkerhet lösenord faktura bokföring marknadsföring sociala medier hantverk livsmedel skogsbruk besöksnäring lärcentrum kompetens utbildning samarbete logistik frakt paket leverans kvalitet hållbarhet export företagare entreprenör innovation data analys automatisering artificiell intelligens verktyg kalkyl prissättning investering'.split(' '),
  en: 'digitalisation micro-firm business model e-commerce webshop customers countryside tourism booking subscription platform broadband remote work security password invoice bookkeeping marketing social media crafts food forestry visitor economy learning centre skills training cooperation logistics shipping parcel delivery quality sustainability export owner entrepreneur innovation data analysis automation artificial intelligence tools budget pricing investment'.split(' '),
};
const TOPIC_WORDS: Record<LocaleCode, string[]> = {
  sv: ['Så fungerar', 'Kom igång med', 'Fem råd om', 'Vad forskningen säger om', 'Vanliga misstag med', 'Steg för steg:'],
  en: ['How it works:', 'Getting started with', 'Five tips on', 'What research says about', 'Common mistakes with', 'Step by step:'],
};

/** Publishing an article requires the study it summarises; synthetic ones cite a real one (Teece 2010). */
const SYNTHETIC_STUDY = {
  authors: [{ name: 'David J. Teece' }],
  year: 2010,
  title: 'Business Models, Business Strategy and Innovation',
  venue: 'Long Range Planning 43(2–3), 172–194',
  doi: '10.1016/j.lrp.2009.07.003',
  openAccess: false,
};

function sentence(rand: () => number, locale: LocaleCode, words: number): string {
  const list = WORDS[locale];
  const out = Array.from({ length: words }, () => list[Math.floor(rand() * list.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** The data of synthetic item i in one locale: a research article, guide or course module by turns. */
export function syntheticItem(i: number, locale: LocaleCode): { uid: (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES]; slug: string; data: Record<string, unknown> } {
  const rand = seededRandom(i * 2 + (locale === 'sv' ? 0 : 1));
  const kind = i % 3;
  const subject = sentence(rand, locale, 3).slice(0, -1).toLowerCase();
  const title = `${TOPIC_WORDS[locale][i % TOPIC_WORDS[locale].length]} ${subject} (${i + 1})`;
  const slug = `syn-${locale}-${i + 1}`;
  const summary = Array.from({ length: 3 }, () => sentence(rand, locale, 12)).join(' ').slice(0, 590);
  const body = paragraph(Array.from({ length: 12 }, () => sentence(rand, locale, 14)).join(' '));
  const level = LEVELS[i % 3];
  if (kind === 0) {
    return {
      uid: CONTENT_TYPES.researchArticle,
      slug,
      data: { title, slug, summary, body, takeaways: [{ text: sentence(rand, locale, 10) }], evidence: 'survey', readingMinutes: 3 + (i % 10), originalStudy: SYNTHETIC_STUDY },
    };
  }
  if (kind === 1) {
    return {
      uid: CONTENT_TYPES.guide,
      slug,
      data: { title, slug, summary, body, steps: [{ title: sentence(rand, locale, 4), minutes: 15 + (i % 30), body }], businessModel: 'e_commerce', level, estimatedMinutes: 15 + (i % 30) },
    };
  }
  return {
    uid: CONTENT_TYPES.courseModule,
    slug,
    data: { title, slug, summary, learningObjectives: [{ text: sentence(rand, locale, 8) }], sections: [{ __component: 'sections.text', body }], durationMinutes: 30 + (i % 90), level, format: 'self_paced' },
  };
}

/** Synthetic item i as one import line (the same path an archive takes: parse, validate, write). */
export function syntheticLine(i: number): SourceLine {
  const sv = syntheticItem(i, 'sv');
  const type = sv.uid === CONTENT_TYPES.researchArticle ? 'research-article' : sv.uid === CONTENT_TYPES.guide ? 'guide' : 'course-module';
  return { line: i + 1, text: JSON.stringify({ type, slug: sv.slug, sv: sv.data, en: syntheticItem(i, 'en').data }) };
}

function* syntheticLines(count: number): Generator<SourceLine> {
  for (let i = 0; i < count; i += 1) yield syntheticLine(i);
}

/**
 * Creates synthetic items 0..count-1 in sv and en and publishes them, idempotent like the demo seed, through the
 * bulk importer (outbox suspended: the caller reindexes once afterwards).
 */
export async function seedSynthetic(strapi: Core.Strapi, options: { count: number; quiet?: boolean }) {
  const report = await importLines(strapi, syntheticLines(options.count), { total: options.count, quiet: options.quiet, label: 'synthetic' });
  return { ...report, ms: report.ms };
}
