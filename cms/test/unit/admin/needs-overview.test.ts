import { describe, expect, it } from 'vitest';
import { chartRows, commonestNeed } from '../../../src/admin/needs-overview/chartRows';
import { csvPath, DEFAULT_FILTERS, overviewPath, parseFilters, toSearchParams, validateFilters } from '../../../src/admin/needs-overview/filters';
import { OverviewSchema, type Overview } from '../../../src/admin/needs-overview/schema';
import { en, sv } from '../../../src/admin/needs-overview/translations';
import { DIMENSIONS, INDUSTRIES, SIZES } from '../../../src/admin/needs-overview/vocabulary';

describe('overview filters', () => {
  it.each([
    ['', DEFAULT_FILTERS],
    ['source=synthetic&groupBy=municipality', { ...DEFAULT_FILTERS, source: 'synthetic', groupBy: 'municipality' }],
    ['municipality=arjeplog&industry=tourism&size=2_9&from=2026-01&to=2026-06', { ...DEFAULT_FILTERS, municipality: 'arjeplog', industry: 'tourism', size: '2_9', from: '2026-01', to: '2026-06' }],
    // Unknown values never reach the API: they fall back to "any".
    ['source=both&groupBy=email&municipality=stockholm&industry=x&size=1000&from=2026-13&to=june', DEFAULT_FILTERS],
  ])('parses %j', (query, expected) => {
    expect(parseFilters(new URLSearchParams(query))).toEqual(expected);
  });

  it('writes only the set filters, the same for the page and the API', () => {
    const filters = { ...DEFAULT_FILTERS, source: 'synthetic' as const, groupBy: 'size' as const, industry: 'food' };
    expect(toSearchParams(filters).toString()).toBe('source=synthetic&groupBy=size&industry=food');
    expect(overviewPath(filters)).toBe('/kn-needs/overview?source=synthetic&groupBy=size&industry=food');
    expect(csvPath(filters)).toBe('/kn-needs/overview.csv?source=synthetic&groupBy=size&industry=food');
    expect(parseFilters(toSearchParams(filters))).toEqual(filters);
  });

  it.each([
    [{ from: '2026-01', to: '2026-02' }, {}],
    [{ from: '2026-1', to: '' }, { from: 'invalid' }],
    [{ from: '', to: '26-02' }, { to: 'invalid' }],
    [{ from: '2026-05', to: '2026-02' }, { to: 'order' }],
  ])('validates months %j', (months, errors) => {
    expect(validateFilters({ ...DEFAULT_FILTERS, ...months })).toEqual(errors);
  });
});

const share = (value: number) => Object.fromEntries(DIMENSIONS.map((d, i) => [d, value + i / 100]));
const overview = (groupBy: Overview['groupBy'], groups: Array<{ key: string; n: number; s: number }>, base = 0.3): Overview =>
  OverviewSchema.parse({
    k: 5, source: 'synthetic', groupBy, filters: {}, suppressed: false, total: groups.reduce((sum, g) => sum + g.n, 0), hidden: 0,
    dimensions: DIMENSIONS.map((dimension, i) => ({ dimension, needShare: (base * (i + 1)) % 1, meanScore: 50 })),
    groups: groups.map((g) => ({ key: g.key, n: g.n, needShare: share(g.s), meanScore: share(50) })),
  });
const label = { group: (key: string) => `G:${key}`, dimension: (d: string) => `D:${d}` };

describe('chart rows', () => {
  it('draws a bar per dimension for all responses, from the whole selection', () => {
    const rows = chartRows(overview('all', [{ key: 'all', n: 40, s: 0.2 }], 0.1), 'tools', label);
    expect(rows.map((r) => r.label)).toEqual(DIMENSIONS.map((d) => `D:${d}`));
    expect(rows.map((r) => r.value)).toEqual([0.1, 0.2, expect.closeTo(0.3), 0.4, 0.5, expect.closeTo(0.6)]);
  });

  it('draws a bar per group for the chosen dimension', () => {
    const data = overview('municipality', [{ key: 'arjeplog', n: 10, s: 0.1 }, { key: 'kiruna', n: 30, s: 0.5 }]);
    expect(chartRows(data, 'skills', label)).toEqual([{ label: 'G:arjeplog', value: expect.closeTo(0.12) }, { label: 'G:kiruna', value: expect.closeTo(0.52) }]);
  });

  it('defaults to the need most common in the whole selection', () => {
    // base 0.3: shares 0.3, 0.6, 0.9, 0.2, 0.5, 0.8 → skills.
    expect(commonestNeed(overview('size', []))).toBe('skills');
    expect(commonestNeed({ ...overview('size', []), suppressed: true, dimensions: [] })).toBeUndefined();
  });

  it('refuses an answer that is not the API shape', () => {
    expect(OverviewSchema.safeParse({ ...overview('all', []), groups: [{ key: 'x', n: 2, needShare: { tools: 7 }, meanScore: {} }] }).success).toBe(false);
    expect(OverviewSchema.safeParse({ ...overview('all', []), groupBy: 'email' }).success).toBe(false);
  });
});

describe('translations', () => {
  it('name every dimension, industry and size in both languages', () => {
    const keys = [...DIMENSIONS.map((d) => `kn-needs.dimension.${d}`), ...INDUSTRIES.map((i) => `kn-needs.industry.${i}`), ...SIZES.map((s) => `kn-needs.size.${s}`)];
    for (const key of keys) {
      expect(en).toHaveProperty([key]);
      expect(sv).toHaveProperty([key]);
    }
  });
});
