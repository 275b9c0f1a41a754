import { describe, expect, it } from 'vitest';
import { populateShape } from '../../src/lib/populate-shape';
import { populateViolation } from '../../src/middlewares/populate-limits';

const LIMITS = { maxDepth: 3, maxEntries: 20, maxList: 100 };

describe('populateShape', () => {
  it.each([
    ['*', 1],
    ['a,b', 1],
    ['a.b.c', 3],
    [['a', 'b.c.d.e'], 4],
    [{ a: true }, 1],
    [{ a: { populate: '*' } }, 2],
    [{ a: { populate: { b: { populate: { c: { populate: 'd.e' } } } } } }, 5],
    [{ zone: { on: { 'x.y': { populate: { c: true } } } } }, 3],
  ])('%j is %i deep', (populate, depth) => expect(populateShape(populate).depth).toBe(depth));

  it('counts entries and the largest nested page', () => {
    expect(populateShape({ a: { limit: '500' }, b: { pageSize: 7, populate: 'c,d' } })).toEqual({ depth: 2, entries: 4, largestList: 500 });
    expect(populateShape({ a: { limit: '-1' } }).largestList).toBe(Number.POSITIVE_INFINITY);
  });

  it('stops walking absurd nesting', () => {
    let deep: unknown = '*';
    for (let i = 0; i < 200; i++) deep = { x: { populate: deep } };
    expect(populateShape(deep).depth).toBeGreaterThan(3);
  });
});

describe('populateViolation', () => {
  it('allows three levels and refuses four with a code', () => {
    expect(populateViolation('a.b.c', LIMITS)).toBeNull();
    expect(populateViolation('a.b.c.d', LIMITS)?.code).toBe('populate_too_deep');
  });
  it('refuses too many relations and too long nested lists', () => {
    expect(populateViolation(Array.from({ length: 21 }, (_, i) => `r${i}`), LIMITS)?.code).toBe('populate_too_wide');
    expect(populateViolation({ a: { limit: 101 } }, LIMITS)?.code).toBe('populate_list_too_large');
  });
});
