import {
  createClient, CONTENT_TYPES, LOCALES, POPULATE, reindex, toSearchDocument, type ContentType, type Locale, type SearchDocument,
} from '@kunskapsnavet/search';

type Meilisearch = ReturnType<typeof createClient>;

const PLURAL: Record<ContentType, string> = {
  'research-article': 'research-articles',
  guide: 'guides',
  'course-module': 'course-modules',
  'learning-path': 'learning-paths',
};

/** `{ a: { b: true } }` → `a[b]=true`: Strapi's REST populate syntax. */
export function bracketQuery(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => bracketQuery(v, `${prefix}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => bracketQuery(v, `${prefix}[${key}]`));
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`];
}

/**
 * Strapi closes an idle keep-alive socket after 5 s; on a loaded machine indexing one batch can take longer, and
 * Node's fetch may then reuse the socket the CMS just closed ("other side closed"): one retry on a fresh socket.
 */
async function fetchRetryingClosedSocket(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    if (!(cause instanceof Error && 'code' in cause && cause.code === 'UND_ERR_SOCKET')) throw error;
    return fetch(url, init);
  }
}

/** Every published entry of one type and locale, read through the public REST API with the search populate. */
async function* documents(cmsUrl: string, token: string, locale: Locale): AsyncIterable<SearchDocument[]> {
  for (const type of CONTENT_TYPES) {
    const query = [...bracketQuery(POPULATE[type], 'populate'), `locale=${locale}`, 'pagination[pageSize]=100'].join('&');
    const res = await fetchRetryingClosedSocket(`${cmsUrl}/api/${PLURAL[type]}?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`GET /api/${PLURAL[type]} (${locale}): HTTP ${res.status} ${await res.text()}`);
    const body: unknown = await res.json();
    const entries = typeof body === 'object' && body !== null && 'data' in body && Array.isArray(body.data) ? body.data : [];
    yield entries.flatMap((entry: unknown) => {
      const mapped = toSearchDocument(type, entry);
      return mapped.kind === 'document' ? [mapped.document] : [];
    });
  }
}

/**
 * Fills the content indexes from a running CMS, so the e2e suite and the benchmark do not depend on the CMS's
 * own sync having caught up. Uses the search library's zero-downtime reindex.
 */
export async function indexContent(client: Meilisearch, cmsUrl: string, token: string, prefix: string) {
  return reindex({ client, prefix, locales: LOCALES, source: (locale) => documents(cmsUrl, token, locale) });
}
