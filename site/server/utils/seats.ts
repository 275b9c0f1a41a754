import { z } from 'zod';
import { cmsRest } from './cms';

const SeatsSchema = z.object({
  data: z.array(z.object({
    documentId: z.string(), seats: z.number().int(), taken: z.number().int(), left: z.number().int(),
    waitlist: z.number().int(), full: z.boolean(), open: z.boolean(),
  })),
});
export type Seats = z.infer<typeof SeatsSchema>['data'][number];

/** The CMS answers at most this many occasions per request. */
const BATCH = 100;

/**
 * Seats left per occasion (documentId → seats), read fresh from the CMS: counts change with every sign-up, so they
 * are never cached with the content. A CMS that fails here costs only the counts: the page still renders.
 */
export async function seatsOf(documentIds: readonly string[]): Promise<Map<string, Seats>> {
  const result = new Map<string, Seats>();
  const ids = [...new Set(documentIds)];
  for (let i = 0; i < ids.length; i += BATCH) {
    const answer = await cmsRest('/api/signups/seats', { query: { occasions: ids.slice(i, i + BATCH).join(',') } }).catch(() => null);
    const parsed = answer?.status === 200 ? SeatsSchema.safeParse(answer.body) : null;
    if (!parsed?.success) {
      console.error(`[site] seats not read: CMS HTTP ${answer?.status ?? 'unreachable'}`);
      continue;
    }
    for (const row of parsed.data.data) result.set(row.documentId, row);
  }
  return result;
}

/** What a card shows about seats: null when unknown. */
export function seatState(seats: Seats | undefined) {
  if (!seats) return null;
  return { left: seats.left, full: seats.full, open: seats.open, waitlist: seats.waitlist };
}
