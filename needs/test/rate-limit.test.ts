import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/index.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('createRateLimiter', () => {
  it('allows the limit, then refuses with the seconds to wait', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: time.now });
    expect([1, 2, 3].map(() => limiter.hit('a'))).toEqual([
      { allowed: true, remaining: 2 }, { allowed: true, remaining: 1 }, { allowed: true, remaining: 0 },
    ]);
    time.advance(15_000);
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterS: 45 });
  });

  it('counts each key on its own', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('b').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });

  it('lets hits expire as the window slides', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: time.now });
    limiter.hit('a');
    time.advance(6_000);
    limiter.hit('a');
    expect(limiter.hit('a').allowed).toBe(false);
    time.advance(4_001);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });

  it('refused hits do not extend the wait', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 10_000, now: time.now });
    limiter.hit('a');
    for (let i = 0; i < 5; i++) { time.advance(1_000); limiter.hit('a'); }
    time.advance(5_001);
    expect(limiter.hit('a').allowed).toBe(true);
  });

  it('forgets the stalest keys beyond maxKeys', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect(limiter.size()).toBe(2);
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('c').allowed).toBe(false);
  });

  it('caps all keys together when given a global limit, and says when to come back', () => {
    const time = clock(0);
    const limiter = createRateLimiter({ limit: 10, global: 2, windowMs: 1000, now: time.now });
    expect(limiter.hit('a').allowed).toBe(true);
    time.advance(1);
    expect(limiter.hit('b').allowed).toBe(true);
    time.advance(1);
    expect(limiter.hit('c')).toEqual({ allowed: false, retryAfterS: 1 });
    time.advance(999);
    expect(limiter.hit('c').allowed).toBe(true);
  });
});
