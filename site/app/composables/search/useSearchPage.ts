import { readSearchState, toSearchQuery, type SearchState } from './state';

/**
 * The search page's data: state read from the URL, results from GET /api/search (server-rendered on first load,
 * refetched in the browser whenever the URL changes), and `update` to change the state by changing the URL.
 */
export async function useSearchPage() {
  const route = useRoute();
  const router = useRouter();
  const locale = useLocaleCode();
  const state = computed(() => readSearchState(route.query));
  const apiQuery = computed(() => ({ ...toSearchQuery(state.value), locale: locale.value }));
  const { data, error, status } = await useFetch('/api/search', { query: apiQuery, key: 'search' });

  function update(next: SearchState) {
    return router.replace({ query: toSearchQuery(next) });
  }

  return { state, data, error, pending: computed(() => status.value === 'pending'), update };
}
