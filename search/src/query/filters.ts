import { FACET_NAMES, type Facet } from '../settings.ts';

/** Selected values per facet (a validated search query is one). */
export type FilterValues = Partial<Record<Facet, readonly string[]>>;

/**
 * A value as a Meilisearch filter string literal: always double-quoted, with `\` and `"` escaped, so
 * user text can never close the literal and become filter syntax (AND, OR, TO, EXISTS, parentheses…
 * inside quotes are just characters).
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The filter in Meilisearch's array form: the outer array is AND, each inner array is OR. Attribute
 * names come only from FACET_NAMES, never from the caller.
 */
export function buildFilter(values: FilterValues): string[][] {
  const groups: string[][] = [];
  for (const facet of FACET_NAMES) {
    const selected = values[facet] ?? [];
    if (selected.length > 0) groups.push([...new Set(selected)].map((value) => `${facet} = ${quoteFilterValue(value)}`));
  }
  return groups;
}
