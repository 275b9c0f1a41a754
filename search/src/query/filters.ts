import type { FacetAttribute } from '../settings.ts';
import { FACET_ATTRIBUTES } from '../settings.ts';

/** Selected values per filterable attribute. */
export type FilterValues = Partial<Record<FacetAttribute, readonly string[]>>;

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
 * names come only from the FACET_ATTRIBUTES whitelist, never from the caller.
 */
export function buildFilter(values: FilterValues): string[][] {
  const groups: string[][] = [];
  for (const attribute of FACET_ATTRIBUTES) {
    const selected = values[attribute] ?? [];
    if (selected.length > 0) groups.push([...new Set(selected)].map((value) => `${attribute} = ${quoteFilterValue(value)}`));
  }
  return groups;
}
