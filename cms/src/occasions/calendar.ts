import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { LocaleCode } from '../lib/content-types';
import type { OccasionRow } from './occasion';
import { TIME_ZONE } from './stockholm';
import { occasionUrl } from './links';
import { stockholmVtimezone, ZonedDate } from './zoned-date';

const PROD_ID = { company: 'Kunskapsnavet', product: 'Occasions', language: 'SV' };
const NAMES: Record<LocaleCode, { online: string; feed: (centre: string) => string; single: string }> = {
  sv: { online: 'På distans', feed: (c) => `${c} – tillfällen`, single: 'Tillfälle' },
  en: { online: 'Online', feed: (c) => `${c} – occasions`, single: 'Occasion' },
};

export interface CalendarOptions {
  locale: LocaleCode;
  siteUrl: string;
  /** Only for someone signed up (their mail's attachment): the online link. Public files never carry it. */
  withOnlineUrl?: boolean;
}

function addEvent(cal: ReturnType<typeof ical>, o: OccasionRow, options: CalendarOptions): void {
  const url = occasionUrl(options.siteUrl, options.locale, o.slug);
  const online = options.withOnlineUrl && o.onlineUrl ? `\n\n${NAMES[options.locale].online}: ${o.onlineUrl}` : '';
  const where = o.learningCentre ? [o.learningCentre.name, o.learningCentre.address].filter(Boolean).join(', ') : NAMES[options.locale].online;
  cal.createEvent({
    id: `occasion-${o.documentId}@kunskapsnavet`,
    start: new ZonedDate(o.startsAt),
    end: new ZonedDate(o.endsAt),
    timezone: TIME_ZONE,
    summary: o.title,
    description: `${o.description ?? ''}${online}\n\n${url}`.trim(),
    location: where,
    url,
    status: o.occasionStatus === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** One occasion as an .ics file (download, or the attachment of a mail). */
export function occasionCalendar(o: OccasionRow, options: CalendarOptions): string {
  const cal = ical({ prodId: PROD_ID, name: o.title, method: ICalCalendarMethod.PUBLISH, timezone: { name: TIME_ZONE, generator: stockholmVtimezone } });
  addEvent(cal, o, options);
  return cal.toString();
}

/** A centre's subscribable feed: its published occasions (never their online links). */
export function centreCalendar(centreName: string, occasions: OccasionRow[], options: CalendarOptions): string {
  const cal = ical({ prodId: PROD_ID, name: NAMES[options.locale].feed(centreName), timezone: { name: TIME_ZONE, generator: stockholmVtimezone }, ttl: 3600 });
  for (const o of occasions) addEvent(cal, o, { ...options, withOnlineUrl: false });
  return cal.toString();
}
