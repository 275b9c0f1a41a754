import { describe, expect, it } from 'vitest';
import { emptyProgress, markDone, markUndone, mergeProgress, summarize, type Progress } from '#shared/progress/model';

const P = 'pathaaaaaaaaaa';
const withDone = (done: string[], updatedAt = 100): Progress => ({ paths: { [P]: { done, updatedAt } } });

describe('markDone / markUndone', () => {
  it.each([
    ['first step of a new path', emptyProgress(), 'a', ['a']],
    ['another step', withDone(['a']), 'b', ['a', 'b']],
    ['the same step twice', withDone(['a']), 'a', ['a']],
  ])('markDone: %s', (_, before, item, done) => {
    const after = markDone(before, P, item, 200);
    expect(after.paths[P]).toEqual({ done, updatedAt: 200 });
  });

  it.each([
    ['a done step', withDone(['a', 'b']), 'a', ['b']],
    ['a step not done', withDone(['a']), 'z', ['a']],
  ])('markUndone: %s', (_, before, item, done) => {
    expect(markUndone(before, P, item, 300).paths[P]?.done).toEqual(done);
  });

  it('markUndone on an unknown path changes nothing', () => {
    const before = emptyProgress();
    expect(markUndone(before, P, 'a', 1)).toBe(before);
  });

  it('does not mutate its input', () => {
    const before = withDone(['a']);
    markDone(before, P, 'b', 2);
    expect(before.paths[P]?.done).toEqual(['a']);
  });
});

describe('mergeProgress', () => {
  it.each([
    ['disjoint paths', { paths: { x: { done: ['a'], updatedAt: 1 } } }, { paths: { y: { done: ['b'], updatedAt: 2 } } }, { x: { done: ['a'], updatedAt: 1 }, y: { done: ['b'], updatedAt: 2 } }],
    ['same path: union, latest time', { paths: { x: { done: ['a', 'b'], updatedAt: 5 } } }, { paths: { x: { done: ['b', 'c'], updatedAt: 9 } } }, { x: { done: ['a', 'b', 'c'], updatedAt: 9 } }],
    ['one side empty', emptyProgress(), { paths: { x: { done: ['a'], updatedAt: 1 } } }, { x: { done: ['a'], updatedAt: 1 } }],
  ])('%s', (_, a, b, paths) => {
    expect(mergeProgress(a, b).paths).toEqual(paths);
  });
});

describe('summarize', () => {
  const steps = [
    { documentId: 'a', minutes: 10 },
    { documentId: 'b', minutes: 20 },
    { documentId: 'c', minutes: null },
  ];
  it.each([
    ['nothing done', [], { doneCount: 0, remainingMinutes: 30, nextIndex: 0, started: false }],
    ['first done', ['a'], { doneCount: 1, remainingMinutes: 20, nextIndex: 1, started: true }],
    ['out of order', ['b'], { doneCount: 1, remainingMinutes: 10, nextIndex: 0, started: true }],
    ['all done', ['a', 'b', 'c'], { doneCount: 3, remainingMinutes: 0, nextIndex: null, started: true }],
    ['unknown ids ignored', ['zzz'], { doneCount: 0, remainingMinutes: 30, nextIndex: 0, started: false }],
  ])('%s', (_, done, expected) => {
    expect(summarize(steps, done)).toMatchObject({ total: 3, ...expected });
  });
});
