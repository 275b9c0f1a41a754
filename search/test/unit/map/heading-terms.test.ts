import { describe, expect, it } from 'vitest';
import { headingTerms } from '../../../src/map/index.ts';

/** headingTerms: what lets a heading met by its stem, part or synonym rank as a heading (issue 18). */
describe('headingTerms', () => {
  it.each([
    ['sv', 'Fler kunder via sociala medier', ['kund']],
    ['sv', 'Digitala affärsmodeller för mikroföretag', ['affärsmodell', 'modell', 'företag']],
    ['sv', 'Starta en webbutik', ['webbshop']],
    ['en', 'Selling online: shipping and parcel lockers', ['locker', 'postage', 'parcel box']],
    ['en', 'GDPR for small firms', ['data protection', 'micro-firm', 'sole trader']],
  ] as const)('%s: %j carries %j', (locale, head, expected) => {
    expect(headingTerms(head, locale)).toEqual(expect.arrayContaining([...expected]));
  });
});
