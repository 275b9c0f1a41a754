import type { BlockNode, InlineNode, ListItemNode } from '#shared/schemas/blocks';
import type { ItemRef } from '#shared/types/content';

/** ISO 8601 duration for schema.org, e.g. 135 → "PT2H15M". */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

type Node = BlockNode | ListItemNode | InlineNode;

function nodeText(node: Node): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'image') return '';
  return node.children.map((child: Node) => nodeText(child)).join(node.type === 'list' ? '\n' : '');
}

/** Plain text of rich text, for descriptions in structured data. */
export function blocksText(blocks: BlockNode[]): string {
  return blocks.map(nodeText).filter(Boolean).join('\n');
}

interface Study {
  authors: string[];
  year: number | null;
  title: string;
  venue: string | null;
  doi: string | null;
  openAccess: boolean;
  link: string | null;
}

interface Article {
  title: string;
  summary: string;
  publishedAt: string | null;
  updatedAt: string | null;
  summarisers: { name: string; isExample: boolean }[];
  study: Study | null;
}

/** Study authors are stored as names only: an organisation's name has no given name, or says what it is. */
function agent(name: string) {
  const organisation = !name.includes(' ') || /\(|\b(agency|authority|stiftelsen|styrelsen|OECD|ENISA|Nordregio|Commission|Centre)\b/i.test(name);
  return { '@type': organisation ? 'Organization' : 'Person', name };
}

/** The study itself, as the work this page summarises. */
export function studyJsonLd(study: Study) {
  return {
    '@type': 'ScholarlyArticle',
    name: study.title,
    author: study.authors.map(agent),
    datePublished: study.year ? String(study.year) : undefined,
    isPartOf: study.venue ? { '@type': 'CreativeWork', name: study.venue } : undefined,
    identifier: study.doi ? { '@type': 'PropertyValue', propertyID: 'DOI', value: study.doi } : undefined,
    url: study.link ?? undefined,
    isAccessibleForFree: study.openAccess,
  };
}

/**
 * The page is a plain-language summary: its `author` is who summarised the study; the study and its own authors are
 * `isBasedOn` and `citation`. An invented demo person is said to be one, so no crawler takes them for a researcher.
 */
export function articleJsonLd(article: Article, url: string, language: string) {
  const study = article.study ? studyJsonLd(article.study) : null;
  return {
    '@type': 'ScholarlyArticle',
    headline: article.title,
    abstract: article.summary,
    inLanguage: language,
    url,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt ?? undefined,
    author: article.summarisers.map((p) => ({ '@type': 'Person', name: p.name, ...(p.isExample ? { description: 'Example person (fictional) / Exempelperson (påhittad)' } : {}) })),
    ...(study ? { isBasedOn: study, citation: study } : {}),
  };
}

export function howToJsonLd(guide: { title: string; summary: string; minutes: number; steps: { title: string; minutes: number; body: BlockNode[] }[] }, url: string, language: string) {
  return {
    '@type': 'HowTo',
    name: guide.title,
    description: guide.summary,
    inLanguage: language,
    url,
    totalTime: isoDuration(guide.minutes),
    step: guide.steps.map((s, i) => ({ '@type': 'HowToStep', position: i + 1, name: s.title, text: blocksText(s.body) || s.title, timeRequired: isoDuration(s.minutes) })),
  };
}

export function courseJsonLd(module: { title: string; summary: string; minutes: number; provider: string | null; format: string }, url: string, language: string) {
  return {
    '@type': 'Course',
    name: module.title,
    description: module.summary,
    inLanguage: language,
    url,
    provider: { '@type': 'Organization', name: module.provider ?? 'Kunskapsnavet' },
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: module.format === 'on_site' ? 'onsite' : module.format === 'hybrid' ? 'blended' : 'online',
      courseWorkload: isoDuration(module.minutes),
    },
  };
}

export function itemListJsonLd(name: string, items: ItemRef[], siteUrl: string) {
  return {
    '@type': 'ItemList',
    name,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.title, url: new URL(item.url, siteUrl).href })),
  };
}
