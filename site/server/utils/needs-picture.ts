import { DIMENSIONS } from '@kunskapsnavet/needs';
import { z } from 'zod';

const PictureSchema = z.object({
  suppressed: z.boolean(),
  total: z.number().int().nullable(),
  dimensions: z.array(z.object({ dimension: z.enum(DIMENSIONS), needShare: z.number().min(0).max(1), meanScore: z.number().nullable() })),
});

/**
 * The needs picture of a municipality (share of checks with each need), only when the CMS says it clears
 * k-anonymity: the CMS applies the coordinators' overview rules and answers `suppressed` otherwise. Any other answer
 * (an older CMS without the route, a failure) is no picture, never an error on the page.
 */
export async function needsPicture(municipality: string) {
  const answer = await cmsRest('/api/needs/picture', { query: { municipality } }).catch(() => null);
  const parsed = answer?.status === 200 ? PictureSchema.safeParse(answer.body) : null;
  if (!parsed?.success || parsed.data.suppressed || parsed.data.total === null) return null;
  return { total: parsed.data.total, dimensions: parsed.data.dimensions.map((d) => ({ dimension: d.dimension, percent: Math.round(d.needShare * 100) })) };
}
