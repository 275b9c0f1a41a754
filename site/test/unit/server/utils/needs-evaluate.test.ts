import type { Catalogue, CheckDefinition, CheckQuestion } from '@kunskapsnavet/needs';
import { describe, expect, it } from 'vitest';
import { evaluateCheck, scoresByDimension, toStoredRecommendation } from '../../../../server/utils/needs-evaluate';
import { toPlanView } from '../../../../server/utils/plans';

const option = (key: string, score: number, topics: string[] = []) => ({ key, label: key.toUpperCase(), score, value: null, topics, level: null });
const question = (key: string, dimension: CheckQuestion['dimension'], order: number, topics: string[]): CheckQuestion => ({
  key, order, kind: 'maturity', dimension, context: null, text: `${key}?`, help: null, options: [option('low', 0, topics), option('high', 100)],
});
const CHECK: CheckDefinition = {
  documentId: 'check1', locale: 'sv', slug: 'behovskoll', title: 'Behovskoll', intro: '',
  questions: [question('backup', 'data_security', 1, ['security']), question('ai', 'automation_ai', 2, ['ai'])],
};
const item = (documentId: string, topics: string[], minutes: number) => ({ documentId, type: 'guide' as const, title: documentId, url: `/guider/${documentId}`, level: 'beginner' as const, topics, minutes });
const CATALOGUE: Catalogue = { paths: [], items: [item('guidebackup01', ['security'], 10), item('guideai00001', ['ai'], 20)] };

describe('evaluateCheck', () => {
  it('keeps an assembled plan as its id and steps with the need each answers', () => {
    const { stored, recommendation } = evaluateCheck(CHECK, { backup: 'low', ai: 'low' }, CATALOGUE, 1_700_000_000);
    expect(recommendation.kind).toBe('assembled');
    expect(stored.at).toBe(1_700_000_000);
    expect(stored.scores).toEqual({ strategy: null, tools: null, skills: null, data_security: 0, automation_ai: 0, sustainability: null });
    expect(stored.recommendation).toMatchObject({ kind: 'assembled', id: expect.stringMatching(/^plan-[a-z0-9]+$/) });
    expect(stored.recommendation.kind === 'assembled' && stored.recommendation.steps.map((s) => [s.item, s.dimension])).toEqual(
      expect.arrayContaining([['guidebackup01', 'data_security'], ['guideai00001', 'automation_ai']]),
    );
  });

  it('gives the same plan for the same answers', () => {
    const a = evaluateCheck(CHECK, { backup: 'low', ai: 'low' }, CATALOGUE, 1).stored.recommendation;
    const b = evaluateCheck(CHECK, { ai: 'low', backup: 'low' }, { paths: [], items: [...CATALOGUE.items].reverse() }, 2).stored.recommendation;
    expect(a).toEqual(b);
  });
});

describe('toStoredRecommendation', () => {
  it('keeps only the id of a curated path', () => {
    const path = { documentId: 'path1', title: 'P', url: '/larstigar/p', level: 'beginner' as const, topics: [], steps: ['a'], totalMinutes: 5 };
    expect(toStoredRecommendation({ kind: 'curated', path, fit: 1, reasons: [], uncovered: [] })).toEqual({ kind: 'curated', pathId: 'path1' });
  });
});

describe('scoresByDimension', () => {
  it('fills every dimension, null where the check has no question', () => {
    expect(Object.keys(scoresByDimension([]))).toHaveLength(6);
  });
});

describe('toPlanView', () => {
  it('resolves the steps in the page language, leaves out items no longer published, and links to the result page', () => {
    const plan = { id: 'plan-abc', steps: [{ item: 'guideai00001', dimension: 'automation_ai' as const, topic: 'ai' }, { item: 'gone', dimension: null, topic: null }] };
    const view = toPlanView(plan, CATALOGUE, 'en');
    expect(view).toMatchObject({ kind: 'plan', documentId: 'plan-abc', url: '/en/needs-check/result', totalMinutes: 20 });
    expect(view.steps).toEqual([{ item: { type: 'guide', documentId: 'guideai00001', title: 'guideai00001', summary: null, url: '/guider/guideai00001', minutes: 20 }, note: null, reason: { dimension: 'automation_ai', topic: 'ai' } }]);
  });
});
