import type { Locale } from '../../vocabulary.ts';
import { bare } from './question-words.ts';

/**
 * How askers say what they cannot do: "webbshop utan att kunna programmera", "web shop without knowing how to
 * code". The skill they lack is a condition on the answer, not its subject: a text about web shops for
 * beginners answers it, while a text that happens to say "programmera" (or "code": two-factor codes, QR
 * codes) does not. Matched as whole phrases, so "sälja utan provision" keeps its subject, and only after the
 * subject: "utan…"/"without…" qualifies something asked before it. Not "jag kan inte X" / "I don't know how to
 * X": there the skill is often what the asker wants to learn ("I don't know how to use Excel").
 */
const LACKS: Record<Locale, readonly (readonly string[])[]> = {
  sv: [['utan', 'att', 'kunna'], ['utan', 'att', 'behöva', 'kunna'], ['utan', 'förkunskaper', 'i']],
  en: [['without', 'knowing', 'how', 'to'], ['without', 'being', 'able', 'to'], ['without', 'any', 'knowledge', 'of']],
};

/** The words without the phrase of a lacked skill and the one word (the skill) after it. */
export function dropLackedSkills(words: readonly string[], locale: Locale): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = LACKS[locale].find((lack) => lack.every((word, j) => bare(words[i + j] ?? '') === word));
    if (phrase && i > 0 && i + phrase.length < words.length) i += phrase.length;
    else out.push(words[i]!);
  }
  return out;
}
