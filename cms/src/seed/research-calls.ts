import { z } from 'zod';
import type { LocaleCode } from '../lib/content-types';
import { stockholmDate } from '../occasions/stockholm';
import { callForm, callKind } from './enums';
import type { Resolve } from './to-data';

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const bilingual = <T extends z.ZodTypeAny>(shape: T) => ({ sv: shape, en: shape });

/** A research call of the demo (cms/seed/research-calls): always an example, closing days after the seed runs. */
export const researchCallFile = z.object({
  key,
  example: z.literal(true),
  researcher: key,
  callKind,
  callForm,
  closesInDays: z.number().int().min(1),
  municipalities: z.array(key).default([]),
  industries: z.array(z.string()).default([]),
  sizes: z.array(z.string()).default([]),
  contactEmail: z.email(),
  ...bilingual(
    z.object({
      title: z.string().min(1).max(160),
      summary: z.string().max(1200),
      whatItTakes: z.string().max(800),
      timeNeeded: z.string().max(120),
      whatFirmGets: z.string().max(800),
      institution: z.string().max(160),
    }),
  ),
});

export type ResearchCallFile = z.infer<typeof researchCallFile>;

export function researchCallData(f: ResearchCallFile, l: LocaleCode, resolve: Resolve, now: Date): Record<string, unknown> {
  return {
    ...f[l],
    slug: f.key,
    callKind: f.callKind,
    callForm: f.callForm,
    closesOn: stockholmDate(now, f.closesInDays),
    municipalities: f.municipalities,
    industries: f.industries,
    sizes: f.sizes,
    contactEmail: f.contactEmail,
    isExample: f.example,
    researcher: resolve('author', f.researcher),
  };
}
