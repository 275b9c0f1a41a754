import type { Locale } from './vocabulary.ts';

/** Index names are `<prefix>_<locale>`; tests and parallel environments pass their own prefix. */
export const DEFAULT_INDEX_PREFIX = 'content';

const PREFIX_PATTERN = /^[a-zA-Z0-9_-]{1,100}$/;

/** The live index of one locale, e.g. `content_sv`. */
export function indexUid(locale: Locale, prefix: string = DEFAULT_INDEX_PREFIX): string {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new Error(`invalid index prefix "${prefix}": use 1-100 characters a-z A-Z 0-9 _ -`);
  }
  return `${prefix}_${locale}`;
}

const TEMP_MARKER = '__tmp_';

/** A fresh index built beside the live one during a reindex, e.g. `content_sv__tmp_1732680000000`. */
export function tempIndexUid(liveUid: string, stamp: number): string {
  return `${liveUid}${TEMP_MARKER}${stamp}`;
}

/** True for temp indexes left behind by an earlier reindex of this live index. */
export function isTempIndexOf(liveUid: string, uid: string): boolean {
  return uid.startsWith(`${liveUid}${TEMP_MARKER}`);
}

/** The index pattern a search-only key is restricted to: every locale of this prefix. */
export function indexPattern(prefix: string = DEFAULT_INDEX_PREFIX): string {
  return `${prefix}_*`;
}
