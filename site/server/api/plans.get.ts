import { LocaleParamsSchema } from '../graphql/common';

/**
 * GET /api/plans?locale=sv — the plans this browser's needs checks assembled, with the reader's progress on each
 * ("My learning" lists the started ones next to the learning paths). A plan has no title of its own: the page
 * names it. Empty when this browser has taken no check.
 */
export default defineEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const ids = new Set(cookieNeedsStore(event).load().checks.flatMap((c) => (c.recommendation.kind === 'assembled' ? [c.recommendation.id] : [])));
  const plans = await Promise.all([...ids].map((id) => loadPlan(event, locale, id)));
  return plans.flatMap((plan) => {
    if (!plan) return [];
    const { documentId, url, steps, progress } = withProgress(plan, event);
    return [{ documentId, url, title: null, stepCount: steps.length, progress }];
  });
});
