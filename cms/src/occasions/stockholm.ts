/** Occasions are stored in UTC and shown, mailed and put in calendars in Swedish time. */
export const TIME_ZONE = 'Europe/Stockholm';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Stockholm is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(at: Date): number {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant of a Stockholm wall-clock time (`2026-03-29`, `13:00`), right on both sides of a DST change. */
export function stockholmToUtc(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let guess = new Date(wall - stockholmOffsetMinutes(new Date(wall)) * 60_000);
  guess = new Date(wall - stockholmOffsetMinutes(guess) * 60_000);
  return guess;
}

/** The Stockholm calendar date (YYYY-MM-DD) of an instant, plus `days`. */
export function stockholmDate(at: Date, days = 0): string {
  const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
  const shifted = new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day) + days));
  return shifted.toISOString().slice(0, 10);
}
