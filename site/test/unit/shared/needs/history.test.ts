import { describe, expect, it } from 'vitest';
import { addCheck, compareScores, emptyHistory, findPlan, type StoredCheck } from '#shared/needs/history';

const check = (at: number, strategy: number | null, id = `plan-${at}`): StoredCheck => ({
  at,
  answers: {},
  scores: { strategy, tools: 50, skills: null, data_security: 10, automation_ai: 20, sustainability: 30 },
  recommendation: { kind: 'assembled', id, steps: [{ item: `item${at}`, dimension: 'tools', topic: null }] },
});

describe('needs history', () => {
  it('keeps the newest three checks, newest first', () => {
    let history = emptyHistory();
    for (const at of [1, 2, 3, 4]) history = addCheck(history, check(at, 10));
    expect(history.checks.map((c) => c.at)).toEqual([4, 3, 2]);
  });

  it('finds a plan by id in any kept check, and nothing for an unknown id', () => {
    const history = addCheck(addCheck(emptyHistory(), check(1, 10)), check(2, 20));
    expect(findPlan(history, 'plan-1')?.steps[0]?.item).toBe('item1');
    expect(findPlan(history, 'plan-9')).toBeNull();
  });

  it.each([
    ['no previous check', check(2, 55), undefined, null],
    ['a gain', check(2, 55), check(1, 40), 15],
    ['a drop', check(2, 25), check(1, 40), -15],
    ['no score now', check(2, null), check(1, 40), null],
    ['no score before', check(2, 40), check(1, null), null],
  ])('compares strategy with %s', (_, latest, previous, delta) => {
    const strategy = compareScores(latest, previous).find((c) => c.dimension === 'strategy');
    expect(strategy?.delta).toBe(delta);
    expect(compareScores(latest, previous)).toHaveLength(6);
  });
});
