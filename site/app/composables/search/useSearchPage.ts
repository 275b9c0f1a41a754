import { readSearchState, toSearchQuery } from './state';

/** The search page's data: the state read from the URL, and the results of GET /api/search for it. */
export async function useSearchPage() {
  const route = useRoute();
  const locale = useLocaleCode();
  const state = computed(() => readSearchState(route.query));
  const apiQuery = computed(() => ({ ...toSearchQuery(state.value), locale: locale.value }));
  // No retry (ofetch retries a 503 once by default): search being down is answered at once, not after a second wait.
  const { data, error } = await useFetch('/api/search', { query: apiQuery, key: 'search', retry: 0 });
  return { state, data, error };
}
