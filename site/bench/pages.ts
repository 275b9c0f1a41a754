/** The pages the benchmark measures: one of each reading-page kind, the search page, a static file. */
export interface BenchPages {
  reading: Record<string, string>;
  search: string;
  static: string;
}

export const SEARCH_WORDS = 'sälja på nätet';

async function json(siteUrl: string, path: string): Promise<unknown> {
  const res = await fetch(new URL(path, siteUrl));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

function urlOf(value: unknown, what: string): string {
  if (typeof value === 'object' && value !== null && 'url' in value && typeof value.url === 'string') return value.url;
  throw new Error(`no url for ${what}`);
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : undefined);

/** Finds one page of each kind on the running site (sv). */
export async function benchPages(siteUrl: string): Promise<BenchPages> {
  const section = (kind: string) => json(siteUrl, `/api/section?locale=sv&kind=${kind}`).then((list) => urlOf(first(list), kind));
  const home = await json(siteUrl, '/api/home?locale=sv');
  const topics = typeof home === 'object' && home !== null && 'topics' in home ? home.topics : [];
  const centres = await json(siteUrl, '/api/centres?locale=sv');
  const centreList = typeof centres === 'object' && centres !== null && 'counties' in centres && Array.isArray(centres.counties)
    ? centres.counties.flatMap((county: unknown) => (typeof county === 'object' && county !== null && 'centres' in county && Array.isArray(county.centres) ? county.centres : []))
    : [];
  return {
    reading: {
      home: '/',
      article: await section('article'),
      guide: await section('guide'),
      module: await section('module'),
      path: urlOf(first(await json(siteUrl, '/api/paths?locale=sv')), 'path'),
      topic: urlOf(first(topics), 'topic'),
      centre: urlOf(centreList[0], 'centre'),
      list: '/artiklar',
    },
    search: `/sok?q=${encodeURIComponent(SEARCH_WORDS).replace(/%20/g, '+')}`,
    static: '/favicon.svg',
  };
}
