import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/lib/stats.ts';

describe('percentile (nearest rank)', () => {
  it.each([
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5], 95, 5],
    [[5, 1, 4, 2, 3], 50, 3],
    [[10], 95, 10],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0, 1],
  ])('%j p%i = %i', (values, p, expected) => expect(percentile(values, p)).toBe(expected));

  it('is NaN for no values', () => expect(percentile([], 50)).toBeNaN());
});
