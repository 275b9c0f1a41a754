import { describe, expect, it } from 'vitest';
import { recommend, scoreAnswers, topNeeds, type CandidateItem, type CandidatePath, type Catalogue } from '../src/index.ts';
import { CHECK, uniform } from './fixtures/check.ts';

const item = (documentId: string, topics: string[], level: CandidateItem['level'], minutes: number | null, type: CandidateItem['type'] = 'guide'): CandidateItem => ({
  documentId,
  type,
  title: documentId,
  url: `/x/${documentId}`,
  level,
  topics,
  minutes,
});
const path = (documentId: string, topics: string[], level: CandidatePath['level'], steps: string[]): CandidatePath => ({
  documentId,
  title: documentId,
  url: `/paths/${documentId}`,
  level,
  topics,
  steps,
  totalMinutes: 120,
});

const ITEMS = [
  item('ai-intro', ['ai-automation'], 'beginner', 20),
  item('ai-deep', ['ai-automation'], 'advanced', 90, 'course-module'),
  item('ai-mid', ['ai-automation'], 'intermediate', 45, 'course-module'),
  item('backup', ['data-security'], 'beginner', 15),
  item('gdpr', ['data-security'], 'intermediate', 60, 'course-module'),
  item('shop', ['e-commerce'], 'beginner', 30),
  item('marketing', ['digital-marketing'], 'intermediate', 40, 'research-article'),
  item('tools', ['digitalisation'], 'beginner', 25),
];
const CATALOGUE: Catalogue = {
  items: ITEMS,
  paths: [path('sell-online', ['e-commerce', 'digital-marketing', 'business-models'], 'beginner', ['shop', 'marketing']), path('ai-path', ['ai-automation', 'digitalisation'], 'intermediate', ['ai-intro', 'ai-mid', 'ai-deep'])],
};

const planFor = (answers: Record<string, string>, catalogue = CATALOGUE) => {
  const needs = topNeeds(CHECK, answers, scoreAnswers(CHECK, answers));
  return { needs, recommendation: recommend(needs, catalogue) };
};

describe('recommend (answers → scores → needs → steps)', () => {
  const table: Array<[string, Record<string, string>, { kind: string; path?: string; steps?: string[]; uncovered?: string[] }]> = [
    ['weak strategy: the curated sell-online path', uniform('d', { strategy_online: 'a', strategy_model: 'a' }), { kind: 'curated', path: 'sell-online', uncovered: [] }],
    ['weak AI and tools at intermediate level: the AI path', uniform('d', { ai_use: 'b', ai_automation: 'c', tools_daily: 'b', tools_cloud: 'c' }), { kind: 'curated', path: 'ai-path' }],
    ['weak AI and security: an assembled plan, quick wins first', uniform('d', { ai_use: 'a', ai_automation: 'a', data_backup: 'a', data_gdpr: 'b' }), { kind: 'assembled', steps: ['backup', 'ai-intro', 'ai-mid', 'gdpr', 'ai-deep'], uncovered: [] }],
    ['weak sustainability (no content): uncovered, the rest still planned', uniform('d', { sust_travel: 'a', sust_energy: 'a', data_backup: 'a', data_gdpr: 'a' }), { kind: 'assembled', steps: ['backup', 'gdpr'], uncovered: ['sustainability'] }],
  ];
  it.each(table)('%s', (_, answers, expected) => {
    const { recommendation } = planFor(answers);
    expect(recommendation.kind).toBe(expected.kind);
    if (recommendation.kind === 'curated') expect(recommendation.path.documentId).toBe(expected.path);
    if (recommendation.kind === 'assembled') expect(recommendation.steps.map((s) => s.item.documentId)).toEqual(expected.steps);
    if (expected.uncovered) expect(recommendation.uncovered).toEqual(expected.uncovered);
  });

  it('gives a reason per step', () => {
    const { recommendation } = planFor(uniform('d', { ai_use: 'a', ai_automation: 'a', data_backup: 'a', data_gdpr: 'b' }));
    if (recommendation.kind !== 'assembled') throw new Error('expected a plan');
    expect(recommendation.steps.find((s) => s.item.documentId === 'backup')?.reason).toEqual({ dimension: 'data_security', topic: 'data-security' });
    expect(recommendation.steps.find((s) => s.item.documentId === 'ai-mid')?.reason).toEqual({ dimension: 'automation_ai', topic: 'ai-automation' });
  });

  it('gives curated steps the need they answer', () => {
    const { recommendation } = planFor(uniform('d', { strategy_online: 'a', strategy_model: 'a' }));
    if (recommendation.kind !== 'curated') throw new Error('expected a curated path');
    expect(recommendation.reasons).toEqual([
      { dimension: 'strategy', topic: 'e-commerce' },
      { dimension: 'strategy', topic: 'digital-marketing' },
    ]);
  });

  it('always gives the same plan and plan id for the same answers', () => {
    const answers = uniform('d', { ai_use: 'a', ai_automation: 'a', data_backup: 'a', data_gdpr: 'b' });
    const shuffled: Catalogue = { paths: [...CATALOGUE.paths].reverse(), items: [...ITEMS].reverse() };
    const a = planFor(answers).recommendation;
    const b = planFor({ ...answers }, shuffled).recommendation;
    expect(b).toEqual(a);
    if (a.kind === 'assembled') expect(a.id).toMatch(/^plan-[a-z0-9]+$/);
  });

  it('prefers what an owner can act on: a guide before a shorter research article on the same topic and level', () => {
    const answers = uniform('d', { data_backup: 'a', data_gdpr: 'a' });
    const needs = topNeeds(CHECK, answers, scoreAnswers(CHECK, answers));
    const items = [item('study', ['data-security'], 'beginner', 4, 'research-article'), item('howto', ['data-security'], 'beginner', 20)];
    const plan = recommend(needs, { paths: [], items }, { maxSteps: 1 });
    expect(plan.kind === 'assembled' && plan.steps.map((s) => s.item.documentId)).toEqual(['howto']);
  });

  it("uses a research article's level: a beginner need gets the plain article, not the conceptual one", () => {
    const answers = uniform('d', { data_backup: 'a', data_gdpr: 'a' });
    const needs = topNeeds(CHECK, answers, scoreAnswers(CHECK, answers));
    const items = [item('theory', ['data-security'], 'advanced', 3, 'research-article'), item('plain', ['data-security'], 'beginner', 6, 'research-article')];
    const plan = recommend(needs, { paths: [], items }, { maxSteps: 1 });
    expect(needs[0]?.level).toBe('beginner');
    expect(plan.kind === 'assembled' && plan.steps.map((s) => s.item.documentId)).toEqual(['plain']);
  });

  it('respects maxSteps', () => {
    const answers = uniform('a');
    const needs = topNeeds(CHECK, answers, scoreAnswers(CHECK, answers));
    const plan = recommend(needs, { paths: [], items: ITEMS }, { maxSteps: 2 });
    expect(plan.kind === 'assembled' && plan.steps.length).toBe(2);
  });

  it('falls back to the closest curated path when nothing matches the needs', () => {
    const { recommendation } = planFor(uniform('d', { sust_travel: 'a', sust_energy: 'a' }));
    expect(recommendation).toMatchObject({ kind: 'curated', fit: 0, uncovered: ['sustainability'] });
  });

  it('returns an empty plan with the need uncovered when there is no content at all', () => {
    const { recommendation } = planFor(uniform('d', { sust_travel: 'a' }), { paths: [], items: [] });
    expect(recommendation).toMatchObject({ kind: 'assembled', steps: [], uncovered: ['sustainability'] });
  });

  it('offers the deepest curated path to a firm without needs', () => {
    const { needs, recommendation } = planFor(uniform('d'));
    expect(needs).toEqual([]);
    expect(recommendation).toMatchObject({ kind: 'curated', path: { documentId: 'ai-path' }, uncovered: [] });
  });
});
