import { describe, expect, it } from 'vitest';
import { formatMonth, formatWhen, nextMonths, stockholmDay, stockholmMonth, stockholmTime } from '#shared/occasions/time';

describe('Stockholm time across the DST changes of 2026 (29 March, 25 October)', () => {
  it.each([
    ['2026-03-28T08:00:00Z', '09:00', 'winter: UTC+1'],
    ['2026-03-29T08:00:00Z', '10:00', 'the first summer day: UTC+2'],
    ['2026-03-29T00:30:00Z', '01:30', 'just before the change'],
    ['2026-03-29T01:30:00Z', '03:30', 'just after the change (02:xx never happens)'],
    ['2026-10-24T08:00:00Z', '10:00', 'the last summer day'],
    ['2026-10-25T08:00:00Z', '09:00', 'back to winter'],
  ])('%s is %s (%s)', (iso, clock) => {
    expect(stockholmTime(iso)).toBe(clock);
  });

  it('a UTC evening is the next day (and month) in Stockholm', () => {
    expect(stockholmDay('2026-03-31T22:30:00Z')).toBe('2026-04-01');
    expect(stockholmMonth('2026-03-31T22:30:00Z')).toBe('2026-04');
    expect(stockholmMonth('2026-12-31T22:59:00Z')).toBe('2026-12');
    expect(stockholmMonth('2026-12-31T23:00:00Z')).toBe('2027-01');
  });

  it.each([
    ['sv', '2026-03-27T08:00:00Z', '2026-03-27T11:00:00Z', 'fredag 27 mars 2026, 09:00–12:00'],
    ['en', '2026-03-30T08:00:00Z', '2026-03-30T11:00:00Z', 'Monday, 30 March 2026, 10:00–13:00'],
    ['sv', '2026-10-24T15:00:00Z', '2026-10-25T09:00:00Z', 'lördag 24 oktober 2026, 17:00 – söndag 25 oktober 2026, 10:00'],
  ] as const)('formatWhen %s %s', (locale, start, end, text) => {
    expect(formatWhen(start, end, locale)).toBe(text);
  });

  it('names months in both languages', () => {
    expect(formatMonth('2026-03', 'sv')).toBe('mars 2026');
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
  });

  it('lists the coming months from the Stockholm month, over a year end', () => {
    expect(nextMonths(new Date('2026-11-30T23:30:00Z'), 3)).toEqual(['2026-12', '2027-01', '2027-02']);
  });
});
