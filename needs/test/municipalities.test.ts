import { describe, expect, it } from 'vitest';
import { findMunicipality, isContextValue, MUNICIPALITIES, municipalitySlug, OUTSIDE_REGION } from '../src/index.ts';

describe('MUNICIPALITIES', () => {
  it('lists the 14 municipalities of Norrbotten and the 15 of Västerbotten with unique slugs', () => {
    expect(MUNICIPALITIES.filter((m) => m.region === 'Norrbotten')).toHaveLength(14);
    expect(MUNICIPALITIES.filter((m) => m.region === 'Vasterbotten')).toHaveLength(15);
    expect(new Set(MUNICIPALITIES.map((m) => m.slug)).size).toBe(29);
  });

  it.each([['Överkalix', 'overkalix'], ['Åsele', 'asele'], ['Luleå', 'lulea'], ['Vännäs', 'vannas'], ['Övertorneå', 'overtornea']])('%s → %s', (name, slug) => {
    expect(municipalitySlug(name)).toBe(slug);
    expect(findMunicipality(name)?.slug).toBe(slug);
  });

  it('"another municipality" is the value outside: a valid answer, but no municipality', () => {
    expect(isContextValue('municipality', OUTSIDE_REGION)).toBe(true);
    expect(findMunicipality(OUTSIDE_REGION)).toBeUndefined();
    expect(isContextValue('municipality', 'Stockholm')).toBe(false);
  });
});
