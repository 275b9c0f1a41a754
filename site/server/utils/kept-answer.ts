/** How long an answer is kept as an object: a few seconds on top of the cached function's own minute. */
export const KEPT_ANSWER_MS = 5_000;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A cached function's answer kept as the object it is, per key, for `ttlMs` and within one cache generation (the
 * key carries it: params.ts generationKey), so an invalidation is followed at once.
 *
 * Why: Nitro's cached functions keep their answers as JSON in the cache storage and parse them again on every call.
 * The list of upcoming occasions and the places, asked by every search that finds a course, cost the search API a
 * twentieth of its CPU in parsing alone (a CPU profile under load). The object is frozen, since every caller now
 * shares it: a caller that tried to change it would fail at once instead of changing it for the others.
 */
export function keptAnswer<K extends string, T>(load: (key: K) => Promise<T>, generationKey: (key: K) => string, ttlMs = KEPT_ANSWER_MS) {
  const kept = new Map<K, { generation: string; until: number; value: Promise<T> }>();
  return (key: K): Promise<T> => {
    const generation = generationKey(key);
    const now = Date.now();
    const found = kept.get(key);
    if (found && found.generation === generation && found.until > now) return found.value;
    const value = load(key).then(deepFreeze);
    kept.set(key, { generation, until: now + ttlMs, value });
    // A failure is not kept: the next caller asks again.
    value.catch(() => {
      if (kept.get(key)?.value === value) kept.delete(key);
    });
    return value;
  };
}
