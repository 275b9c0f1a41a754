import type { AggregateInput, Dimension } from '@kunskapsnavet/needs';
import { describe, expect, it } from 'vitest';
import { overviewCsv } from '../../src/needs/overview/csv';
import { baseIsSafe, buildOverview } from '../../src/needs/overview/figures';
import { overviewParams, periodRange, type OverviewParams } from '../../src/needs/overview/params';

const K = 5;

function rows(count: number, context: Partial<AggregateInput['context']>, month = '2026-05', needs: Dimension[] = ['skills']): AggregateInput[] {
  return Array.from({ length: count }, (_, i) => ({
    context: { industry: null, size: null, municipality: null, goal: null, ...context },
    scores: { strategy: 40 + i, skills: 20 },
    needs,
    submittedAt: `${month}-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00.000Z`,
  }));
}

/** 26 crafted responses: Arjeplog 4, Umeå 12 (8 food, 4 tourism), Luleå 9 (5 sole, 4 2_9) and one retail firm in Luleå. */
const DATA: AggregateInput[] = [
  ...rows(4, { municipality: 'arjeplog', industry: 'food' }, '2026-03'),
  ...rows(8, { municipality: 'umea', industry: 'food', size: 'sole' }, '2026-05'),
  ...rows(4, { municipality: 'umea', industry: 'tourism', size: 'sole' }, '2026-06'),
  ...rows(5, { municipality: 'lulea', industry: 'services', size: 'sole' }, '2026-05'),
  ...rows(4, { municipality: 'lulea', industry: 'services', size: '2_9' }, '2026-06', ['tools']),
  ...rows(1, { municipality: 'lulea', industry: 'retail', size: '2_9' }, '2026-06'),
];

const params = (query: Record<string, string>): OverviewParams => overviewParams.parse(query);

describe('buildOverview: k-anonymity on crafted filter combinations', () => {
  it.each([
    ['everything', {}, { total: 26, keys: ['all'], hidden: 0 }],
    ['a municipality with 4 responses', { municipality: 'arjeplog' }, null],
    ['two filters that narrow to 1', { municipality: 'lulea', industry: 'retail' }, null],
    ['a filter whose complement is below k (Umeå 12, Umeå+food 8: 4 others)', { municipality: 'umea', industry: 'food' }, null],
    ['a filter removing nothing', { municipality: 'umea', from: '2026-01', to: '2026-12' }, { total: 12, keys: ['all'], hidden: 0 }],
    ['a period with 4 responses', { from: '2026-03', to: '2026-03' }, null],
    ['a period whose complement is below k', { from: '2026-05', to: '2026-06' }, null],
    ['by municipality: Arjeplog withheld, and Luleå with it (one withheld group could be derived)', { groupBy: 'municipality' }, { total: 26, keys: ['umea'], hidden: 2 }],
    ['Umeå by industry: tourism (4) withheld, so food (8) too', { groupBy: 'industry', municipality: 'umea' }, { total: 12, keys: [], hidden: 2 }],
    ['Luleå by size: 2_9 (5, all of 2_9) and sole (5; 17 in all, 12 elsewhere) are both safe', { groupBy: 'size', municipality: 'lulea' }, { total: 10, keys: ['2_9', 'sole'], hidden: 0 }],
    ['sole firms by industry: food (8) and services (5); all food is 12 → 4 outside sole firms: food withheld', { groupBy: 'industry', size: 'sole' }, { total: 17, keys: [], hidden: 3 }],
    ['by size: sole 17 shown, 2_9 5 shown, unknown 4 withheld → the smallest shown withheld too', { groupBy: 'size' }, { total: 26, keys: ['sole'], hidden: 2 }],
    ['by period (quarters): Q1 (4) withheld, and Q2 (22) with it', { groupBy: 'period' }, { total: 26, keys: [], hidden: 2 }],
    ['a month is widened to its quarter: May → April–June (22; 26 in all, 4 outside): suppressed', { from: '2026-05', to: '2026-05' }, null],
  ] as const)('%s', (_what, query, expected) => {
    const overview = buildOverview(DATA, params(query), K);
    if (expected === null) {
      expect(overview).toMatchObject({ suppressed: true, total: null, groups: [], dimensions: [], hidden: null });
      return;
    }
    expect(overview.suppressed).toBe(false);
    expect(overview.total).toBe(expected.total);
    expect(overview.groups.map((g) => g.key)).toEqual(expected.keys);
    expect(overview.hidden).toBe(expected.hidden);
  });

  const MUNICIPALITIES = [undefined, 'arjeplog', 'umea', 'lulea'];
  const INDUSTRIES = [undefined, 'food', 'tourism', 'services', 'retail'];
  const SIZES = [undefined, 'sole', '2_9'];
  const PERIODS: Array<[string?, string?]> = [[], ['2026-03', '2026-03'], ['2026-05'], [undefined, '2026-05'], ['2026-05', '2026-06'], ['2026-01', '2026-12']];
  const GROUPS = ['all', 'municipality', 'industry', 'size', 'period'] as const;

  const shownCounts = (query: Record<string, string>) => {
    const overview = buildOverview(DATA, params(query), K);
    return new Map(overview.groups.map((g) => [g.key, g.n]));
  };

  it('every combination of filters and grouping: no shown group below k, nothing derivable from the total or by leaving out one filter', () => {
    let checked = 0;
    for (const municipality of MUNICIPALITIES)
      for (const industry of INDUSTRIES)
        for (const size of SIZES)
          for (const [from, to] of PERIODS)
            for (const groupBy of GROUPS) {
              const query = Object.fromEntries(Object.entries({ municipality, industry, size, from, to, groupBy }).filter(([, v]) => v)) as Record<string, string>;
              const overview = buildOverview(DATA, params(query), K);
              checked += 1;
              if (overview.suppressed) {
                expect(overview.groups).toEqual([]);
                continue;
              }
              expect(overview.total).toBeGreaterThanOrEqual(K);
              for (const group of overview.groups) expect(group.n).toBeGreaterThanOrEqual(K);
              const withheld = (overview.total ?? 0) - overview.groups.reduce((s, g) => s + g.n, 0);
              expect(withheld === 0 || withheld >= K, JSON.stringify(query)).toBe(true);
              const active = ['municipality', 'industry', 'size', 'from', 'to'].filter((f) => query[f]);
              for (let mask = 1; mask < 2 ** active.length; mask += 1) {
                const left = active.filter((_f, bit) => (mask >> bit) & 1);
                const wide = shownCounts(Object.fromEntries(Object.entries(query).filter(([key]) => !left.includes(key))));
                for (const group of overview.groups) {
                  const difference = (wide.get(group.key) ?? group.n) - group.n;
                  expect(difference === 0 || difference >= K, `${JSON.stringify(query)} without ${left}: ${group.key}`).toBe(true);
                }
              }
            }
    expect(checked).toBe(4 * 5 * 3 * 6 * 5);
  });

  it('baseIsSafe needs k responses in the base', () => {
    expect(baseIsSafe(DATA.slice(0, 4), {}, K)).toBe(false);
    expect(baseIsSafe(DATA.slice(0, 5), {}, K)).toBe(true);
  });
});

describe('overview parameters', () => {
  it.each([
    [{}, { source: 'real', groupBy: 'all' }],
    [{ source: 'synthetic', groupBy: 'period', municipality: '' }, { source: 'synthetic', groupBy: 'period' }],
    [{ from: '2026-02', to: '2026-05' }, { source: 'real', groupBy: 'all', from: '2026-01', to: '2026-06' }],
    [{ from: '2026-12', to: '2026-12' }, { source: 'real', groupBy: 'all', from: '2026-10', to: '2026-12' }],
  ])('%j → defaults, periods widened to whole quarters', (query, expected) => expect(overviewParams.parse(query)).toEqual(expected));

  it.each([{ groupBy: 'city' }, { source: 'both' }, { size: '50_249' }, { industry: 'mining' }, { from: '2026-1' }, { from: '2026-05', to: '2026-01' }, { extra: '1' }])('refuses %j', (query) => {
    expect(overviewParams.safeParse(query).success).toBe(false);
  });

  it.each([
    ['2026-01', '2026-03', { gte: '2026-01-01T00:00:00.000Z', lt: '2026-04-01T00:00:00.000Z' }],
    [undefined, '2026-12', { lt: '2027-01-01T00:00:00.000Z' }],
    [undefined, undefined, {}],
  ])('periodRange(%s, %s)', (from, to, expected) => expect(periodRange(from, to)).toEqual(expected));
});

describe('overviewCsv', () => {
  it('a header and one row per shown group; formulas defused, separators quoted', () => {
    const overview = buildOverview(DATA, params({ groupBy: 'municipality' }), K);
    const lines = overviewCsv(overview).trim().split('\r\n');
    expect(lines).toHaveLength(1 + overview.groups.length);
    expect(lines[1]).toMatch(/^umea,12,/);
    const crafted = { ...overview, groups: [{ ...overview.groups[0], key: '=HYPERLINK("x")' }] };
    expect(overviewCsv(crafted).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)",12,/);
  });

  it('a suppressed overview is the header only', () => {
    const overview = buildOverview(DATA, params({ municipality: 'arjeplog' }), K);
    expect(overviewCsv(overview).trim().split('\r\n')).toHaveLength(1);
  });
});
