import { TIME_ZONE } from './stockholm';

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(at: Date, timeZone: string): Wall {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, Number(x.value)]));
  return { year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second };
}

/**
 * ical-generator writes `DTSTART;TZID=…` from a date's local getters, which for a plain Date are the server's own
 * zone. This is its documented time-zone date stub (ICalTZDateStub, as @date-fns/tz's TZDate): the getters it reads
 * give the wall clock in the requested zone, so the file says 13:00 Europe/Stockholm whatever the server's TZ.
 */
export class ZonedDate extends Date {
  readonly internal: Date;
  readonly timeZone?: string;
  private readonly wall?: Wall;

  constructor(at: Date | string, timeZone?: string) {
    super(new Date(at).getTime());
    this.internal = new Date(this.getTime());
    this.timeZone = timeZone;
    this.wall = timeZone ? wallClock(this.internal, timeZone) : undefined;
  }

  /** Part of the stub's shape (@date-fns/tz has it too): the wall-clock parts in this date's zone. */
  tzComponents(): Wall {
    return this.wall ?? wallClock(this.internal, TIME_ZONE);
  }

  withTimeZone(timeZone?: string | null): ZonedDate {
    return new ZonedDate(this.internal, timeZone ?? TIME_ZONE);
  }

  override getFullYear() {
    return this.wall ? this.wall.year : super.getFullYear();
  }
  override getMonth() {
    return this.wall ? this.wall.month - 1 : super.getMonth();
  }
  override getDate() {
    return this.wall ? this.wall.day : super.getDate();
  }
  override getHours() {
    return this.wall ? this.wall.hour : super.getHours();
  }
  override getMinutes() {
    return this.wall ? this.wall.minute : super.getMinutes();
  }
  override getSeconds() {
    return this.wall ? this.wall.second : super.getSeconds();
  }
}

/** Europe/Stockholm (EU rules since 1996: summer time from the last Sunday of March to the last Sunday of October). */
export function stockholmVtimezone(timezone: string): string | null {
  if (timezone !== TIME_ZONE) return null;
  return [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Stockholm',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
