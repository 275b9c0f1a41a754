import { describe, expect, it } from 'vitest';
import { localeMismatch, questionProblems } from '../../src/middlewares/needs-question-rules';
import { contactBody } from '../../src/needs/contacts';
import { looksPersonal, normalizeQuery } from '../../src/needs/search-misses';

describe('search misses', () => {
  it.each([
    ['  Sälja  ONLINE\t i Arjeplog ', 'sälja online i arjeplog'],
    ['x'.repeat(150), 'x'.repeat(100)],
  ])('normalizeQuery(%j)', (q, expected) => expect(normalizeQuery(q)).toBe(expected));

  it.each([
    ['anna.berg@firma.se', true],
    ['ring 070-123 45 67', true],
    ['+46 70 123 45 67', true],
    ['19800101-1234', true],
    ['800101-1234', true],
    ['order 123456789', true],
    ['bokslut 2024', false],
    ['e-handel för hantverkare', false],
    ['gdpr', false],
    ['Anna Lindqvist', true],
    ['Arjeplog', false],
  ])('looksPersonal(%j) → %s', (q, expected) => expect(looksPersonal(q)).toBe(expected));
});

describe('needs question rules', () => {
  const maturity = { key: 'q', kind: 'maturity', dimension: 'skills' };
  it.each([
    ['a valid maturity question', { ...maturity, options: [{ key: 'a', score: 0 }, { key: 'b', score: 100 }] }, []],
    ['a missing score', { ...maturity, options: [{ key: 'a', score: 0 }, { key: 'b', score: null }] }, ['Option "b" of a maturity question needs a score from 0 to 100.']],
    ['a fractional score', { ...maturity, options: [{ key: 'a', score: 0.5 }] }, ['Option "a" of a maturity question needs a score from 0 to 100.']],
    ['repeated keys', { ...maturity, options: [{ key: 'a', score: 0 }, { key: 'a', score: 10 }] }, ['Option keys must be unique within a question: a is used more than once.']],
    ['no dimension', { key: 'q', kind: 'maturity', options: [] }, ['A maturity question needs a dimension.']],
    ['a valid municipality question', { key: 'm', kind: 'context', context: 'municipality', options: [{ key: 'arjeplog', value: 'arjeplog' }] }, []],
    ['a goal outside the vocabulary', { key: 'g', kind: 'context', context: 'goal', options: [{ key: 'x', value: 'get_rich' }] }, [expect.stringMatching(/^Option "x" needs a goal value, one of: new_customers/)]],
  ])('%s', (_what, question, problems) => expect(questionProblems(question)).toEqual(problems));

  it('languages must agree on keys, scores and values, not on labels or order', () => {
    const sv = { ...maturity, options: [{ key: 'a', score: 0 }, { key: 'b', score: 100 }] };
    expect(localeMismatch(sv, { ...maturity, options: [{ key: 'b', score: 100 }, { key: 'a', score: 0 }] }, 'en')).toEqual([]);
    expect(localeMismatch(sv, { ...maturity, options: [{ key: 'a', score: 0 }, { key: 'b', score: 90 }] }, 'en')[0]).toMatch(/the en version has \[a=0\/, b=90\/\]/);
    expect(localeMismatch(sv, { ...maturity, options: [{ key: 'a', score: 0 }] }, 'en')).toHaveLength(1);
  });
});

describe('contact request body', () => {
  const valid = { locale: 'sv', name: 'Anna', email: 'anna@firma.example', municipality: 'arjeplog', consentText: 'Jag samtycker till att lärcentrumet kontaktar mig.' };
  it.each([
    ['valid', valid, true],
    ['phone instead of e-mail', { ...valid, email: '', phone: '070-123 45 67' }, true],
    ['neither', { ...valid, email: '' }, false],
    ['bad e-mail', { ...valid, email: 'anna@' }, false],
    ['no consent', { ...valid, consentText: ' ' }, false],
    ['unknown municipality', { ...valid, municipality: 'oslo' }, false],
    ['a link to a response', { ...valid, responseId: 3 }, false],
  ])('%s', (_what, body, ok) => expect(contactBody.safeParse(body).success).toBe(ok));
});
