import { describe, expect, it } from 'vitest';
import { BreakerOpenError, createBreaker } from '../../../../server/utils/search-breaker';

const outage = new Error('timeout');
const always = () => true;
const fail = () => Promise.reject(outage);
const ok = () => Promise.resolve('hits');

describe('the search circuit breaker', () => {
  it('opens after the failures in a row, then fails at once without calling', async () => {
    let now = 0;
    const breaker = createBreaker({ failuresToOpen: 2, coolDownMs: 1_000 }, () => now);
    await expect(breaker.call(fail, always)).rejects.toBe(outage);
    await expect(breaker.call(fail, always)).rejects.toBe(outage);
    let called = false;
    await expect(breaker.call(() => { called = true; return ok(); }, always)).rejects.toBeInstanceOf(BreakerOpenError);
    expect(called).toBe(false);
    expect(breaker.state()).toBe('open');
    now = 1_000;
    expect(breaker.state()).toBe('half-open');
  });

  it('lets one probe through after the cool-down: success closes it (recovery by itself)', async () => {
    let now = 0;
    const breaker = createBreaker({ failuresToOpen: 1, coolDownMs: 1_000 }, () => now);
    await expect(breaker.call(fail, always)).rejects.toBe(outage);
    now = 1_500;
    await expect(breaker.call(ok, always)).resolves.toBe('hits');
    expect(breaker.state()).toBe('closed');
  });

  it('a failed probe opens it again for another cool-down', async () => {
    let now = 0;
    const breaker = createBreaker({ failuresToOpen: 1, coolDownMs: 1_000 }, () => now);
    await expect(breaker.call(fail, always)).rejects.toBe(outage);
    now = 1_000;
    await expect(breaker.call(fail, always)).rejects.toBe(outage);
    await expect(breaker.call(ok, always)).rejects.toBeInstanceOf(BreakerOpenError);
  });

  it('does not count what is not an outage (a bad query is the caller\'s, not the engine\'s)', async () => {
    const breaker = createBreaker({ failuresToOpen: 1, coolDownMs: 1_000 });
    await expect(breaker.call(fail, () => false)).rejects.toBe(outage);
    await expect(breaker.call(ok, always)).resolves.toBe('hits');
  });
});

describe('an outage decided by asking (the site asks Meilisearch /health)', () => {
  it('a slow search whose engine still answers never opens the breaker', async () => {
    const breaker = createBreaker({ failuresToOpen: 1, coolDownMs: 1_000 });
    for (let i = 0; i < 3; i += 1) await expect(breaker.call(fail, async () => false)).rejects.toBe(outage);
    expect(breaker.state()).toBe('closed');
    await expect(breaker.call(fail, async () => true)).rejects.toBe(outage);
    expect(breaker.state()).toBe('open');
  });
});
