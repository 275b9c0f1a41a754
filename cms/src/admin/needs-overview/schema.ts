import { z } from 'zod';
import { DIMENSIONS, GROUP_BY, SOURCES } from './vocabulary';

/**
 * The coordinator API's answers (cms/src/api/kn-needs), checked before the page uses them: a changed API shows an
 * error message instead of a half-drawn chart.
 */
const dimension = z.enum(DIMENSIONS);
const perDimension = <T extends z.ZodType>(value: T) => z.partialRecord(dimension, value);

export const OverviewSchema = z.object({
  k: z.number().int().positive(),
  source: z.enum(SOURCES),
  groupBy: z.enum(GROUP_BY),
  total: z.number().int().nonnegative().nullable(),
  dimensions: z.array(dimension),
  groups: z.array(
    z.object({
      key: z.string(),
      n: z.number().int().nonnegative(),
      needShare: perDimension(z.number().min(0).max(1)),
      meanScore: perDimension(z.number().nullable()),
    }),
  ),
  hidden: z.number().int().nonnegative(),
});
export type Overview = z.infer<typeof OverviewSchema>;
export type OverviewGroup = Overview['groups'][number];

export const BacklogSchema = z.object({
  needs: z.array(
    z.object({
      dimension,
      share: z.number().min(0).max(1).nullable(),
      topics: z.array(z.object({ slug: z.string(), published: z.number().int().nonnegative() })),
      publishedTotal: z.number().int().nonnegative(),
    }),
  ),
  searchMisses: z.array(
    z.object({ query: z.string(), locale: z.string(), count: z.number().int().nonnegative(), lastSeenAt: z.string() }),
  ),
});
export type Backlog = z.infer<typeof BacklogSchema>;
