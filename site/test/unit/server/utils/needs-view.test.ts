import type { CheckDefinition } from '@kunskapsnavet/needs';
import { describe, expect, it } from 'vitest';
import type { StoredCheck } from '#shared/needs/history';
import { centreFor, dimensionsOf, needsOf } from '../../../../server/utils/needs-view';

const CHECK: CheckDefinition = {
  documentId: 'c', locale: 'sv', slug: 's', title: 'T', intro: '',
  questions: [
    { key: 'backup', order: 1, kind: 'maturity', dimension: 'data_security', context: null, text: 'Hur tar du backup?', help: null, options: [
      { key: 'never', label: 'Aldrig', score: 0, value: null, topics: [], level: null }, { key: 'daily', label: 'Varje dag', score: 100, value: null, topics: [], level: null },
    ] },
    { key: 'municipality', order: 2, kind: 'context', dimension: null, context: 'municipality', text: 'Kommun?', help: null, options: [
      { key: 'overkalix', label: 'Överkalix', score: null, value: 'overkalix', topics: [], level: null }, { key: 'kiruna', label: 'Kiruna', score: null, value: 'kiruna', topics: [], level: null },
      { key: 'other', label: 'En annan kommun', score: null, value: 'outside', topics: [], level: null },
    ] },
  ],
};
const scores = (data_security: number | null) => ({ strategy: null, tools: null, skills: null, data_security, automation_ai: null, sustainability: null });
const check = (at: number, answers: Record<string, string>, security: number | null): StoredCheck => ({ at, answers, scores: scores(security), recommendation: { kind: 'curated', pathId: 'p1' } });
const CENTRES = [{ name: 'Lärcentrum Överkalix', municipality: 'Överkalix', url: '/larcentrum/overkalix' }];

describe('needsOf', () => {
  it('says which answer caused each need, in the words of the check', () => {
    expect(needsOf(CHECK, check(1, { backup: 'never' }, 0), { paths: [], items: [] }).needs).toEqual([
      { dimension: 'data_security', score: 0, question: 'Hur tar du backup?', answer: 'Aldrig' },
    ]);
  });

  it('lists a need nothing published answers as uncovered', () => {
    expect(needsOf(CHECK, check(1, { backup: 'never' }, 0), { paths: [], items: [] }).uncovered).toEqual(['data_security']);
  });

  it('has nothing to say without a published check', () => {
    expect(needsOf(null, check(1, { backup: 'never' }, 0), { paths: [], items: [] })).toEqual({ needs: [], uncovered: [] });
  });
});

describe('dimensionsOf', () => {
  it('gives band and change since the previous check, leaving out dimensions without a score', () => {
    expect(dimensionsOf({ checks: [check(2, {}, 55), check(1, {}, 40)] })).toEqual([{ dimension: 'data_security', score: 55, band: 'developing', delta: 15 }]);
    expect(dimensionsOf({ checks: [] })).toEqual([]);
  });
});

describe('centreFor', () => {
  it.each([
    ['a municipality with a centre', { municipality: 'overkalix' }, { municipality: 'Överkalix', municipalitySlug: 'overkalix', centre: CENTRES[0] }],
    ['one without', { municipality: 'kiruna' }, { municipality: 'Kiruna', municipalitySlug: 'kiruna', centre: null }],
    ['another municipality (outside the region)', { municipality: 'other' }, { municipality: null, municipalitySlug: null, centre: null }],
    ['no answer', {}, { municipality: null, municipalitySlug: null, centre: null }],
  ])('%s', (_, answers, expected) => {
    expect(centreFor(CHECK, check(1, { backup: 'daily', ...answers }, 100), CENTRES)).toEqual(expected);
  });
});
