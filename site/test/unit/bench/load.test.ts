import { describe, expect, it } from 'vitest';
import { mergeSamples, summarize, type LoadSamples } from '../../../bench/load.ts';

const part = (times: number[], seconds: number, header?: Record<string, number>): LoadSamples => ({
  times, seconds, requests: times.length, errors: 0, non2xx: 0, ...(header ? { header } : {}),
});

describe('the load runs of an interleaved measurement', () => {
  it('are merged into one: every response time, the counts and the time added up', () => {
    const merged = mergeSamples([part([1, 2], 1, { miss: 2 }), part([3, 4, 5], 1, { miss: 2, hit: 1 })]);
    expect(merged).toEqual({ times: [1, 2, 3, 4, 5], seconds: 2, requests: 5, errors: 0, non2xx: 0, header: { miss: 4, hit: 1 } });
  });

  it('give percentiles over all their responses and requests per second over all their time', () => {
    const slow = part(Array.from({ length: 10 }, () => 100), 1);
    const fast = part(Array.from({ length: 90 }, () => 10), 1);
    const result = summarize(mergeSamples([slow, fast]));
    expect(result.p50).toBe(10);
    expect(result.p95).toBe(100);
    expect(result.rps).toBe(50);
    expect(result).not.toHaveProperty('header');
  });
});
