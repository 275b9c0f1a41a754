import crypto from 'node:crypto';
import { request } from './api';

export const ARTICLE = 'api::research-article.research-article';
export const PATH = 'api::learning-path.learning-path';
export const MODULE = 'api::course-module.course-module';
export const TOPIC = 'api::topic.topic';
export const AUTHOR = 'api::author.author';

export const unique = (prefix: string) => `${prefix}-${crypto.randomBytes(4).toString('hex')}`;
export const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export function articleData(slug = unique('test-artikel')) {
  return {
    title: `Testartikel ${slug}`,
    slug,
    summary: 'En kort sammanfattning på klarspråk för en företagare som har ont om tid.',
    body: blocks('Brödtext.'),
    takeaways: [{ text: 'Prova detta i veckan.' }],
    evidence: 'survey',
    readingMinutes: 5,
    // Publishing requires the study an article summarises.
    originalStudy: STUDY,
  };
}

/** A complete original study (real: Teece 2010), for articles that are published in tests. */
export const STUDY = {
  authors: [{ name: 'David J. Teece' }],
  year: 2010,
  title: 'Business Models, Business Strategy and Innovation',
  venue: 'Long Range Planning 43(2–3), 172–194',
  doi: '10.1016/j.lrp.2009.07.003',
  openAccess: false,
};

/** A published item's documentId, taken from the public API (the seed guarantees there are some). */
export async function publishedDocumentId(api: string, locale = 'sv'): Promise<string> {
  const res = await request('GET', `/api/${api}?locale=${locale}&pagination[pageSize]=1`);
  return res.body.data[0].documentId;
}

export const connect = (documentId: string, locale = 'sv') => ({ connect: [{ documentId, locale }] });

export function pathData(steps: unknown[], slug = unique('test-stig')) {
  return { title: `Teststig ${slug}`, slug, description: 'En lärstig för test.', level: 'beginner', steps };
}
