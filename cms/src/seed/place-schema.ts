import { z } from 'zod';
import { LOCALE_CODES } from '../lib/content-types';
import { county, occasionFormat } from './enums';

/** The shapes of the places-and-dates seed files (cms/seed/README.md): municipalities and occasions. */
const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const bilingual = <T extends z.ZodTypeAny>(shape: T) => ({ sv: shape, en: shape });

export const municipalityFile = z.object({
  key,
  county,
  seat: z.object({ lat: z.number().min(55).max(70), lng: z.number().min(10).max(25) }),
  /** SCB's population on 31 December of `year` (cms/seed/README.md names the tables). */
  population: z.object({ count: z.number().int().positive(), year: z.number().int() }),
  ...bilingual(z.object({ name: z.string().min(1) })),
});

/** Dates are relative to the day the seed runs (Stockholm time), so the demo's occasions are always upcoming. */
export const occasionFile = z.object({
  key,
  example: z.literal(true),
  module: key.optional(),
  centre: key.optional(),
  topics: z.array(key).default([]),
  format: occasionFormat,
  seats: z.number().int().min(1),
  teachingLanguage: z.enum(LOCALE_CODES),
  startsInDays: z.number().int(),
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  durationMinutes: z.number().int().positive(),
  deadlineDaysBefore: z.number().int().min(0),
  onlineUrl: z.string().url().optional(),
  /** Past occasions only: example sign-ups created with this attendance. */
  attendance: z.object({ attended: z.number().int().min(0), noShow: z.number().int().min(0) }).optional(),
  ...bilingual(z.object({ title: z.string().min(1).max(160), priceText: z.string().max(120).optional(), description: z.string().max(4000).optional() })),
});

export type MunicipalityFile = z.infer<typeof municipalityFile>;
export type OccasionFile = z.infer<typeof occasionFile>;
