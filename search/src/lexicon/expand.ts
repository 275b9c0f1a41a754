import type { Locale } from '../vocabulary.ts';
import { SYNONYM_GROUPS, type SynonymGroup } from './index.ts';

/**
 * Index-time synonym expansion. Meilisearch 1.21 normalises the synonyms *setting* without the
 * Swedish locale, so "nätbutik" is stored as "natbutik", while `content_sv` (localizedAttributes: swe)
 * keeps å/ä/ö in documents and queries; the setting therefore never fires for such terms. Adding every
 * term of each group found in a document to its `synonymTerms` attribute makes both directions work
 * for every group, with or without å/ä/ö.
 *
 * A term matches as a whole word, optionally followed by a common inflection ending (Swedish definite
 * and plural forms: "webbutiken", "lärcentrumet"; English plurals), since firm owners' texts inflect.
 */
const ENDINGS: Record<Locale, string> = {
  sv: '(?:s|n|t|en|et|er|ar|or|na|ns|ens|ets|erna|arna|orna|ernas|arnas)?',
  en: "(?:s|es|'s)?",
};

interface CompiledGroup {
  terms: SynonymGroup;
  pattern: RegExp;
}

const compiled = new Map<Locale, CompiledGroup[]>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: string): string {
  return term.split(/\s+/).map(escapeRegExp).join('\\s+');
}

function compile(locale: Locale): CompiledGroup[] {
  const cached = compiled.get(locale);
  if (cached) return cached;
  const groups = SYNONYM_GROUPS[locale].map((terms) => ({
    terms,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${terms.map(termPattern).join('|')})${ENDINGS[locale]}(?![\\p{L}\\p{N}])`,
      'iu',
    ),
  }));
  compiled.set(locale, groups);
  return groups;
}

/** All terms of every synonym group that occurs in `text`, sorted, without duplicates. */
export function expandSynonyms(text: string, locale: Locale): string[] {
  const found = new Set<string>();
  for (const group of compile(locale)) {
    if (group.pattern.test(text)) for (const term of group.terms) found.add(term);
  }
  return [...found].sort();
}
