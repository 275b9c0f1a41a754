import crypto from 'node:crypto';
import { searchKeyUid } from '@kunskapsnavet/search';

/**
 * The search-only key's value without asking Meilisearch: Meilisearch derives every key as
 * HMAC-SHA256(master key, key uid) in hex, and ensureSearchKey() gives the key a fixed uid per index prefix.
 * So an operator can put MEILI_SEARCH_KEY into .env before the first start (the test checks the derivation
 * against a real Meilisearch).
 */
export function deriveSearchKey(masterKey: string, prefix: string): string {
  return crypto.createHmac('sha256', masterKey).update(searchKeyUid(prefix)).digest('hex');
}
