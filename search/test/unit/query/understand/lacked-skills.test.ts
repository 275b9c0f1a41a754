import { describe, expect, it } from 'vitest';
import { dropLackedSkills } from '../../../../src/query/understand/lacked-skills.ts';

describe('dropLackedSkills', () => {
  it.each([
    ['sv', 'webbshop utan att kunna programmera', 'webbshop'],
    ['sv', 'hemsida utan att behöva kunna koda', 'hemsida'],
    ['sv', 'bokföring utan förkunskaper i ekonomi', 'bokföring'],
    ['sv', 'sälja utan att betala provision', 'sälja utan att betala provision'],
    ['sv', 'utan att kunna', 'utan att kunna'],
    ['en', 'web shop without knowing how to code', 'web shop'],
    ['en', 'a website without being able to code', 'a website'],
    ['en', 'i don\'t know how to use excel', 'i don\'t know how to use excel'],
    ['en', 'without knowing how to code', 'without knowing how to code'],
    ['en', 'selling without commission', 'selling without commission'],
  ] as const)('%s: %j → %j', (locale, q, expected) => {
    expect(dropLackedSkills(q.split(' '), locale).join(' ')).toBe(expected);
  });
});
