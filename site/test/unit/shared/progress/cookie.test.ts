import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress, MAX_COOKIE_BYTES } from '#shared/progress/cookie';
import type { Progress } from '#shared/progress/model';

describe('encodeProgress / decodeProgress', () => {
  it.each<[string, Progress]>([
    ['empty', { paths: {} }],
    ['one path', { paths: { abc123: { done: ['x1', 'y2'], updatedAt: 1700000000 } } }],
    ['started, nothing done', { paths: { abc123: { done: [], updatedAt: 5 } } }],
    ['two paths', { paths: { p1: { done: ['a'], updatedAt: 2 }, p2: { done: ['b', 'c'], updatedAt: 3 } } }],
  ])('round-trips %s', (_, progress) => {
    expect(decodeProgress(encodeProgress(progress))).toEqual(progress);
  });

  it('writes the newest path first', () => {
    expect(encodeProgress({ paths: { old: { done: [], updatedAt: 1 }, new: { done: ['a'], updatedAt: 2 } } })).toBe('1~new:2:a~old:1:');
  });

  it.each([
    ['not a string', 42],
    ['missing', undefined],
    ['another version', '2~p:1:a'],
    ['garbage', '%%%'],
    ['markup', '1~<script>:1:a'],
  ])('reads %s as no progress', (_, value) => {
    expect(decodeProgress(value)).toEqual({ paths: {} });
  });

  it.each([
    ['bad entry skipped, good kept', '1~p1:1:a~BAD!:x:y~p2:2:b', { p1: { done: ['a'], updatedAt: 1 }, p2: { done: ['b'], updatedAt: 2 } }],
    ['duplicates removed', '1~p1:1:a.a.b', { p1: { done: ['a', 'b'], updatedAt: 1 } }],
    ['negative time rejected', '1~p1:-1:a', {}],
  ])('%s', (_, value, paths) => {
    expect(decodeProgress(value).paths).toEqual(paths);
  });

  it('drops the least recently touched paths to stay under the cookie size', () => {
    const paths: Progress['paths'] = {};
    for (let i = 0; i < 60; i++) paths[`path${String(i).padStart(20, '0')}`] = { done: Array.from({ length: 5 }, (_, j) => `item${i}x${j}`.padEnd(24, '0')), updatedAt: i };
    const value = encodeProgress({ paths });
    expect(value.length).toBeLessThanOrEqual(MAX_COOKIE_BYTES);
    const kept = decodeProgress(value).paths;
    expect(kept[`path${String(59).padStart(20, '0')}`]).toBeDefined();
    expect(kept[`path${String(0).padStart(20, '0')}`]).toBeUndefined();
  });
});

describe('progress of an assembled plan', () => {
  it('round-trips a plan id as the path key', () => {
    const progress: Progress = { paths: { 'plan-7k2x9': { done: ['abc123'], updatedAt: 9 } } };
    expect(decodeProgress(encodeProgress(progress))).toEqual(progress);
  });

  it.each(['plan-', 'plan-UP', 'other-abc'])('rejects the key %s', (key) => {
    expect(decodeProgress(`1~${key}:1:a`).paths).toEqual({});
  });
});
