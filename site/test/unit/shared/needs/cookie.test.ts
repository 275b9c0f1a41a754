import { describe, expect, it } from 'vitest';
import { decodeHistory, encodeHistory, MAX_NEEDS_COOKIE_BYTES } from '#shared/needs/cookie';
import type { NeedsHistory, StoredCheck } from '#shared/needs/history';

const scores = { strategy: 40, tools: 55, skills: null, data_security: 0, automation_ai: 100, sustainability: 70 };

const curated: StoredCheck = { at: 1764230000, answers: { strategy_online: 'a', tools_daily: 'never' }, scores, recommendation: { kind: 'curated', pathId: 'abc123def456' } };
const assembled: StoredCheck = {
  at: 1764240000,
  answers: { 'ai-use': 'b_2' },
  scores,
  recommendation: {
    kind: 'assembled',
    id: 'plan-7k2x9',
    steps: [
      { item: 'guide001xyz', dimension: 'data_security', topic: 'security' },
      { item: 'module02abc', dimension: 'automation_ai', topic: null },
      { item: 'article03ab', dimension: null, topic: null },
    ],
  },
};

describe('encodeHistory / decodeHistory', () => {
  it.each<[string, NeedsHistory]>([
    ['empty', { checks: [] }],
    ['a curated path', { checks: [curated] }],
    ['an assembled plan', { checks: [assembled] }],
    ['a plan without steps', { checks: [{ ...assembled, recommendation: { kind: 'assembled', id: 'plan-0', steps: [] } }] }],
    ['three checks, newest first', { checks: [assembled, curated, { ...curated, at: 1 }] }],
  ])('round-trips %s', (_, history) => {
    expect(decodeHistory(encodeHistory(history))).toEqual(history);
  });

  it('writes a compact value that needs no escaping', () => {
    const value = encodeHistory({ checks: [curated] });
    expect(value).toBe('1~1764230000!40.55.n.0.100.70!strategy_online*a.tools_daily*never!c.abc123def456');
    expect(encodeURIComponent(value)).toBe(value);
  });

  it('keeps at most three checks', () => {
    const value = encodeHistory({ checks: [curated, curated, curated, curated] });
    expect(decodeHistory(value).checks).toHaveLength(3);
  });

  it.each([
    ['not a string', 42],
    ['missing', undefined],
    ['another version', '2~1!n.n.n.n.n.n!!c.abc'],
    ['garbage', '%%%'],
  ])('reads %s as no history', (_, value) => {
    expect(decodeHistory(value)).toEqual({ checks: [] });
  });

  it.each([
    ['a score out of range', '1~5!101.n.n.n.n.n!!c.abc'],
    ['five scores', '1~5!1.n.n.n.n!!c.abc'],
    ['markup in an answer', '1~5!n.n.n.n.n.n!q*<b>!c.abc'],
    ['an unknown dimension in a step', '1~5!n.n.n.n.n.n!!a.plan-x.item1*9*'],
    ['a plan id that is not one', '1~5!n.n.n.n.n.n!!a.abc.item1*0*'],
    ['an unknown recommendation', '1~5!n.n.n.n.n.n!!x.abc'],
    ['a negative time', '1~-5!n.n.n.n.n.n!!c.abc'],
    ['a field too many', '1~5!n.n.n.n.n.n!!c.abc!more'],
  ])('skips a check with %s and keeps the good one', (_, bad) => {
    const good = encodeHistory({ checks: [curated] }).slice(2);
    expect(decodeHistory(`${bad}~${good}`)).toEqual({ checks: [curated] });
  });

  it('drops the oldest checks to stay under the cookie size', () => {
    const answers = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`question_${String(i).padStart(20, '0')}`, `option_${i}`]));
    const big = (at: number): StoredCheck => ({ ...curated, at, answers });
    const value = encodeHistory({ checks: [big(3), big(2), big(1)] });
    expect(value.length).toBeLessThanOrEqual(MAX_NEEDS_COOKIE_BYTES);
    expect(decodeHistory(value).checks[0]?.at).toBe(3);
    expect(decodeHistory(value).checks.length).toBeLessThan(3);
  });
});
