import { describe, expect, it } from 'vitest';
import { EVERYDAY_PHRASES, EVERYDAY_WORDS, preferContentWords } from '../../../../src/query/understand/everyday.ts';
import { SYNONYM_GROUPS } from '../../../../src/lexicon/index.ts';
import { LOCALES } from '../../../../src/vocabulary.ts';

describe('preferContentWords', () => {
  it.each([
    ['sv', 'webbshop programmera', 'webbutik programmera'],
    ['sv', 'hemsida', 'webbplats'],
    ['sv', 'Mejl lösenord', 'e-post lösenord'],
    ['sv', 'swish', 'swish'],
    ['en', 'webstore hackers', 'webshop security'],
    ['en', 'ship parcels', 'shipping parcels'],
    ['en', 'charging little', 'price little'],
    ['en', 'web shop code', 'webshop code'],
    ['en', 'bad Internet connection', 'bad broadband'],
    ['en', 'web', 'web'],
    ['sv', 'e post adress', 'e-post adress'],
    ['sv', 'spara kundernas mejladresser', 'spara kundernas e-postadresser'],
  ] as const)('%s: %j → %j', (locale, q, expected) => {
    expect(preferContentWords(q.split(' '), locale).join(' ')).toBe(expected);
  });

  it.each(LOCALES)('%s: every everyday word shares a synonym group with its content word, so nothing is lost', (locale) => {
    // A word is in a group when it is, or begins with, a word of one of its terms ("landsbygden", "security").
    const has = (group: readonly string[], word: string) => group.some((term) => term.split(' ').some((w) => word.startsWith(w)));
    const together = (a: string, b: string) => SYNONYM_GROUPS[locale].some((group) => has(group, a) && has(group, b));
    const pairs = [...Object.entries(EVERYDAY_WORDS[locale]), ...Object.entries(EVERYDAY_PHRASES[locale])];
    const lonely = pairs.filter(([everyday, content]) => !together(everyday, content));
    expect(lonely).toEqual([]);
  });
});
