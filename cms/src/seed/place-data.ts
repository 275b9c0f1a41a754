import type { LocaleCode } from '../lib/content-types';
import { stockholmDate, stockholmToUtc } from '../occasions/stockholm';
import type { MunicipalityFile, OccasionFile } from './place-schema';
import type { Resolve } from './to-data';

type Data = Record<string, unknown>;

export const municipalityData = (f: MunicipalityFile, l: LocaleCode): Data => ({
  name: f[l].name,
  slug: f.key,
  county: f.county,
  seatLat: f.seat.lat,
  seatLng: f.seat.lng,
  population: f.population.count,
  populationYear: f.population.year,
});


const HOUR = 3_600_000;

/** `now` is the moment the seed runs: dates are days from that day in Stockholm, at the file's local time. */
export function occasionData(f: OccasionFile, l: LocaleCode, resolve: Resolve, now: Date): Data {
  const startsAt = stockholmToUtc(stockholmDate(now, f.startsInDays), f.startTime);
  const endsAt = new Date(startsAt.getTime() + f.durationMinutes * 60_000);
  const signupDeadline = new Date(startsAt.getTime() - Math.max(f.deadlineDaysBefore * 24 * HOUR, HOUR));
  return {
    title: f[l].title,
    description: f[l].description,
    priceText: f[l].priceText,
    slug: f.key,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    signupDeadline: signupDeadline.toISOString(),
    format: f.format,
    seats: f.seats,
    teachingLanguage: f.teachingLanguage,
    occasionStatus: 'scheduled',
    onlineUrl: f.onlineUrl ?? null,
    learningCentre: f.centre ? resolve('learningCentre', f.centre) : null,
    courseModule: f.module ? resolve('module', f.module) : null,
    topics: f.topics.map((k) => resolve('topic', k)),
  };
}
