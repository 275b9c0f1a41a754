import { describe, expect, it } from 'vitest';
import { formatCheckDate, formatDelta, groupQuestions } from '~/composables/needs/format';

describe('formatCheckDate', () => {
  it.each([
    ['sv', 1772550000, '3 mars 2026'],
    ['en', 1772550000, '3 March 2026'],
    ['sv', 1772492400, '3 mars 2026'], // 00:00 in Stockholm is still 2 March in UTC
  ] as const)('%s %i → %s', (locale, at, text) => {
    expect(formatCheckDate(at, locale)).toBe(text);
  });
});

describe('formatDelta', () => {
  it.each([[15, '+15'], [-5, '−5'], [0, '0']])('%i → %s', (delta, text) => {
    expect(formatDelta(delta)).toBe(text);
  });
});

describe('groupQuestions', () => {
  it('groups by dimension in order of appearance, context questions together', () => {
    const q = (key: string, kind: 'maturity' | 'context', dimension: string | null) => ({ key, kind, dimension });
    const groups = groupQuestions([q('industry', 'context', null), q('s1', 'maturity', 'strategy'), q('t1', 'maturity', 'tools'), q('s2', 'maturity', 'strategy'), q('goal', 'context', null)]);
    expect(groups.map((g) => [g.key, g.questions.map((x) => x.key)])).toEqual([['context', ['industry', 'goal']], ['strategy', ['s1', 's2']], ['tools', ['t1']]]);
  });
});
