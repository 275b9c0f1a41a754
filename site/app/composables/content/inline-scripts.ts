import { QUIZ_ENHANCER } from './quiz-enhancer';
import { searchEnhancer } from '../search/search-enhancer';
import { SEARCH_DEBOUNCE_MS } from '../search/state';
import { OFFLINE_SAVER } from '../offline/offline-saver';

/**
 * Every inline script a reading page may run, exactly as the pages inline them. The Content-Security-Policy allows
 * these and no other inline script: the server hashes this text at start (server/utils/security-headers.ts), so a
 * change here cannot drift from the header.
 */
export const INLINE_SCRIPTS = {
  search: searchEnhancer(SEARCH_DEBOUNCE_MS),
  quiz: QUIZ_ENHANCER,
  offline: OFFLINE_SAVER,
} as const;
