import { looksPersonal } from '@kunskapsnavet/needs';
import type { H3Event } from 'h3';
import { FACET_NAMES, type SearchQuery } from '@kunskapsnavet/search';

/**
 * A search that tells the content backlog something: a words query, unfiltered, on its first page, that found
 * nothing. Zero hits under filters says more about the filters than about missing content; a query that may
 * identify a person is not reported at all (the CMS checks again before it stores one).
 */
export function isSearchMiss(query: SearchQuery, total: number): boolean {
  const filtered = FACET_NAMES.some((facet) => query[facet].length > 0);
  // Words that may name a person ("Anna Lindqvist", an e-mail, a phone number) never leave the site.
  return total === 0 && query.q.trim() !== '' && query.page === 1 && !filtered && !looksPersonal(query.q);
}

/**
 * Tells the CMS about a search that found nothing (only the words and the language: no address, no cookie), without
 * waiting for it: whatever happens to this call, the search answers as usual.
 */
export function reportSearchMiss(event: H3Event, query: SearchQuery): void {
  const call = cmsRest('/api/needs/search-misses', { method: 'POST', body: { q: query.q.trim(), locale: query.locale }, clientId: clientId(event) });
  void call.then(
    ({ status }) => { if (status >= 300) console.error(`[site] search miss not logged: CMS HTTP ${status}`); },
    () => console.error('[site] search miss not logged: CMS unreachable'),
  );
}
