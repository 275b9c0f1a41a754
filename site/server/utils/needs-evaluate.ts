import {
  recommend, scoreAnswers, topNeeds,
  type Answers, type Catalogue, type CheckDefinition, type DimensionScore, type Recommendation,
} from '@kunskapsnavet/needs';
import type { StoredCheck, StoredRecommendation } from '#shared/needs/history';

/** What the browser keeps of a recommendation: the curated path's id, or the plan's id and steps with their reasons. */
export function toStoredRecommendation(recommendation: Recommendation): StoredRecommendation {
  if (recommendation.kind === 'curated') return { kind: 'curated', pathId: recommendation.path.documentId };
  return {
    kind: 'assembled',
    id: recommendation.id,
    steps: recommendation.steps.map((s) => ({ item: s.item.documentId, dimension: s.reason.dimension, topic: s.reason.topic })),
  };
}

export function scoresByDimension(scores: DimensionScore[]): StoredCheck['scores'] {
  const byDimension: StoredCheck['scores'] = { strategy: null, tools: null, skills: null, data_security: null, automation_ai: null, sustainability: null };
  for (const s of scores) byDimension[s.dimension] = s.score;
  return byDimension;
}

/**
 * A validated submission → scores, the three biggest needs and the recommended path, and what of it the browser
 * keeps. Pure: the same answers and catalogue always give the same result (the library is deterministic).
 */
export function evaluateCheck(check: CheckDefinition, answers: Answers, catalogue: Catalogue, now: number) {
  const scores = scoreAnswers(check, answers);
  const needs = topNeeds(check, answers, scores);
  const recommendation = recommend(needs, catalogue);
  const stored: StoredCheck = { at: now, answers, scores: scoresByDimension(scores), recommendation: toStoredRecommendation(recommendation) };
  return { scores, needs, recommendation, stored };
}

