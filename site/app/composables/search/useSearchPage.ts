import { readSearchState, toSearchQuery } from './state';

/** The search page's data: the state read from the URL, and the results of GET /api/search for it. */
export async function useSearchPage() {
  const route = useRoute();
  const locale = useLocaleCode();
  const state = computed(() => readSearchState(route.query));
  const apiQuery = computed(() => ({ ...toSearchQuery(state.value), locale: locale.value }));
  const { data, error } = await useFetch('/api/search', { query: apiQuery, key: 'search' });
  return { state, data, error };
}
