import { chosenOption } from './validate.ts';
import { DIMENSIONS, type Answers, type Band, type CheckDefinition, type DimensionScore } from './types.ts';

/** Upper bounds (exclusive) of the bands: below 40 a firm is starting, below 70 developing, else established. */
export const BAND_LIMITS = { starting: 40, developing: 70 } as const;

export function bandOf(score: number): Band {
  if (score < BAND_LIMITS.starting) return 'starting';
  if (score < BAND_LIMITS.developing) return 'developing';
  return 'established';
}

/** One score per dimension, in DIMENSIONS order: the mean of the chosen options' points, rounded to an integer. */
export function scoreAnswers(check: CheckDefinition, answers: Answers): DimensionScore[] {
  return DIMENSIONS.map((dimension) => {
    const points = check.questions
      .filter((q) => q.kind === 'maturity' && q.dimension === dimension)
      .map((q) => chosenOption(q, answers)?.score)
      .filter((s): s is number => typeof s === 'number');
    if (points.length === 0) return { dimension, score: null, band: null };
    const score = Math.round(points.reduce((a, b) => a + b, 0) / points.length);
    return { dimension, score, band: bandOf(score) };
  });
}
