import { describe, expect, it } from 'vitest';
import { dimensionChange } from '../../../src/impact/before-after';
import { buildBeforeAfter, widerChangeQueries } from '../../../src/impact/change-view';
import { pairUp, type Pair, type PairRow } from '../../../src/impact/pairs';

const pair = (municipality: string, efforts: string[], before: number, after: number): Pair => ({
  municipality,
  industry: 'food',
  efforts,
  before: { strategy: before },
  after: { strategy: after },
  followUpAt: '2026-08-01T00:00:00.000Z',
});
const many = (n: number, municipality: string, efforts: string[]) => Array.from({ length: n }, (_, i) => pair(municipality, efforts, 40, 40 + i));

describe('pairUp', () => {
  const row = (pairKey: string | null, wave: string, submittedAt: string, efforts: string[] = []): PairRow => ({
    wave,
    pairKey,
    municipality: 'umea',
    industry: 'food',
    scores: { strategy: wave === 'first' ? 20 : 30, tools: 'x' },
    submittedAt,
    efforts: efforts.map((documentId) => ({ documentId })),
  });

  it('pairs a first answer with its follow-up by key; unpaired and keyless answers are left out', () => {
    const pairs = pairUp([row('a', 'first', '2026-01-01'), row('a', 'follow_up', '2026-07-01', ['e1', 'e1']), row('b', 'first', '2026-01-02'), row(null, 'follow_up', '2026-07-02')]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ municipality: 'umea', efforts: ['e1'], before: { strategy: 20, tools: null }, after: { strategy: 30 } });
  });

  it('counts a firm once when a key carries a retried follow-up (the earliest of each wave)', () => {
    const pairs = pairUp([row('a', 'first', '2026-01-01'), row('a', 'follow_up', '2026-08-01'), row('a', 'follow_up', '2026-07-01')]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].followUpAt).toBe('2026-07-01T00:00:00.000Z');
  });
});

describe('before/after figures', () => {
  it('means over the pairs that answered both times; the change is rounded from the raw means', () => {
    const pairs = [pair('umea', [], 10, 13), pair('umea', [], 11, 13), { ...pair('umea', [], 12, 0), after: { strategy: null } }];
    // Both answers: 10→13 and 11→13: before 10.5, after 13, change 2.5.
    expect(dimensionChange(pairs, 'strategy')).toEqual({ dimension: 'strategy', n: 2, before: 10.5, after: 13, change: 2.5 });
    expect(dimensionChange(pairs, 'tools')).toEqual({ dimension: 'tools', n: 0, before: null, after: null, change: null });
  });

  it('withholds groups under k and enough others (secondary suppression)', () => {
    const pairs = [...many(8, 'umea', []), ...many(5, 'skelleftea', []), ...many(3, 'lycksele', [])];
    const view = buildBeforeAfter(pairs, 'synthetic', 'municipality', {}, 5);
    expect(view.total).toBe(16);
    expect(view.groups.map((g) => g.key)).toEqual(['umea']);
    expect(view.hidden).toBe(2);
  });

  it('suppresses a view whose wider view differs by 1 to k−1 pairs (differencing)', () => {
    const pairs = [...many(6, 'umea', ['e1']), ...many(2, 'umea', [])];
    expect(buildBeforeAfter(pairs, 'synthetic', 'all', { effort: 'e1' }, 5)).toMatchObject({ suppressed: true, total: null });
    const risky = buildBeforeAfter([...pairs, ...many(5, 'skelleftea', ['e1']), ...many(5, 'lulea', [])], 'synthetic', 'municipality', { effort: 'e1' }, 5);
    // Umeå within e1 (6) vs all of Umeå (8): 2 firms outside e1 could be worked out, so Umeå is withheld, and with it
    // Skellefteå (a lone withheld group could be worked out from the total).
    expect(risky.groups).toEqual([]);
    expect(risky.hidden).toBe(2);
  });

  it('lists every wider query: each subset of the filters left out', () => {
    expect(widerChangeQueries({ municipality: 'umea', effort: 'e1' })).toEqual([{ effort: 'e1' }, { municipality: 'umea' }, {}]);
    expect(widerChangeQueries({})).toEqual([]);
  });
});
