import { z } from 'zod';
import { DIMENSIONS } from '../needs-overview/vocabulary';

/** The /kn-impact API's answers (cms/src/impact), checked before the page draws them. */
const count = z.number().int().nonnegative();
const dimensionChange = z.object({ dimension: z.enum(DIMENSIONS), n: count, before: z.number().nullable(), after: z.number().nullable(), change: z.number().nullable() });

export const BeforeAfterSchema = z.object({
  k: count,
  groupBy: z.enum(['all', 'municipality', 'effort']),
  suppressed: z.boolean(),
  total: count.nullable(),
  dimensions: z.array(dimensionChange),
  groups: z.array(z.object({ key: z.string(), n: count, dimensions: z.array(dimensionChange) })),
  hidden: count.nullable(),
});
export type BeforeAfter = z.infer<typeof BeforeAfterSchema>;

export const EffortsSchema = z.object({
  efforts: z.array(z.object({ documentId: z.string(), title: z.string(), effortStatus: z.string(), startsOn: z.string(), endsOn: z.string(), published: z.boolean() })),
});
export type EffortList = z.infer<typeof EffortsSchema>['efforts'];

const reach = z.object({ count: count.nullable(), shown: z.array(z.object({ key: z.string(), n: count })), hidden: count.nullable() });
const occasion = z.object({
  documentId: z.string(),
  title: z.string(),
  startsAt: z.string(),
  signups: count,
  attended: count,
  waitlisted: count,
  cancelled: count,
  minutesPerAttendant: count,
  minutesBasis: z.enum(['module', 'occasion']),
  hours: z.number().nonnegative(),
});
export const ReportSchema = z.object({
  k: count,
  effort: z.object({ documentId: z.string(), title: z.string(), startsOn: z.string(), endsOn: z.string(), published: z.boolean() }),
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  occasions: z.array(occasion),
  totals: z.object({ occasions: count, signups: count, attended: count, waitlisted: count, cancelled: count, hours: z.number().nonnegative() }),
  reach: z.object({ municipalities: reach, industries: reach }),
  beforeAfter: BeforeAfterSchema,
});
export type Report = z.infer<typeof ReportSchema>;
