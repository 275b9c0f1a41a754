/**
 * Just enough of the Hunspell format to answer "which dictionary word, with which flags, is this form
 * of?": the suffix rules of the .aff file and the words of the .dic file. Prefix rules, compound rules
 * and suggestions are not read; the decompounder (decompound.ts) applies its own compound logic using
 * the dictionary's COMPOUNDBEGIN/MIDDLE/END flags.
 */
export interface SuffixRule {
  /** The flag a word must carry for the rule to apply. */
  flag: string;
  strip: string;
  add: string;
  /** Flags the derived form carries (e.g. the linking form "affärs" may begin a compound). */
  continuation: string;
  condition: RegExp;
}

export interface Hunspell {
  /** Lower-cased word → its flags (homographs merged). */
  words: Map<string, string>;
  /** Suffix rules by the text they add, so a form is analysed by looking at its own endings. */
  suffixes: ReadonlyMap<string, readonly SuffixRule[]>;
  /** The compound flags named in the .aff file. */
  compound: { begin: string; middle: string; end: string; onlyInCompound: string; forbidden: string };
}

/** One way of reading a form: the dictionary word and, if any, the suffix rule that produced it. */
export interface Analysis {
  word: string;
  flags: string;
  rule: SuffixRule | null;
}

function directive(lines: readonly string[][], name: string): string {
  return lines.find((parts) => parts[0] === name)?.[1] ?? '';
}

function parseSuffixes(lines: readonly string[][]): Map<string, SuffixRule[]> {
  const suffixes = new Map<string, SuffixRule[]>();
  for (const parts of lines) {
    // A rule line has five fields; the header line ("SFX A Y 1") has four.
    if (parts[0] !== 'SFX' || parts.length < 5) continue;
    const [, flag = '', strip = '', addField = '', condition = '.'] = parts;
    const [add = '', continuation = ''] = addField.split('/');
    const rule: SuffixRule = {
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      continuation,
      condition: new RegExp(`${condition}$`, 'u'),
    };
    suffixes.set(rule.add, [...(suffixes.get(rule.add) ?? []), rule]);
  }
  return suffixes;
}

function parseWords(dic: string, forbidden: string): Map<string, string> {
  const words = new Map<string, string>();
  // The first line is the entry count; multi-word entries ("ad hoc") cannot be compound parts.
  for (const line of dic.split('\n').slice(1)) {
    const [rawWord = '', flags = ''] = line.trim().split('/');
    if (!rawWord || /\s/.test(rawWord) || (forbidden && flags.includes(forbidden))) continue;
    const word = rawWord.toLowerCase();
    words.set(word, (words.get(word) ?? '') + flags);
  }
  return words;
}

export function parseHunspell(aff: string, dic: string): Hunspell {
  const lines = aff.split('\n').map((line) => line.trim().split(/\s+/)).filter((parts) => parts[0] && !parts[0].startsWith('#'));
  const compound = {
    begin: directive(lines, 'COMPOUNDBEGIN'),
    middle: directive(lines, 'COMPOUNDMIDDLE'),
    end: directive(lines, 'COMPOUNDEND'),
    onlyInCompound: directive(lines, 'ONLYINCOMPOUND'),
    forbidden: directive(lines, 'FORBIDDENWORD'),
  };
  return { words: parseWords(dic, compound.forbidden), suffixes: parseSuffixes(lines), compound };
}

/** Suffix rules by the text they add; select() narrows the rules analyse() tries. */
export type SuffixIndex = ReadonlyMap<string, readonly SuffixRule[]>;

/** The subset of a dictionary's suffix rules that `keep` accepts, indexed like Hunspell.suffixes. */
export function selectSuffixes(hunspell: Hunspell, keep: (rule: SuffixRule) => boolean): SuffixIndex {
  const selected = new Map<string, SuffixRule[]>();
  for (const [add, rules] of hunspell.suffixes) {
    const kept = rules.filter(keep);
    if (kept.length > 0) selected.set(add, kept);
  }
  return selected;
}

/**
 * Every reading of `form` as a dictionary word, bare or through one suffix rule from `suffixes`:
 * "modeller" is "modell" + "er", "affärs" is "affär" + the linking "s", "myr" is "myra" less its "a".
 */
export function analyse(hunspell: Hunspell, form: string, suffixes: SuffixIndex = hunspell.suffixes): Analysis[] {
  const found: Analysis[] = [];
  const bare = hunspell.words.get(form);
  if (bare !== undefined) found.push({ word: form, flags: bare, rule: null });
  for (let cut = 0; cut < form.length; cut++) {
    const rules = suffixes.get(form.slice(form.length - cut));
    if (!rules) continue;
    for (const rule of rules) {
      const word = form.slice(0, form.length - cut) + rule.strip;
      const flags = hunspell.words.get(word);
      if (flags?.includes(rule.flag) && rule.condition.test(word)) found.push({ word, flags, rule });
    }
  }
  return found;
}
