import type { Locale } from '../vocabulary.ts';
import { STOP_WORDS } from './stop-words.ts';
import { SYNONYMS_EN } from './synonyms-en.ts';
import { SYNONYMS_SV } from './synonyms-sv.ts';

export type SynonymGroup = readonly string[];

export const SYNONYM_GROUPS: Record<Locale, readonly SynonymGroup[]> = { sv: SYNONYMS_SV, en: SYNONYMS_EN };
export { STOP_WORDS };

/**
 * Meilisearch's synonyms setting is a one-way map (term → terms it also finds); a group means every
 * term maps to all the others. Terms that appear in several groups get the union.
 */
export function synonymMap(groups: readonly SynonymGroup[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    for (const term of group) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of group) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  return Object.fromEntries([...map].map(([term, others]) => [term, [...others].sort()]));
}
