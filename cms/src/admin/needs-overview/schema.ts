import { z } from 'zod';
import { DIMENSIONS, GROUP_BY, SOURCES } from './vocabulary';

/**
 * The coordinator API's answers (cms/src/needs/overview), checked before the page uses them: a changed API shows
 * an error message instead of a half-drawn chart. Fields the page does not use are let through unchecked.
 */
const dimension = z.enum(DIMENSIONS);
const share = z.number().min(0).max(1);

export const OverviewSchema = z.object({
  k: z.number().int().positive(),
  source: z.enum(SOURCES),
  groupBy: z.enum(GROUP_BY),
  /** True when the selection could single out fewer than k firms: then no figure at all comes back. */
  suppressed: z.boolean(),
  total: z.number().int().nonnegative().nullable(),
  /** The whole selection's figures, one per dimension. */
  dimensions: z.array(z.object({ dimension, needShare: share, meanScore: z.number().nullable() })),
  groups: z.array(
    z.object({
      key: z.string(),
      n: z.number().int().nonnegative(),
      needShare: z.partialRecord(dimension, share),
      meanScore: z.partialRecord(dimension, z.number().nullable()),
    }),
  ),
  hidden: z.number().int().nonnegative().nullable(),
});
export type Overview = z.infer<typeof OverviewSchema>;
export type OverviewGroup = Overview['groups'][number];

export const BacklogSchema = z.object({
  needs: z.array(
    z.object({
      dimension,
      share: share.nullable(),
      topics: z.array(z.object({ slug: z.string(), locale: z.string(), published: z.number().int().nonnegative() })),
      publishedTotal: z.number().int().nonnegative(),
    }),
  ),
  searchMisses: z.array(z.object({ query: z.string(), locale: z.string(), count: z.number().int().nonnegative(), lastSeenAt: z.string() })),
  searchSync: z.object({ pending: z.number().int().nonnegative(), dead: z.number().int().nonnegative() }),
});
export type Backlog = z.infer<typeof BacklogSchema>;
