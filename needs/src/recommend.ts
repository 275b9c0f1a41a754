import { LEVELS, type Level } from '@kunskapsnavet/search/vocabulary';
import type { CandidateItem, CandidatePath, Catalogue, Dimension, Need, Recommendation, StepReason } from './types.ts';

/** A curated path is recommended when its topics cover at least this share of the needs' weight. */
export const CURATED_FIT = 0.6;
export const DEFAULT_MAX_STEPS = 8;
/** Minutes assumed for an item without a duration when ordering quick wins first. */
const UNKNOWN_MINUTES = 30;
/** The first need weighs most; the third still counts. */
const RANK_WEIGHTS = [1, 0.8, 0.6];

const levelRank = (level: Level) => LEVELS.indexOf(level);
const levelDistance = (a: Level, b: Level) => Math.abs(levelRank(a) - levelRank(b));
const byId = <T extends { documentId: string }>(a: T, b: T) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);

function needWeight(need: Need, index: number): number {
  return ((100 - need.score) / 100) * (RANK_WEIGHTS[index] ?? RANK_WEIGHTS.at(-1)!);
}

function covers(topics: readonly string[], need: Need): string | null {
  return need.topics.find((t) => topics.includes(t)) ?? null;
}

/** Share (0–1) of the needs' weight that a path's topics cover, scaled down when its level is off. */
function pathFit(path: CandidatePath, needs: Need[]): number {
  const total = needs.reduce((sum, need, i) => sum + needWeight(need, i), 0);
  if (total === 0) return 0;
  const covered = needs.reduce((sum, need, i) => sum + (covers(path.topics, need) ? needWeight(need, i) : 0), 0);
  const levelFactor = [1, 0.75, 0.5][levelDistance(path.level, needs[0]!.level)]!;
  return Math.round((covered / total) * levelFactor * 1000) / 1000;
}

function reasonFor(topics: readonly string[], needs: Need[]): StepReason {
  for (const need of needs) {
    const topic = covers(topics, need);
    if (topic) return { dimension: need.dimension, topic };
  }
  return { dimension: needs[0]?.dimension ?? null, topic: null };
}

function curated(path: CandidatePath, fit: number, needs: Need[], catalogue: Catalogue): Recommendation {
  const items = new Map(catalogue.items.map((item) => [item.documentId, item]));
  return {
    kind: 'curated',
    path,
    fit,
    reasons: path.steps.map((id) => reasonFor(items.get(id)?.topics ?? path.topics, needs)),
    uncovered: needs.filter((need) => !covers(path.topics, need)).map((need) => need.dimension),
  };
}

/** FNV-1a: a short, stable id for a plan from its steps (same steps → same id, in every process). */
function planId(stepIds: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of stepIds.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `plan-${hash.toString(36)}`;
}

/**
 * What an owner can act on comes first: a guide, then a course module, then the research behind them. Without this
 * the short research articles crowd out the practical items of a plan.
 */
const TYPE_PREFERENCE: Record<CandidateItem['type'], number> = { guide: 0, 'course-module': 1, 'research-article': 2 };

/** Items for one need: matching a topic it signals, closest level first, then its strongest topic, then the most practical, then quickest. */
function itemsFor(need: Need, items: CandidateItem[]): CandidateItem[] {
  const topicRank = (item: CandidateItem) => Math.min(...item.topics.map((t) => need.topics.indexOf(t)).filter((i) => i >= 0));
  return items
    .filter((item) => covers(item.topics, need))
    .sort(
      (a, b) =>
        levelDistance(a.level, need.level) - levelDistance(b.level, need.level) ||
        topicRank(a) - topicRank(b) ||
        TYPE_PREFERENCE[a.type] - TYPE_PREFERENCE[b.type] ||
        (a.minutes ?? UNKNOWN_MINUTES) - (b.minutes ?? UNKNOWN_MINUTES) ||
        byId(a, b),
    );
}

function assembled(needs: Need[], catalogue: Catalogue, maxSteps: number): Recommendation & { kind: 'assembled' } {
  const perNeed = Math.max(1, Math.ceil(maxSteps / Math.max(1, needs.length)));
  const chosen = new Map<string, { item: CandidateItem; reason: StepReason }>();
  const uncovered: Dimension[] = [];
  for (const need of needs) {
    const matching = itemsFor(need, catalogue.items);
    if (matching.length === 0) uncovered.push(need.dimension);
    const picks = matching.filter((item) => !chosen.has(item.documentId)).slice(0, perNeed);
    for (const item of picks) {
      if (chosen.size >= maxSteps) break;
      chosen.set(item.documentId, { item, reason: { dimension: need.dimension, topic: covers(item.topics, need) } });
    }
  }
  // Quick wins first: easier levels, then shorter items; the needs' order keeps equal items stable.
  const needOrder = (d: Dimension | null) => needs.findIndex((n) => n.dimension === d);
  const steps = [...chosen.values()].sort(
    (a, b) =>
      levelRank(a.item.level) - levelRank(b.item.level) ||
      (a.item.minutes ?? UNKNOWN_MINUTES) - (b.item.minutes ?? UNKNOWN_MINUTES) ||
      needOrder(a.reason.dimension) - needOrder(b.reason.dimension) ||
      byId(a.item, b.item),
  );
  return { kind: 'assembled', id: planId(steps.map((s) => s.item.documentId)), steps, uncovered };
}

/**
 * The learning path for a set of needs: the best-fitting curated path when it covers enough of them, otherwise a
 * plan assembled from published items that match the needs' topics and level. Deterministic: the same needs and
 * catalogue always give the same recommendation. Needs that nothing matches are listed as `uncovered` (they belong
 * in the content backlog); when nothing matches at all the closest curated path is still offered.
 */
export function recommend(needs: Need[], catalogue: Catalogue, options: { maxSteps?: number } = {}): Recommendation {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  if (needs.length === 0) {
    // Nothing to fix: the deepest curated path is the next step.
    const deepest = [...catalogue.paths].sort((a, b) => levelRank(b.level) - levelRank(a.level) || byId(a, b))[0];
    return deepest ? { kind: 'curated', path: deepest, fit: 1, reasons: deepest.steps.map(() => ({ dimension: null, topic: null })), uncovered: [] } : assembled(needs, catalogue, maxSteps);
  }
  const ranked = catalogue.paths.map((path) => ({ path, fit: pathFit(path, needs) })).sort((a, b) => b.fit - a.fit || byId(a.path, b.path));
  const best = ranked[0];
  if (best && best.fit >= CURATED_FIT) return curated(best.path, best.fit, needs, catalogue);
  const plan = assembled(needs, catalogue, maxSteps);
  if (plan.steps.length === 0 && best) return curated(best.path, best.fit, needs, catalogue);
  return plan;
}
