import { seededRandom } from '@kunskapsnavet/needs';

/**
 * Deterministic "brand-new article" text for the publish → searchable benchmark: real Swedish sentence frames
 * around invented words (place names, products, methods) that no seed or synthetic item contains, so every
 * article brings vocabulary the index has not seen, as a real news article does. Article n is always the same.
 */
const ONSETS = ['bj', 'fr', 'gr', 'kl', 'kv', 'sk', 'st', 'tr', 'v', 'h', 'l', 'm', 'n', 'r', 's', 'dr', 'sn', 'sv'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 'ia', 'ue'];
const CODAS = ['', 'n', 'rk', 'll', 'st', 'nd', 'ck', 'rn', 'lv', 'mp', 'gg', 't'];
const ENDINGS = ['en', 'et', 'arna', 'ing', 'ande', 'het', 'skap', 'are', 'ern', 'an'];

const FRAMES = [
  'Enligt {A} i {P} har {N} fått en helt ny roll för företagen längs kusten.',
  'När {A} startade {N} för tre år sedan var det få som trodde på idén.',
  'I {P} har man testat {N} tillsammans med {M} och resultatet överraskade många.',
  '– Vi märkte snabbt att {N} sparade tid varje vecka, säger {A}.',
  'Kommunen i {P} vill nu sprida {N} till fler småföretag under nästa år.',
  'Forskarna bakom studien kallar metoden {M} och beskriver den som ett enkelt första steg.',
  'Det största hindret var inte tekniken utan att hitta tid för {N} mitt i högsäsongen.',
  'Flera av de intervjuade företagarna i {P} nämner {M} som avgörande för att lyckas.',
  'Projektet finansieras delvis av {A} och ska utvärderas när {N} har använts ett helt år.',
  'Kritiker menar att {N} passar bäst för företag som redan har en fungerande webbutik.',
  'För ett enmansföretag i {P} innebar {M} att bokningarna ökade med nästan en tredjedel.',
  'Nästa steg är att koppla {N} till kassasystemet så att lagret alltid stämmer.',
];

function word(rand: () => number, syllables: number): string {
  let out = '';
  for (let s = 0; s < syllables; s += 1) {
    out += ONSETS[Math.floor(rand() * ONSETS.length)] + VOWELS[Math.floor(rand() * VOWELS.length)] + CODAS[Math.floor(rand() * CODAS.length)];
  }
  return out;
}

const capital = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

export interface NewArticle {
  /** An invented word that occurs in the title and body only: what the benchmark searches for. */
  marker: string;
  title: string;
  summary: string;
  /** Plain text paragraphs, 2,000–6,000 characters in all. */
  paragraphs: string[];
}

/** Article n (run salts it, so two runs in one index do not collide) of about 2,000–6,000 characters. */
export function newArticle(n: number, run = 0): NewArticle {
  const rand = seededRandom(1_000_003 * (run + 1) + n);
  const marker = `${word(rand, 3)}${ENDINGS[n % ENDINGS.length]}`;
  const people = Array.from({ length: 3 }, () => `${capital(word(rand, 2))} ${capital(word(rand, 2))}sson`);
  const places = Array.from({ length: 2 }, () => capital(`${word(rand, 2)}${['by', 'vik', 'sele', 'träsk', 'å'][Math.floor(rand() * 5)]}`));
  const methods = Array.from({ length: 2 }, () => `${word(rand, 2)}${ENDINGS[Math.floor(rand() * ENDINGS.length)]}`);
  const target = 2000 + Math.floor(rand() * 4000);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const sentences = Array.from({ length: 3 + Math.floor(rand() * 3) }, () =>
      FRAMES[Math.floor(rand() * FRAMES.length)]!
        .replace('{A}', people[Math.floor(rand() * people.length)]!)
        .replace('{P}', places[Math.floor(rand() * places.length)]!)
        .replace('{M}', methods[Math.floor(rand() * methods.length)]!)
        .replace('{N}', rand() < 0.5 ? marker : `${word(rand, 2)}${ENDINGS[Math.floor(rand() * ENDINGS.length)]}`),
    );
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  paragraphs[0] = `${capital(marker)} förändrar vardagen för småföretagen i ${places[0]}. ${paragraphs[0]}`;
  return { marker, title: `${capital(marker)}: så gick det till i ${places[0]}`, summary: `${people[0]} berättar hur ${marker} kom till och vad det betyder för företagen i ${places[0]} och ${places[1]}.`, paragraphs };
}
