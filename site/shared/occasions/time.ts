import type { SiteLocale } from '#shared/types/locale';

/** Occasions are stored in UTC and always shown in the region's own time, whatever the reader's or server's zone. */
export const TIME_ZONE = 'Europe/Stockholm';

const LANGUAGE: Record<SiteLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

function parts(iso: string): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  return Object.fromEntries(formatter.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
}

/** The calendar day in Stockholm, e.g. `2026-03-29` (a UTC evening can be the next day there). */
export function stockholmDay(iso: string): string {
  const p = parts(iso);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The month in Stockholm, `2026-03`: what the month filter compares against. */
export function stockholmMonth(iso: string): string {
  return stockholmDay(iso).slice(0, 7);
}

/** "09:30" in Stockholm. */
export function stockholmTime(iso: string): string {
  const p = parts(iso);
  return `${p.hour}:${p.minute}`;
}

/** "tisdag 3 mars 2026" / "Tuesday 3 March 2026". */
export function formatDay(iso: string, locale: SiteLocale): string {
  return new Intl.DateTimeFormat(LANGUAGE[locale], { timeZone: TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** "mars 2026" / "March 2026" for a `2026-03` month key. */
export function formatMonth(month: string, locale: SiteLocale): string {
  // Noon UTC on the 15th is the same month in every zone.
  return new Intl.DateTimeFormat(LANGUAGE[locale], { timeZone: TIME_ZONE, month: 'long', year: 'numeric' }).format(new Date(`${month}-15T12:00:00Z`));
}

/** "tisdag 3 mars 2026, 09:00": one moment, e.g. a sign-up deadline. */
export function formatMoment(iso: string, locale: SiteLocale): string {
  return `${formatDay(iso, locale)}, ${stockholmTime(iso)}`;
}

/**
 * When an occasion runs, in Stockholm time: "tisdag 3 mars 2026, 09:00–12:00", or both days in full when it ends on
 * another day. The times are the clock on the wall in Stockholm, so a DST change between booking and the day is right.
 */
export function formatWhen(startIso: string, endIso: string, locale: SiteLocale): string {
  const start = formatMoment(startIso, locale);
  if (stockholmDay(startIso) === stockholmDay(endIso)) return `${start}–${stockholmTime(endIso)}`;
  return `${start} – ${formatMoment(endIso, locale)}`;
}

/** The next `count` months from `now` as month keys, for the month filter's choices. */
export function nextMonths(now: Date, count: number): string[] {
  const [year, month] = stockholmMonth(now.toISOString()).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = (month ?? 1) - 1 + i;
    const y = (year ?? 1970) + Math.floor(index / 12);
    return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
