import { describe, expect, it } from 'vitest';
import { aggregate, anonymize, DIMENSIONS, type AggregateInput, type GroupFigures } from '../src/index.ts';

const response = (municipality: string, month: string, needs: AggregateInput['needs'] = ['tools'], score = 50): AggregateInput => ({
  context: { industry: 'tourism', size: 'sole', municipality, goal: null },
  scores: Object.fromEntries(DIMENSIONS.map((d) => [d, score])),
  needs,
  submittedAt: `${month}-15T12:00:00.000Z`,
});
const many = (count: number, make: () => AggregateInput) => Array.from({ length: count }, make);

describe('aggregate', () => {
  const rows = [...many(6, () => response('lulea', '2026-03', ['tools', 'skills'], 40)), ...many(4, () => response('umea', '2026-04', ['skills'], 70))];

  it('groups by municipality with shares and mean scores', () => {
    const groups = aggregate(rows, 'municipality');
    expect(groups.map((g) => [g.key, g.n])).toEqual([['lulea', 6], ['umea', 4]]);
    expect(groups[0]!.needShare).toMatchObject({ tools: 1, skills: 1, strategy: 0 });
    expect(groups[1]!.meanScore.tools).toBe(70);
  });

  it.each([
    ['all', [['all', 10]]],
    ['period', [['2026-Q1', 6], ['2026-Q2', 4]]],
    ['industry', [['tourism', 10]]],
  ] as const)('groups by %s', (groupBy, expected) => {
    expect(aggregate(rows, groupBy).map((g) => [g.key, g.n])).toEqual(expected);
  });

  it('puts skipped context answers in an "unknown" group', () => {
    const skipped = { ...response('x', '2026-01'), context: { industry: null, size: null, municipality: null, goal: null } };
    expect(aggregate([skipped], 'municipality')[0]!.key).toBe('unknown');
  });
});

describe('anonymize (k = 5)', () => {
  const group = (key: string, n: number): GroupFigures => ({ key, n, needShare: {} as GroupFigures['needShare'], meanScore: {} as GroupFigures['meanScore'] });
  const table: Array<[string, Array<[string, number]>, string[], number]> = [
    ['all groups large enough', [['a', 5], ['b', 9]], ['a', 'b'], 0],
    ['one small group takes the next smallest with it', [['a', 4], ['b', 6], ['c', 20]], ['c'], 2],
    ['two small groups summing to less than k take another', [['a', 1], ['b', 2], ['c', 7], ['d', 30]], ['d'], 3],
    ['two small groups summing to k or more are enough', [['a', 3], ['b', 4], ['c', 7]], ['c'], 2],
    ['a single small group with nothing else', [['a', 4]], [], 1],
    ['every group small', [['a', 1], ['b', 1], ['c', 1]], [], 3],
    ['one big group and one of size 1', [['a', 50], ['b', 1]], [], 2],
    ['no groups', [], [], 0],
  ];
  it.each(table)('%s', (_, groups, shown, hidden) => {
    const result = anonymize(groups.map(([key, n]) => group(key, n)));
    expect(result.shown.map((g) => g.key)).toEqual(shown);
    expect(result.hidden).toBe(hidden);
    expect(result.shown.every((g) => g.n >= 5)).toBe(true);
  });

  it('never lets a withheld group be derived from the total and the shown groups', () => {
    // Every combination of up to four groups of sizes 1..12: the withheld remainder is 0, or ≥ k over ≥ 2 groups.
    const sizes = [1, 2, 4, 5, 6, 12];
    for (const a of sizes) for (const b of sizes) for (const c of sizes) for (const d of sizes) {
      const groups = [group('a', a), group('b', b), group('c', c), group('d', d)];
      const { shown, hidden } = anonymize(groups);
      const remainder = a + b + c + d - shown.reduce((s, g) => s + g.n, 0);
      if (hidden > 0 && shown.length > 0) expect(hidden >= 2 && remainder >= 5).toBe(true);
    }
  });
});
