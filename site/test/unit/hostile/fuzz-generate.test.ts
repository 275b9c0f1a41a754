import { describe, expect, it } from 'vitest';
import { generateRequests, prng, TARGETS, type FuzzContext } from '../../hostile/fuzz/generate.ts';

const CTX: FuzzContext = {
  plurals: ['research-articles', 'topics'], gqlLists: ['researchArticles', 'topics'], documentIds: ['abcdefghij0123456789'], slugs: ['a-slug'], pages: ['/', '/en/articles'],
};

describe('the fuzz generator', () => {
  it('is deterministic: one seed, one list', () => {
    expect(generateRequests(11, 300, CTX)).toEqual(generateRequests(11, 300, CTX));
    expect(generateRequests(11, 300, CTX)).not.toEqual(generateRequests(12, 300, CTX));
    expect(prng(1)()).toBe(prng(1)());
  });

  it('covers every target with parseable requests and no absolute URLs (everything stays on the stack)', () => {
    const requests = generateRequests(11, 2000, CTX);
    expect(requests).toHaveLength(2000);
    for (const target of TARGETS) expect(requests.filter((r) => r.target === target).length).toBeGreaterThan(100);
    for (const r of requests) {
      expect(r.path.startsWith('/') && !r.path.startsWith('//')).toBe(true);
      expect(new URL(r.path, 'http://127.0.0.1').host).toBe('127.0.0.1');
      if (r.method === 'POST') expect(r.body).toBeTypeOf('string');
    }
  });

  it('sends operators, nested brackets, arrays, unicode, huge values and oversized GraphQL', () => {
    const paths = generateRequests(11, 2000, CTX).map((r) => `${r.path} ${r.body ?? ''}`).join('\n');
    expect(paths).toMatch(/\[\$ne\]|\[\$gt\]/);
    expect(paths).toMatch(/(\[a\]){3}/);
    expect(paths).toMatch(/\[0\]=/);
    expect(paths).toContain(encodeURIComponent('åäö'));
    expect(paths).toMatch(/x{5000}/);
    expect(generateRequests(11, 2000, CTX).filter((r) => r.oversized)).toHaveLength(2);
  });
});
