import { describe, expect, it } from 'vitest';
import { PathResponseSchema, toPathView } from '../../../../server/graphql/path';

const step = (kind: 'article' | 'guide' | 'module', id: string, updatedAt: string | null) => ({
  note: null,
  [kind]: { documentId: id, title: id, slug: id, summary: null, minutes: 5, updatedAt },
});

function pathWith(updatedAt: string | null, steps: ReturnType<typeof step>[]) {
  const raw = PathResponseSchema.parse({
    items: [{ documentId: 'p1', title: 'P', slug: 'p', description: 'D', level: 'beginner', updatedAt, steps, topics: [], localizations: [] }],
  });
  const [item] = raw.items;
  if (!item) throw new Error('no path');
  return toPathView(item, 'sv');
}

describe('a path\'s content version (what an offline copy is compared with)', () => {
  it.each([
    ['the path changed last', '2026-03-01T10:00:00.000Z', ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'], '2026-03-01T10:00:00.000Z'],
    ['a step changed last', '2026-01-01T00:00:00.000Z', ['2026-02-01T00:00:00.000Z', '2026-04-01T08:00:00.000Z'], '2026-04-01T08:00:00.000Z'],
    ['no timestamps at all', null, [null, null], ''],
  ])('%s', (_, pathUpdated, stepUpdated, expected) => {
    const kinds = ['article', 'module'] as const;
    const view = pathWith(pathUpdated, stepUpdated.map((at, i) => step(kinds[i % 2] ?? 'guide', `s${i}`, at)));
    expect(view.contentVersion).toBe(expected);
    expect(view.steps).toHaveLength(stepUpdated.length);
  });
});
