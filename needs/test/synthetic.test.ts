import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, syntheticAnswers, SYNTHETIC_UNTIL, validateSubmission } from '../src/index.ts';
import { CHECK } from './fixtures/check.ts';

describe('syntheticAnswers', () => {
  const responses = syntheticAnswers(CHECK, 400);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticAnswers(CHECK, 400)).toEqual(responses);
    expect(syntheticAnswers(CHECK, 50, { seed: 2 })).not.toEqual(responses.slice(0, 50));
  });

  it('gives valid submissions', () => {
    for (const { answers } of responses) expect(validateSubmission(CHECK, answers).ok).toBe(true);
  });

  it('spreads over the municipalities, with both large and small groups', () => {
    const counts = new Map<string, number>();
    for (const { answers } of responses) counts.set(answers.municipality!, (counts.get(answers.municipality!) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(MUNICIPALITIES.length - 2);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(20);
    expect(Math.min(...counts.values())).toBeLessThan(5);
  });

  it('dates every response within the year before the anchor', () => {
    const until = SYNTHETIC_UNTIL.getTime();
    for (const { submittedAt } of responses) {
      const t = Date.parse(submittedAt);
      expect(t).toBeLessThan(until);
      expect(t).toBeGreaterThan(until - 366 * 24 * 3600 * 1000);
    }
  });
});
