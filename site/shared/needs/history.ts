import { DIMENSIONS, type Answers, type Dimension } from '@kunskapsnavet/needs';

/**
 * The needs checks this browser has taken, newest first: what the result page, the comparison with the previous
 * check and the following of an assembled plan need. Kept only in the browser (see cookie.ts); the server stores
 * none of it.
 */
export interface StoredStep {
  /** documentId of the item (same in both languages). */
  item: string;
  /** The need the step answers; null for a step that goes deeper without answering a need. */
  dimension: Dimension | null;
  topic: string | null;
}

export type StoredRecommendation =
  | { kind: 'curated'; pathId: string }
  | { kind: 'assembled'; id: string; steps: StoredStep[] };

export interface StoredCheck {
  /** Epoch seconds of the check. */
  at: number;
  answers: Answers;
  scores: Record<Dimension, number | null>;
  recommendation: StoredRecommendation;
}

export interface NeedsHistory {
  /** Newest first, at most MAX_CHECKS. */
  checks: StoredCheck[];
}

export const MAX_CHECKS = 3;

export const emptyHistory = (): NeedsHistory => ({ checks: [] });

/** Adds a check as the newest and forgets the oldest beyond MAX_CHECKS. */
export function addCheck(history: NeedsHistory, check: StoredCheck): NeedsHistory {
  return { checks: [check, ...history.checks].slice(0, MAX_CHECKS) };
}

/** An assembled plan this browser knows, by its id (the progress key of a plan), from the newest check that has it. */
export function findPlan(history: NeedsHistory, id: string): Extract<StoredRecommendation, { kind: 'assembled' }> | null {
  for (const check of history.checks) {
    if (check.recommendation.kind === 'assembled' && check.recommendation.id === id) return check.recommendation;
  }
  return null;
}

export interface ScoreChange {
  dimension: Dimension;
  score: number | null;
  /** Points since the previous check; null when either check has no score for the dimension. */
  delta: number | null;
}

/** The latest scores next to the previous check's, dimension by dimension. */
export function compareScores(latest: StoredCheck, previous: StoredCheck | undefined): ScoreChange[] {
  return DIMENSIONS.map((dimension) => {
    const score = latest.scores[dimension];
    const before = previous?.scores[dimension] ?? null;
    return { dimension, score, delta: score === null || before === null ? null : score - before };
  });
}
