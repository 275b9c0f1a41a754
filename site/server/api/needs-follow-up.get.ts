import { z } from 'zod';
import { LocaleSchema } from '../graphql/common';
import { FollowUpToken, followUpInfo, type FollowUpInfo } from '../utils/needs-follow-up';

const QuerySchema = z.object({ locale: LocaleSchema.default('sv'), token: FollowUpToken });

/**
 * GET /api/needs-follow-up?token=…&locale=sv — for the check page opened from the follow-up e-mail: whether the link
 * is still good (state ok / invalid / used / failed) and, if so, the efforts the owner may have taken part in.
 */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'cache-control', 'no-store');
  const query = QuerySchema.safeParse(getQuery(event));
  if (!query.success) return { state: 'invalid' } satisfies FollowUpInfo;
  return followUpInfo(query.data.token, query.data.locale);
});
