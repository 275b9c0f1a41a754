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
  };
}

/** A published item's documentId, taken from the public API (the seed guarantees there are some). */
export async function publishedDocumentId(api: string, locale = 'sv'): Promise<string> {
  const res = await request('GET', `/api/${api}?locale=${locale}&pagination[pageSize]=1`);
  return res.body.data[0].documentId;
}

export const connect = (documentId: string, locale = 'sv') => ({ connect: [{ documentId, locale }] });

export function pathData(steps: unknown[], slug = unique('test-stig')) {
  return { title: `Teststig ${slug}`, slug, description: 'En lärstig för test.', level: 'beginner', steps };
}
