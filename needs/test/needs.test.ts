import { describe, expect, it } from 'vitest';
import { scoreAnswers, topNeeds } from '../src/index.ts';
import { CHECK, uniform } from './fixtures/check.ts';

const needsOf = (answers: Record<string, string>) => topNeeds(CHECK, answers, scoreAnswers(CHECK, answers));

describe('topNeeds', () => {
  const table: Array<[string, Record<string, string>, string[]]> = [
    ['the three weakest dimensions, weakest first', uniform('d', { ai_use: 'a', ai_automation: 'a', data_backup: 'b', data_gdpr: 'b', skills_time: 'b' }), ['automation_ai', 'data_security', 'skills']],
    ['ties in DIMENSIONS order', uniform('a'), ['strategy', 'tools', 'skills']],
    ['the goal breaks ties', uniform('a', { goal: 'save_admin_time' }), ['tools', 'automation_ai', 'strategy']],
    ['the goal lifts a slightly stronger dimension', uniform('c', { skills_time: 'b', tools_daily: 'b', tools_cloud: 'c', goal: 'find_skills' }), ['skills', 'tools', 'strategy']],
    ['no needs when everything is strong', uniform('d'), []],
    ['fewer than three when only some are weak', uniform('d', { sust_travel: 'a', sust_energy: 'b' }), ['sustainability']],
  ];
  it.each(table)('%s', (_, answers, expected) => {
    expect(needsOf(answers).map((n) => n.dimension)).toEqual(expected);
  });

  it('names the weakest answer as the cause, with its topics and a fitting level', () => {
    const [need] = needsOf(uniform('d', { strategy_online: 'b', strategy_model: 'a' }));
    expect(need).toEqual({
      dimension: 'strategy',
      score: 17,
      because: { questionKey: 'strategy_model', optionKey: 'a' },
      topics: ['business-models', 'e-commerce', 'digital-marketing'],
      level: 'beginner',
    });
  });

  it('adds the goal’s topics to the needs it lifts', () => {
    const needs = needsOf(uniform('b', { goal: 'sell_online' }));
    expect(needs[0]).toMatchObject({ dimension: 'strategy' });
    expect(needs[0]!.topics).toContain('e-commerce');
    expect(needs.find((n) => n.dimension === 'skills')?.topics ?? []).not.toContain('e-commerce');
  });

  it('is deterministic', () => {
    const answers = uniform('b', { tools_cloud: 'a' });
    expect(needsOf(answers)).toEqual(needsOf({ ...answers }));
  });
});
