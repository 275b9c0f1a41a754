import { describe, expect, it } from 'vitest';
import { bandOf, DIMENSIONS, scoreAnswers } from '../src/index.ts';
import { CHECK, uniform } from './fixtures/check.ts';

describe('scoreAnswers', () => {
  const table: Array<[string, Record<string, string>, Partial<Record<string, number>>]> = [
    ['all weakest', uniform('a'), { strategy: 0, tools: 0, sustainability: 0 }],
    ['all strongest', uniform('d'), { strategy: 100, automation_ai: 100 }],
    ['a mix within a dimension', uniform('d', { strategy_online: 'a', strategy_model: 'c' }), { strategy: 34, tools: 100 }],
    ['two middles', uniform('b', { data_backup: 'c' }), { data_security: 50, skills: 33 }],
  ];
  it.each(table)('%s', (_, answers, expected) => {
    const scores = scoreAnswers(CHECK, answers);
    expect(scores.map((s) => s.dimension)).toEqual([...DIMENSIONS]);
    for (const [dimension, score] of Object.entries(expected)) expect(scores.find((s) => s.dimension === dimension)?.score).toBe(score);
  });

  it('gives null for a dimension without answered questions', () => {
    const noSustainability = { ...CHECK, questions: CHECK.questions.filter((q) => q.dimension !== 'sustainability') };
    expect(scoreAnswers(noSustainability, uniform('c')).find((s) => s.dimension === 'sustainability')).toEqual({ dimension: 'sustainability', score: null, band: null });
  });
});

describe('bandOf', () => {
  it.each([[0, 'starting'], [39, 'starting'], [40, 'developing'], [69, 'developing'], [70, 'established'], [100, 'established']] as const)('%i → %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});
