import { INDUSTRIES } from '@kunskapsnavet/search';
import { z } from 'zod';
import { needsLib } from '../needs/needs-lib';
import { effortStatus, partnerKind } from './enums';

/** The shapes of the efforts-and-partners seed files (cms/seed/README.md). */
const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** Demo partners are invented organisations: `example: true` is required, and they carry isExample on the site. */
export const partnerFile = z.object({
  key,
  example: z.literal(true),
  kind: partnerKind,
  municipalities: z.array(key).min(1),
  centre: key.optional(),
  contactUrl: z.string().url().optional(),
  contactEmail: z.string().email().refine((e) => e.endsWith('.example'), 'demo addresses use the reserved .example domain').optional(),
  contactPhone: z.string().optional(),
  sv: z.object({ name: z.string().min(1).max(160), description: z.string().max(2000) }),
  en: z.object({ name: z.string().min(1).max(160), description: z.string().max(2000) }),
});

/** Dates are days from the day the seed runs, like the occasions', so the demo's statuses stay plausible. */
export const effortFile = z.object({
  key,
  needDimensions: z.array(z.enum(needsLib.DIMENSIONS)).min(1),
  industries: z.array(z.enum(INDUSTRIES)).default([]),
  status: effortStatus,
  startsInDays: z.number().int(),
  endsInDays: z.number().int(),
  municipalities: z.array(key).min(1),
  path: key.optional(),
  modules: z.array(key).default([]),
  occasions: z.array(key).default([]),
  partners: z.array(key).min(1),
  sv: z.object({ title: z.string().min(1).max(160), pitch: z.string().min(1).max(1200) }),
  en: z.object({ title: z.string().min(1).max(160), pitch: z.string().min(1).max(1200) }),
});

export type PartnerFile = z.infer<typeof partnerFile>;
export type EffortFile = z.infer<typeof effortFile>;
