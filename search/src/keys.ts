import { createHash } from 'node:crypto';
import { MeilisearchApiError, type Key, type Meilisearch } from 'meilisearch';
import { DEFAULT_INDEX_PREFIX, indexPattern } from './indexes.ts';

export interface SearchKey {
  uid: string;
  /** The secret to give the site as MEILI_SEARCH_KEY. */
  key: string;
  indexes: string[];
}

/**
 * A fixed uid per prefix, derived from its name. Meilisearch derives the key's value from the uid and
 * the master key, so the search key stays the same across restarts and reindexes for as long as the
 * master key does: the site's MEILI_SEARCH_KEY never needs updating.
 */
export function searchKeyUid(prefix: string): string {
  const hex = createHash('sha256').update(`kunskapsnavet-search-key:${prefix}`).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found';
}

async function findKey(client: Meilisearch, uid: string): Promise<Key | null> {
  try {
    return await client.getKey(uid);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/**
 * Creates, or returns the existing, search-only key for the content indexes of `prefix`: action
 * `search` only, indexes `<prefix>_*` only (which includes the temp indexes of a reindex, harmlessly).
 * A key with the right uid but other rights (edited by hand) is replaced, since rights cannot be updated.
 * Needs a client with the master key.
 */
export async function ensureSearchKey(client: Meilisearch, options: { prefix?: string } = {}): Promise<SearchKey> {
  const prefix = options.prefix ?? DEFAULT_INDEX_PREFIX;
  const uid = searchKeyUid(prefix);
  const indexes = [indexPattern(prefix)];
  const existing = await findKey(client, uid);
  if (existing && sameSet(existing.actions, ['search']) && sameSet(existing.indexes, indexes) && !existing.expiresAt) {
    return { uid, key: existing.key, indexes };
  }
  if (existing) await client.deleteKey(uid);
  const created = await client.createKey({
    uid,
    name: `kunskapsnavet-search-${prefix}`,
    description: `Search-only key for the ${indexes[0]} indexes (site server routes)`,
    actions: ['search'],
    indexes,
    expiresAt: null,
  });
  return { uid, key: created.key, indexes };
}
