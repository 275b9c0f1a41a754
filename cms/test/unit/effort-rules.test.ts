import { describe, expect, it } from 'vitest';
import { checkEffortInput, effortProblems, type EffortFacts } from '../../src/middlewares/effort-rules';

const ok: EffortFacts = { needDimensions: ['strategy', 'tools'], industries: ['retail'], startsOn: '2027-01-10', endsOn: '2027-03-10' };
const paths = (e: Partial<EffortFacts>) => effortProblems({ ...ok, ...e }).map((p) => p.path);

describe('effort rules', () => {
  it('accepts a well-formed effort', () => expect(paths({})).toEqual([]));
  it.each([
    ['an empty list', []],
    ['not a list', 'strategy'],
    ['null', null],
    ['an unknown dimension', ['strategy', 'marketing']],
    ['a repeated dimension', ['tools', 'tools']],
  ])('refuses need dimensions that are %s', (_what, needDimensions) => expect(paths({ needDimensions })).toEqual(['needDimensions']));
  it('takes no industries (every industry) as empty or missing', () => {
    expect(paths({ industries: [] })).toEqual([]);
    expect(paths({ industries: null })).toEqual([]);
  });
  it('refuses industries outside the vocabulary or not a list', () => {
    expect(paths({ industries: ['mining'] })).toEqual(['industries']);
    expect(paths({ industries: 'retail' })).toEqual(['industries']);
  });
  it('the end may be the start day, never before it', () => {
    expect(paths({ endsOn: '2027-01-10' })).toEqual([]);
    expect(paths({ endsOn: '2027-01-09' })).toEqual(['endsOn']);
  });
  it('checks the values sent before they reach the database (PostgreSQL refuses a bare string as json)', () => {
    expect(() => checkEffortInput({ needDimensions: 'strategy' })).toThrow('Need dimensions must be a non-empty list');
    expect(() => checkEffortInput({ industries: 'retail' })).toThrow('Industries must be a list');
    expect(() => checkEffortInput({ title: 'Bara titeln ändras' })).not.toThrow();
    expect(() => checkEffortInput({ needDimensions: ['skills'], industries: null })).not.toThrow();
  });
});
