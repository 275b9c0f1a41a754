import { describe, expect, it } from 'vitest';
import { isoDurationMs, slowestSteps, untracedMs } from '../../src/bench/batch-trace.ts';
import { newArticle } from '../../src/bench/new-text.ts';
import { lagChart, scaleChart } from '../../src/bench/svg.ts';

describe('bench helpers', () => {
  it('reads Meilisearch durations and finds the slowest leaf steps and the untraced rest', () => {
    expect(isoDurationMs('PT0.5S')).toBe(500);
    expect(isoDurationMs('PT1M2.5S')).toBe(62_500);
    const steps = { 'processing tasks > indexing': 100, 'processing tasks > indexing > a': 30, 'processing tasks > indexing > a > x': 25, 'processing tasks > indexing > b': 10 };
    expect(slowestSteps(steps, 2)).toEqual([['processing tasks > indexing > a > x', 25], ['processing tasks > indexing > b', 10]]);
    expect(untracedMs(steps)).toBe(60);
  });

  it('brand-new articles are 2,000–6,000 characters, deterministic, and carry a word of their own', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 40; n += 1) {
      const article = newArticle(n, 1);
      const text = article.paragraphs.join('\n\n');
      expect(text.length).toBeGreaterThanOrEqual(2000);
      expect(text.length).toBeLessThanOrEqual(6500);
      expect(text).toContain(article.marker);
      expect(newArticle(n, 1)).toEqual(article);
      seen.add(article.marker);
    }
    expect(seen.size).toBe(40);
  });

  it('charts are small standalone SVG', () => {
    const lag = lagChart('t', [{ label: 'a', values: [100, 200, 1500] }], 1000);
    expect(lag).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(lag).toContain('target 1000 ms');
    expect(scaleChart('s', [{ x: 10_000, values: { p95: 5 } }, { x: 50_000, values: { p95: 7 } }], { p95: 'ms' })).toContain('50k');
  });
});
