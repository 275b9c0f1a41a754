import { describe, expect, it } from 'vitest';
import { formatMinutes, splitMinutes } from '~/composables/format/duration';

const t = (key: string, values: Record<string, number>) => `${key}:${JSON.stringify(values)}`;

describe('splitMinutes / formatMinutes', () => {
  it.each([
    [0, { h: 0, m: 0 }, 'time.minutes:{"n":0}'],
    [45, { h: 0, m: 45 }, 'time.minutes:{"n":45}'],
    [60, { h: 1, m: 0 }, 'time.hours:{"h":1}'],
    [135, { h: 2, m: 15 }, 'time.hoursMinutes:{"h":2,"m":15}'],
    [-5, { h: 0, m: 0 }, 'time.minutes:{"n":0}'],
  ])('%i minutes', (total, split, text) => {
    expect(splitMinutes(total)).toEqual(split);
    expect(formatMinutes(total, t)).toBe(text);
  });
});
