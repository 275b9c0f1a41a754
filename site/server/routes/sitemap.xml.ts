import { LOCALES } from '@kunskapsnavet/search';
import { SECTION_PATHS, SitemapResponseSchema, SITEMAP_QUERY, sitemapEntries, type SitemapEntry } from '../graphql/sitemap';

const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

function urlElement(entry: SitemapEntry, siteUrl: string): string {
  const loc = (path: string) => xmlEscape(new URL(path, siteUrl).href);
  const links = Object.entries(entry.alternates)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .map(([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${loc(path)}"/>`)
    .join('');
  return `<url><loc>${loc(entry.path)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}${links}</url>`;
}

/** /sitemap.xml — every published page in both languages with hreflang alternates; cached for an hour (one entry, whatever the query string). */
export default defineCachedEventHandler(async (event) => {
  const { siteUrl } = useRuntimeConfig(event).public;
  const entries: SitemapEntry[] = [...SECTION_PATHS];
  for (const locale of LOCALES) {
    const data = await cmsQuery(SITEMAP_QUERY, { locale }, SitemapResponseSchema);
    entries.push(...sitemapEntries(data, locale));
  }
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.map((e) => urlElement(e, siteUrl)).join('\n')}\n</urlset>\n`;
}, { name: 'sitemap-v1', maxAge: 3600, swr: true, getKey: () => generationKey('sitemap') });
