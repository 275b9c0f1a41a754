import { STOP_WORDS } from '../../lexicon/stop-words.ts';
import type { Locale } from '../../vocabulary.ts';

/**
 * The words that frame a question rather than say what it is about: interrogatives, pronouns, modal
 * and light verbs ("göra", "finns", "funkar", "välja"), vague quantifiers and place prepositions.
 * Dropped from the query (never from documents, unlike the index's STOP_WORDS, which must stay short
 * because a stop word can never be searched for). With matchingStrategy "last" each such word would
 * otherwise decide which content words are dropped; "how do I get paid with swish" is about swish.
 */
const EXTRA: Record<Locale, readonly string[]> = {
  sv: [
    'vilket', 'vilka', 'varför', 'var', 'vem', 'vems', 'vart', 'skall', 'kunna', 'måste', 'behöver', 'behöva',
    'bör', 'borde', 'vill', 'vilja', 'får', 'fått', 'göra', 'gör', 'gjort', 'funkar', 'funka', 'fungerar',
    'finns', 'fanns', 'nån', 'någon', 'något', 'några', 'nåt', 'man', 'själv', 'själva', 'egentligen', 'typ',
    'bästa', 'bäst', 'sättet', 'fler', 'mer', 'lite', 'alla', 'allt', 'ha', 'tar', 'ta', 'tänka', 'veta',
    'vet', 'välja', 'väljer', 'nära', 'kring', 'ute', 'er', 'era',
    // How the asker feels about it or came to ask, not what it is about ("fick ett konstigt mejl").
    'fick', 'ville', 'dålig', 'dåligt', 'dåliga', 'konstig', 'konstigt', 'konstiga', 'rätt', 'sätter', 'sätta',
    'läser', 'läsa', 'driva', 'driver', 'bor', 'långt', 'via', 'följa', 'gäller',
    // A level says how deep, not what about: the level facet is for that ("sociala medier för nybörjare").
    'nybörjare', 'nybörjarnivå',
    // Asking for help rather than naming a subject ("tips för att komma igång", "var hittar jag…").
    'tips', 'hjälp', 'råd', 'komma', 'igång', 'hitta', 'hittar', 'sätt', 'enkelt', 'enklast', 'viktigt', 'viktigaste',
    // Praise asked for, not a subject: how good the thing should be ("starka lösenord", "ett bra kassasystem").
    'bra', 'bättre', 'stark', 'starka', 'starkt', 'snabb', 'snabba', 'snabbt', 'enkel', 'enkla', 'smart', 'smarta', 'smidig', 'smidigt',
  ],
  en: [
    'my', 'me', 'mine', 'myself', 'am', 'did', 'get', 'got', 'need', 'want', 'any', 'some', 'anything',
    'something', 'way', 'really', 'much', 'many', 'more', 'too', 'there', 'choose', 'know', 'near',
    'around', 'whom', 'whose', 'its', 'it\'s', 'im', 'i\'m', 'make', 'go', 'one', 'out', 'up',
    // Framing verbs and the asker's feelings ("a weird email asking for my password").
    'without', 'knowing', 'asking', 'asked', 'apply', 'applies', 'run', 'running', 'use', 'using', 'bad',
    'poor', 'weird', 'strange', 'little', 'lot', 'lots', 'able', 'possible', 'someone', 'things', 'thing', 'via', 'live',
    // Levels (the level facet) and negations ("I do not know where to start"; Swedish "inte" is a stop word).
    'beginner', 'beginners', 'not', 'don\'t', 'dont', 'cannot', 'can\'t',
    // Asking for help rather than naming a subject ("tips for getting started", "where do I find…"),
    // pronouns and contractions the index's short stop-word list leaves out.
    'tips', 'help', 'advice', 'started', 'getting', 'find', 'finding', 'easy', 'easiest', 'good', 'allowed',
    // Not "best": English writes its superlatives open ("best-selling", "best practice", where Swedish
    // closes them: "bästsäljare"), so "which products sell best" meets the content by it.
    // Praise asked for, not a subject ("strong passwords", "a good till system").
    'great', 'strong', 'quick', 'fast', 'simple', 'smart', 'nice', 'proper', 'decent',
    'he', 'she', 'his', 'her', 'him', 'yourself', 'i\'ve', 'i\'d', 'i\'ll', 'we\'re', 'you\'re', 'what\'s', 'whats',
  ],
};

/** A word as compared with the lists: lower case, without the punctuation around it ("gdpr?" → "gdpr"). */
export function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export const QUESTION_WORDS: Record<Locale, ReadonlySet<string>> = {
  sv: new Set([...STOP_WORDS.sv, ...EXTRA.sv]),
  en: new Set([...STOP_WORDS.en, ...EXTRA.en]),
};

/**
 * The words of a question that carry its subject. A query of nothing but such words ("vad finns det")
 * is kept as typed, since dropping everything would list everything, unless `mayEmpty` (the query
 * named a place, which is then all it asks for: "vad finns i Arjeplog").
 */
export function dropQuestionWords(words: readonly string[], locale: Locale, mayEmpty = false): string[] {
  const kept = words.filter((word) => !QUESTION_WORDS[locale].has(bare(word)));
  return kept.length > 0 || mayEmpty ? kept : [...words];
}
