import { describe, expect, it } from 'vitest';
import { durationMs } from '../../src/reindex-load.ts';

describe('durationMs', () => {
  it.each([
    ['PT13.696071977S', 13_696.071977],
    ['PT0.004170933S', 4.170933],
    ['PT1M2.5S', 62_500],
    ['PT1H', 3_600_000],
    [null, 0],
    ['not a duration', 0],
  ])('%s → %d ms', (iso, ms) => {
    expect(durationMs(iso)).toBeCloseTo(ms, 6);
  });
});
