import { describe, expect, it } from 'vitest';
import { DIMENSIONS, K_ANONYMITY } from '../src/index.ts';

describe('the needs vocabulary', () => {
  it('has the six DMA dimensions and a k of at least 5', () => {
    expect(DIMENSIONS).toHaveLength(6);
    expect(K_ANONYMITY).toBeGreaterThanOrEqual(5);
  });
});
