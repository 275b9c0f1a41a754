import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { occasionCalendar } from '../../src/occasions/calendar';
import type { OccasionRow } from '../../src/occasions/occasion';
import { stockholmDate, stockholmToUtc } from '../../src/occasions/stockholm';

const occasion = (startsAt: string, endsAt: string): OccasionRow => ({
  id: 1, documentId: 'abc123def456', locale: 'sv', title: 'Test', slug: 'test', startsAt, endsAt, signupDeadline: startsAt,
  seats: 5, format: 'hybrid', teachingLanguage: 'sv', occasionStatus: 'scheduled', onlineUrl: 'https://meet.example/x', learningCentre: null,
});

describe('Stockholm time', () => {
  it.each([
    ['2027-03-27', '13:00', '2027-03-27T12:00:00.000Z'],
    ['2027-03-29', '13:00', '2027-03-29T11:00:00.000Z'],
    ['2027-10-30', '13:00', '2027-10-30T11:00:00.000Z'],
    ['2027-11-01', '13:00', '2027-11-01T12:00:00.000Z'],
  ])('%s %s in Stockholm is %s', (date, time, utc) => expect(stockholmToUtc(date, time).toISOString()).toBe(utc));

  it('the Stockholm date of an instant late in the UTC evening is the next day', () => expect(stockholmDate(new Date('2027-01-10T23:30:00Z'))).toBe('2027-01-11'));

  it.each([['2027-03-27T12:00:00Z'], ['2027-03-29T11:00:00Z']])('the .ics says 13:00 Europe/Stockholm and parses back to %s', (iso) => {
    const ics = occasionCalendar(occasion(iso, new Date(Date.parse(iso) + 7_200_000).toISOString()), { locale: 'sv', siteUrl: 'http://site.test' });
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Stockholm:2027032\dT130000/);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).not.toContain('meet.example');
    const event = Object.values(ical.sync.parseICS(ics)).find((c) => c.type === 'VEVENT');
    if (event?.type !== 'VEVENT') throw new Error('no event');
    expect(new Date(event.start).toISOString()).toBe(new Date(iso).toISOString());
  });
});
