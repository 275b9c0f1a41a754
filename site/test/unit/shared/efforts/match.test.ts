import { describe, expect, it } from 'vitest';
import { fitsReader, runsIn, type EffortFacts, type Reader } from '#shared/efforts/match';
import { formatPeriod } from '#shared/efforts/period';

const effort: EffortFacts = { needDimensions: ['data_security'], industries: ['retail', 'food'], municipalities: ['arjeplog', 'storuman'], status: 'open' };
const reader: Reader = { dimensions: ['tools', 'data_security'], municipality: 'arjeplog', industry: 'food' };

describe('an effort fits a needs-check result by need × municipality × industry', () => {
  it.each<[string, Partial<EffortFacts>, Partial<Reader>, boolean]>([
    ['all three match', {}, {}, true],
    ['another need', { needDimensions: ['strategy'] }, {}, false],
    ['another municipality', {}, { municipality: 'kiruna' }, false],
    ['no municipality named (or outside the region)', {}, { municipality: null }, false],
    ['another industry', {}, { industry: 'construction' }, false],
    ['an effort for every industry', { industries: [] }, { industry: 'construction' }, true],
    ['no industry named', {}, { industry: null }, true],
    ['a completed effort', { status: 'done' }, {}, false],
    ['a planned effort', { status: 'planned' }, {}, true],
  ])('%s', (_what, e, r, expected) => expect(fitsReader({ ...effort, ...e }, { ...reader, ...r })).toBe(expected));

  it('a municipality page lists the efforts that run there and are not done', () => {
    expect(runsIn(effort, 'storuman')).toBe(true);
    expect(runsIn(effort, 'kiruna')).toBe(false);
    expect(runsIn({ ...effort, status: 'done' }, 'storuman')).toBe(false);
  });
});

describe('an effort’s period', () => {
  it.each([
    ['sv', '2027-01-10', '2027-03-10', '10 januari 2027 – 10 mars 2027'],
    ['en', '2027-01-10', '2027-03-10', '10 January 2027 – 10 March 2027'],
    ['en', '2027-01-10', '2027-01-10', '10 January 2027'],
  ] as const)('%s %s–%s', (locale, from, to, text) => expect(formatPeriod(from, to, locale)).toBe(text));
});
