import type { H3Event } from 'h3';
import type { StoredCheck } from '#shared/needs/history';
import type { SiteLocale } from '#shared/types/locale';
import { LocaleParamsSchema } from '../graphql/common';

async function recommendationOf(event: H3Event, locale: SiteLocale, latest: StoredCheck, topicNames: Record<string, string>) {
  const rec = latest.recommendation;
  if (rec.kind === 'curated') {
    const path = (await loadPaths(locale)).find((p) => p.documentId === rec.pathId);
    if (!path) return null;
    const { title, description, url, level, totalMinutes, steps, progress } = withProgress(path, event);
    return { kind: 'curated' as const, title, description, url, level, totalMinutes, stepCount: steps.length, progress };
  }
  const { catalogue } = await loadNeedsCatalogue(locale);
  const plan = withProgress(toPlanView(rec, catalogue, locale), event);
  return {
    kind: 'assembled' as const,
    id: plan.documentId,
    totalMinutes: plan.totalMinutes,
    steps: plan.steps.map((s) => ({ ...s, reason: { dimension: s.reason.dimension, topic: s.reason.topic ? (topicNames[s.reason.topic] ?? null) : null } })),
    progress: plan.progress,
  };
}

/**
 * GET /api/needs-result?locale=sv — the reader's latest needs check, from their browser's cookie: scores with bands
 * and the change since the previous check, the three biggest needs with the answers behind them, the recommended
 * path (or assembled plan) with progress, and the learning centre in their municipality. `result: null` when this
 * browser has taken no check.
 */
export default defineEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  const history = cookieNeedsStore(event).load();
  const [latest, previous] = history.checks;
  if (!latest) return { result: null };
  const [check, content] = await Promise.all([loadCheck(locale), loadNeedsCatalogue(locale)]);
  const { needs, uncovered } = needsOf(check, latest, content.catalogue);
  const [recommendation, researchCalls] = await Promise.all([recommendationOf(event, locale, latest, content.topicNames), matchingCalls(locale, check, latest)]);
  return {
    result: {
      at: latest.at,
      previousAt: previous?.at ?? null,
      dimensions: dimensionsOf(history),
      // Without a published check the needs cannot be named (the page says so rather than "no needs").
      checkAvailable: check !== null,
      needs,
      recommendation,
      uncovered,
      researchCalls,
      efforts: await effortsForResult(locale, check, latest, needs),
      ...centreFor(check, latest, content.centres),
    },
  };
});
