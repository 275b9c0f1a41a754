import type { Locale } from '../vocabulary.ts';

/**
 * Plain-text hygiene for everything that ends up in a search document. NFC matters: text pasted from
 * some editors spells "å" as "a" + combining ring, which Meilisearch would index as a different word.
 * The private-use range is removed because query.ts uses two of its characters as highlight markers.
 */
const CONTROL_AND_PRIVATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000-\uF8FF]/g;

export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(CONTROL_AND_PRIVATE, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Joins text parts as paragraphs, skipping empty ones. */
export function joinParagraphs(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => cleanText(part ?? ''))
    .filter((part) => part.length > 0)
    .join('\n\n');
}

/** Cuts `text` to at most `max` characters, at the last word boundary when there is one nearby. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.search(/\s\S*$/);
  return (lastSpace > max * 0.9 ? cut.slice(0, lastSpace) : cut).trimEnd();
}

/** Swedish sorts å, ä, ö after z; '{' is the first code point after 'z', so these keys sort there too. */
const SWEDISH_TAIL: Record<string, string> = { å: 'z{a', ä: 'z{b', ö: 'z{c' };

/**
 * A key whose plain code-point order is the alphabetical order of `locale`, for sorting by title.
 * Meilisearch orders strings by their Unicode form, which puts "Så" between "Sa" and "St" (and "Åre"
 * before "Arjeplog"); Swedish readers expect å/ä/ö after z. Other accents are folded (é sorts as e, as in both languages).
 */
export function sortKey(text: string, locale: Locale): string {
  const lower = cleanText(text).toLowerCase();
  const tailed = locale === 'sv' ? lower.replace(/[åäö]/g, (c) => SWEDISH_TAIL[c] ?? c) : lower;
  return tailed.normalize('NFD').replace(/\p{M}/gu, '');
}
