import type { SiteLocale } from '#shared/types/locale';

const LANGUAGE: Record<SiteLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "10 januari 2027 – 10 mars 2027" for two calendar days (`2027-01-10`): dates, not instants, so no time zone shifts them. */
export function formatPeriod(startsOn: string, endsOn: string, locale: SiteLocale): string {
  const format = new Intl.DateTimeFormat(LANGUAGE[locale], { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const day = (date: string) => format.format(new Date(`${date}T12:00:00Z`));
  return startsOn === endsOn ? day(startsOn) : `${day(startsOn)} – ${day(endsOn)}`;
}
