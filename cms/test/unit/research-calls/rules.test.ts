import { describe, expect, it } from 'vitest';
import { expiredCalls } from '../../../src/research-calls/retention';
import { callProblems, stockholmToday } from '../../../src/research-calls/rules';

const NOW = new Date('2026-06-10T21:30:00Z'); // 23:30 in Stockholm: still the 10th there
const ok = { closesOn: '2026-06-30', municipalities: ['overkalix'], industries: ['tourism'], sizes: ['sole'], hasResearcher: true };

describe('research call rules', () => {
  it('takes today in Stockholm, not UTC', () => {
    expect(stockholmToday(new Date('2026-06-10T22:30:00Z'))).toBe('2026-06-11');
    expect(stockholmToday(NOW)).toBe('2026-06-10');
  });

  it.each([
    ['a sound call', ok, true, []],
    ['an empty "who" (anyone)', { ...ok, municipalities: [], industries: null, sizes: undefined }, true, []],
    ['closing today', { ...ok, closesOn: '2026-06-10' }, true, ['closesOn']],
    ['closed yesterday, saved as a draft', { ...ok, closesOn: '2026-06-09' }, false, []],
    ['no closing date', { ...ok, closesOn: null }, true, ['closesOn']],
    ['no researcher', { ...ok, hasResearcher: false }, true, ['researcher']],
    ['an unknown municipality', { ...ok, municipalities: ['stockholm'] }, false, ['municipalities']],
    ['an unknown industry', { ...ok, industries: ['mining'] }, false, ['industries']],
    ['a size that is not a list', { ...ok, sizes: 'sole' }, false, ['sizes']],
  ])('%s', (_name, call, publishing, paths) => {
    expect(callProblems(call, publishing, NOW).map((p) => p.path)).toEqual(paths);
  });
});

describe('answer retention', () => {
  const calls = [
    { documentId: 'a', closesOn: '2026-05-01' },
    { documentId: 'b', closesOn: '2026-05-20' },
    // A draft moved b's closing date later: the latest counts.
    { documentId: 'b', closesOn: '2026-06-20' },
    { documentId: 'c', closesOn: '2026-05-11' },
  ];
  it('expires calls closed before the cutoff and calls that no longer exist', () => {
    expect(expiredCalls(['a', 'b', 'c', 'gone'], calls, '2026-05-11')).toEqual(['a', 'gone']);
  });
});
