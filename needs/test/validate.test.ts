import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../src/index.ts';
import { CHECK, uniform } from './fixtures/check.ts';

describe('validateSubmission', () => {
  const refused: Array<[string, unknown, RegExp]> = [
    ['not an object', 'a', /must be an object/],
    ['an array', ['a'], /must be an object/],
    ['null', null, /must be an object/],
    ['an unknown question', { ...uniform('a'), nosuch: 'a' }, /unknown question "nosuch"/],
    ['a prototype key', JSON.parse(`{"__proto__": "a", ${JSON.stringify(uniform('a')).slice(1)}`), /unknown question "__proto__"/],
    ['an inherited name', { ...uniform('a'), constructor: 'a' }, /unknown question "constructor"/],
    ['a number as answer', { ...uniform('a'), tools_daily: 2 }, /"tools_daily" must be a string/],
    ['an array as answer', { ...uniform('a'), tools_daily: ['a'] }, /"tools_daily" must be a string/],
    ['an unknown option', { ...uniform('a'), tools_daily: 'z' }, /"z" is not an option of "tools_daily"; allowed: a, b, c, d/],
    ['an unanswered maturity question', (({ ai_use: _, ...rest }) => rest)(uniform('a')), /unanswered: ai_use/],
    ['an empty maturity answer', { ...uniform('a'), ai_use: '' }, /"" is not an option of "ai_use"/],
    ['an unknown municipality', { ...uniform('a'), municipality: 'stockholm' }, /not an option of "municipality"/],
  ];
  it.each(refused)('refuses %s', (_, input, message) => {
    const result = validateSubmission(CHECK, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('accepts a complete submission and reads its context', () => {
    const result = validateSubmission(CHECK, uniform('b', { municipality: 'overkalix', goal: 'sell_online' }));
    expect(result).toMatchObject({ ok: true, context: { industry: 'tourism', size: 'sole', municipality: 'overkalix', goal: 'sell_online' } });
  });

  it('lets context questions be skipped', () => {
    const result = validateSubmission(CHECK, uniform('b', { industry: '', municipality: '' }));
    expect(result).toMatchObject({ ok: true, context: { industry: null, municipality: null, size: 'sole' } });
    if (result.ok) expect(Object.keys(result.answers)).not.toContain('industry');
  });
});
