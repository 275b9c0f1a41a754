import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptAnswer } from '../../../../server/utils/kept-answer';

afterEach(() => {
  vi.useRealTimers();
});

function counted(answers: () => unknown) {
  const calls: string[] = [];
  return { calls, load: async (key: string) => { calls.push(key); return answers(); } };
}

describe('keptAnswer', () => {
  it('answers a key from the kept object within the time and the generation, per key', async () => {
    const { calls, load } = counted(() => ({ items: [1, 2] }));
    const kept = keptAnswer(load, (key) => `g1_${key}`);
    const first = await kept('sv');
    expect(await kept('sv')).toBe(first);
    await kept('en');
    expect(calls).toEqual(['sv', 'en']);
  });

  it('asks again once the generation moved (an invalidation) or the time ran out', async () => {
    vi.useFakeTimers();
    let generation = 1;
    const { calls, load } = counted(() => ({ items: [] }));
    const kept = keptAnswer(load, (key) => `g${generation}_${key}`, 1_000);
    await kept('sv');
    generation = 2;
    await kept('sv');
    await kept('sv');
    vi.advanceTimersByTime(1_001);
    await kept('sv');
    expect(calls).toEqual(['sv', 'sv', 'sv']);
  });

  it('does not keep a failure', async () => {
    let fail = true;
    const kept = keptAnswer(async () => {
      if (fail) throw new Error('CMS down');
      return { ok: true };
    }, () => 'g1');
    await expect(kept('sv')).rejects.toThrow('CMS down');
    fail = false;
    expect(await kept('sv')).toEqual({ ok: true });
  });

  it('hands out a frozen object: no caller can change it for the others', async () => {
    const kept = keptAnswer(async () => ({ list: [{ title: 'Kurs' }] }), () => 'g1');
    const answer = await kept('sv');
    expect(() => { (answer.list[0] as { title: string }).title = 'Ändrad'; }).toThrow(TypeError);
    expect((await kept('sv')).list[0]?.title).toBe('Kurs');
  });
});
