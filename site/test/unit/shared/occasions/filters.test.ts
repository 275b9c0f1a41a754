import { describe, expect, it } from 'vitest';
import { filterOccasions, filtersQuery, OccasionFiltersSchema } from '#shared/occasions/filters';

const ITEMS = [
  { id: 1, format: 'on_site', month: '2026-03', municipality: 'overkalix', topics: ['e-handel'] },
  { id: 2, format: 'online', month: '2026-03', municipality: null, topics: ['ai'] },
  { id: 3, format: 'hybrid', month: '2026-04', municipality: 'storuman', topics: ['e-handel', 'ai'] },
] as const;

describe('OccasionFiltersSchema', () => {
  it('treats the form\'s empty "all" choices as no filter', () => {
    expect(OccasionFiltersSchema.parse({ municipality: '', topic: '', format: '', month: '' })).toEqual({});
  });

  it.each([
    [{ format: 'by_post' }],
    [{ month: '2026-13' }],
    [{ municipality: 'Över kalix' }],
    [{ page: '2' }],
    [{ topic: ['a', 'b'] }],
  ])('refuses %j', (query) => {
    expect(OccasionFiltersSchema.safeParse(query).success).toBe(false);
  });
});

describe('filterOccasions', () => {
  it.each([
    [{}, [1, 2, 3]],
    [{ municipality: 'overkalix' }, [1]],
    [{ topic: 'ai' }, [2, 3]],
    [{ format: 'online' }, [2]],
    [{ month: '2026-03' }, [1, 2]],
    [{ topic: 'e-handel', month: '2026-04' }, [3]],
    [{ municipality: 'lulea' }, []],
  ] as const)('%j → %j', (filters, ids) => {
    expect(filterOccasions(ITEMS, filters).map((i) => i.id)).toEqual(ids);
  });

  it('turns filters back into a query without empty values', () => {
    expect(filtersQuery({ topic: 'ai', month: undefined })).toEqual({ topic: 'ai' });
  });
});
