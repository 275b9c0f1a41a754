import { analyse, selectSuffixes, type Analysis, type Hunspell } from './hunspell.ts';

/**
 * What the decompounder asks of a dictionary: may this form open, continue or close a compound, and
 * under which base form should the part be indexed? Each answer is null when the form may not.
 */
export interface CompoundLexicon {
  /** The base form of a compound-initial form ("affärs" → "affär"), or null. */
  begin: (form: string) => string | null;
  /** The base form of a form that may stand between two others ("tjänste" → "tjänst"), or null. */
  middle: (form: string) => string | null;
  /** The base form of a compound-final form ("modeller" → "modell"), or null. */
  end: (form: string) => string | null;
  /** The base form of any reading of the form, compound flags aside ("plattformarna" → "plattform"). */
  lemma: (form: string) => string | null;
}

/** Common prefix length, to prefer the reading closest to what was written. */
function shared(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The base form to index a part under. A bare reading wins; then the word the form is spelt from
 * with a linking "s" ("företags" → "företag", although the dictionary derives it from the verb
 * "företaga"); then the reading that keeps most of the written form ("turister" → "turist").
 */
function baseForm(hunspell: Hunspell, form: string, analyses: readonly Analysis[]): string | null {
  if (analyses.length === 0) return null;
  if (analyses.some((a) => a.rule === null)) return form;
  const unlinked = form.endsWith('s') ? form.slice(0, -1) : '';
  if (unlinked && hunspell.words.has(unlinked)) return unlinked;
  return [...analyses].sort((a, b) => shared(b.word, form) - shared(a.word, form) || a.word.length - b.word.length)[0]?.word ?? null;
}

/**
 * The compound logic of a Hunspell dictionary: a part may open a compound when the word carries the
 * COMPOUNDBEGIN flag or a linking-form rule gives it that flag (affär → affärs-, ränta → ränte-,
 * vara → varu-), and may close one when the word carries COMPOUNDEND (in any inflected form). The
 * dictionary's own compounding is what a spell checker accepts, so it is a reviewed source of which
 * words combine and with which linking letters.
 */
export function hunspellCompoundLexicon(hunspell: Hunspell): CompoundLexicon {
  const { begin, middle, end, onlyInCompound } = hunspell.compound;
  const hasAny = (text: string, flags: string) => [...flags].some((flag) => text.includes(flag));
  const initial = (flags: string) => {
    // Only rules that make a compound-initial form ("affär" → "affärs") are worth trying here.
    const linking = selectSuffixes(hunspell, (rule) => hasAny(rule.continuation, flags));
    return (form: string) => {
      const readings = analyse(hunspell, form, linking).filter((a) => hasAny(a.rule ? a.rule.continuation : a.flags, flags));
      return baseForm(hunspell, form, readings);
    };
  };
  // Forms that exist only inside compounds ("myr-") are not inflections of a word.
  const inflections = selectSuffixes(hunspell, (rule) => !rule.continuation.includes(onlyInCompound));
  return {
    begin: initial(begin),
    middle: initial(middle + begin),
    end: (form) => baseForm(hunspell, form, analyse(hunspell, form, inflections).filter((a) => a.flags.includes(end))),
    lemma: (form) => baseForm(hunspell, form, analyse(hunspell, form, inflections)),
  };
}
