import { describe, expect, it } from 'vitest';
import { bare, dropQuestionWords } from '../../../../src/query/understand/question-words.ts';

const words = (text: string) => text.split(' ').filter(Boolean);

describe('dropQuestionWords', () => {
  it.each([
    ['sv', 'vilket bokföringsprogram ska jag välja', 'bokföringsprogram'],
    ['sv', 'hur tar jag betalt med swish', 'betalt swish'],
    ['sv', 'webbshop utan att kunna programmera', 'webbshop programmera'],
    ['sv', 'göra en hemsida själv', 'hemsida'],
    ['sv', 'finns det nån kurs', 'kurs'],
    ['sv', 'måste jag följa gdpr?', 'gdpr?'],
    ['sv', 'vad gäller för ångerrätt', 'ångerrätt'],
    ['sv', 'Vad Kostar Det', 'Kostar'],
    ['en', 'how do i get paid with swish', 'paid swish'],
    ['en', 'which bookkeeping software should i choose', 'bookkeeping software'],
    ['en', 'does gdpr apply to a sole trader', 'gdpr sole trader'],
    ['sv', 'fick ett konstigt mejl som ville ha mitt lösenord', 'mejl lösenord'],
    ['sv', 'hur får jag fler kunder via instagram', 'kunder instagram'],
    ['sv', 'sociala medier för nybörjare', 'sociala medier'],
    ['en', 'i got a weird email asking for my password', 'email password'],
    ['en', 'web shop without knowing how to code', 'web shop code'],
    ['en', 'i do not know where to start with digital', 'start digital'],
    ['en', 'bad internet connection in the countryside', 'internet connection countryside'],
    ['sv', 'tips för att komma igång med e-handel', 'e-handel'],
    ['sv', 'var hittar jag hjälp med bokföring', 'bokföring'],
    ['en', 'any tips for getting started with social media', 'social media'],
    ['en', 'where do i find help with bookkeeping', 'bookkeeping'],
    ['en', 'am i allowed to store customer emails', 'store customer emails'],
    ['en', 'why is going digital so hard', 'going digital hard'],
    ['sv', 'starka lösenord', 'lösenord'],
    ['sv', 'ett bra och enkelt kassasystem', 'kassasystem'],
    ['en', 'a good and simple till system', 'till system'],
    ['en', 'strong passwords', 'passwords'],
    ['en', 'which products sell best in my shop', 'products sell best shop'],
    ['sv', 'vilka produkter säljer bäst hos mig', 'produkter säljer'],
  ] as const)('%s: %j → %j', (locale, q, expected) => {
    expect(dropQuestionWords(words(q), locale).join(' ')).toBe(expected);
  });

  it('keeps a query of nothing but question words as typed, unless a place was named', () => {
    expect(dropQuestionWords(words('vad finns det'), 'sv')).toEqual(['vad', 'finns', 'det']);
    expect(dropQuestionWords(words('vad finns det'), 'sv', true)).toEqual([]);
  });

  it.each([['Swish?', 'swish'], ['"gdpr"', 'gdpr'], ['e-post,', 'e-post'], ['...', '']])('bare(%j) = %j', (word, expected) => {
    expect(bare(word)).toBe(expected);
  });
});
