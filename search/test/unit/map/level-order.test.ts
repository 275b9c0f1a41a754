import { describe, expect, it } from 'vitest';
import { levelOrder } from '../../../src/map/level-order.ts';

describe('levelOrder', () => {
  it.each([
    ['beginner', 0],
    ['intermediate', 1],
    [null, 1],
    ['advanced', 2],
  ] as const)('%s → %i: beginners first, no level beside intermediate', (level, order) => {
    expect(levelOrder(level)).toBe(order);
  });
});
