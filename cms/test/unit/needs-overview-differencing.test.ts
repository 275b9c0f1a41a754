import type { AggregateInput } from '@kunskapsnavet/needs';
import { describe, expect, it } from 'vitest';
import { buildOverview } from '../../src/needs/overview/figures';
import { matches } from '../../src/needs/overview/neighbours';
import { overviewParams } from '../../src/needs/overview/params';
import { needsLib } from '../../src/needs/needs-lib';

const K = 5;
const MUNICIPALITIES = ['arjeplog', 'umea', 'lulea'] as const;
const INDUSTRIES = ['food', 'tourism', 'services'] as const;
const SIZES = ['sole', '2_9'] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/** 120 deterministic synthetic responses over 2026, skewed so that small groups and thin months exist. */
function synthetic(): AggregateInput[] {
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(values: readonly T[], weights: number[]) => {
    let r = next() * weights.reduce((a, b) => a + b, 0);
    return values.find((_v, i) => (r -= weights[i]) < 0) ?? values[values.length - 1];
  };
  return Array.from({ length: 120 }, () => ({
    context: { municipality: pick(MUNICIPALITIES, [1, 6, 5]), industry: pick(INDUSTRIES, [5, 2, 4]), size: pick(SIZES, [4, 1]), goal: null },
    scores: { skills: 50 },
    needs: ['skills'],
    submittedAt: `${pick(MONTHS, [1, 1, 4, 3, 6, 2, 1, 1, 5, 3, 1, 2])}-15T12:00:00.000Z`,
  }));
}

const popcount = (mask: bigint) => mask.toString(2).replace(/0/g, '').length;

describe('k-anonymity under differencing: every period bound × every filter × every grouping', () => {
  it('no two answers whose responses lie one inside the other differ by 1 to k−1', () => {
    const rows = synthetic();
    const maskOf = (test: (row: AggregateInput) => boolean) => rows.reduce((mask, row, i) => (test(row) ? mask | (1n << BigInt(i)) : mask), 0n);
    // Every figure shown anywhere, as the set of responses it counts (a bit mask) and its count.
    const shown = new Map<bigint, string>();
    const evaluated = new Set<string>();
    let queries = 0;
    for (const municipality of [undefined, ...MUNICIPALITIES])
      for (const industry of [undefined, ...INDUSTRIES])
        for (const size of [undefined, ...SIZES])
          for (const from of [undefined, ...MONTHS])
            for (const to of [undefined, ...MONTHS.filter((m) => !from || m >= from)])
              for (const groupBy of needsLib.GROUP_BY) {
                const params = overviewParams.parse(Object.fromEntries(Object.entries({ municipality, industry, size, from, to, groupBy }).filter(([, v]) => v)));
                queries += 1;
                const key = JSON.stringify(params);
                if (evaluated.has(key)) continue; // months that widen to the same quarters ask the same question
                evaluated.add(key);
                const overview = buildOverview(rows, params, K);
                if (overview.suppressed) continue;
                const { source: _s, groupBy: _g, ...filters } = params;
                shown.set(maskOf((row) => matches(row, filters)), `${key} total`);
                for (const group of overview.groups) shown.set(maskOf((row) => matches(row, filters) && needsLib.groupKey(row, groupBy) === group.key), `${key} ${group.key}`);
              }
    const masks = [...shown.keys()];
    const leaks: string[] = [];
    for (const a of masks)
      for (const b of masks) {
        if (a === b || (a & b) !== a) continue;
        const difference = popcount(b) - popcount(a);
        if (difference < K) leaks.push(`${shown.get(b)} − ${shown.get(a)} = ${difference}`);
      }
    console.log(`differencing: ${queries} queries (${evaluated.size} distinct after widening to quarters), ${masks.length} distinct figures shown, ${leaks.length} revealing pairs`);
    expect(leaks.slice(0, 5)).toEqual([]);
    expect(masks.length).toBeGreaterThan(10);
  }, 120_000);
});
