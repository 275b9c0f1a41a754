import { describe, expect, it } from 'vitest';
import { byDistance, distanceKm } from '#shared/occasions/distance';
import { nextNearest } from '#shared/occasions/nearest';

const OVERKALIX = { lat: 66.3274, lng: 22.8446 };
const ARJEPLOG = { lat: 66.0517, lng: 17.8867 };
const KALIX = { lat: 65.8553, lng: 23.1436 };

describe('distanceKm', () => {
  it('is zero to itself and symmetric', () => {
    expect(distanceKm(OVERKALIX, OVERKALIX)).toBe(0);
    expect(distanceKm(OVERKALIX, ARJEPLOG)).toBeCloseTo(distanceKm(ARJEPLOG, OVERKALIX), 9);
  });

  it.each([
    [OVERKALIX, ARJEPLOG, 215, 235],
    [OVERKALIX, KALIX, 50, 60],
  ])('great-circle distance within the expected range', (a, b, min, max) => {
    const km = distanceKm(a, b);
    expect(km).toBeGreaterThan(min);
    expect(km).toBeLessThan(max);
  });
});

describe('byDistance', () => {
  it('orders nearest first, rounds to km, puts places without a position last', () => {
    const places = [{ name: 'Arjeplog', at: ARJEPLOG }, { name: 'nowhere', at: null }, { name: 'Kalix', at: KALIX }];
    const sorted = byDistance(OVERKALIX, places, (p) => p.at);
    expect(sorted.map((p) => p.name)).toEqual(['Kalix', 'Arjeplog', 'nowhere']);
    expect(sorted[2]?.distanceKm).toBeNull();
    expect(Number.isInteger(sorted[0]?.distanceKm)).toBe(true);
  });
});

describe('nextNearest', () => {
  const at = (startsAt: string, position: { lat: number; lng: number } | null, id: string) => ({ id, startsAt, position });
  const occasions = [
    at('2026-03-01T08:00:00Z', ARJEPLOG, 'arjeplog-early'),
    at('2026-04-01T08:00:00Z', KALIX, 'kalix-late'),
    at('2026-03-15T08:00:00Z', KALIX, 'kalix-early'),
    at('2026-02-01T08:00:00Z', null, 'online'),
  ];

  it('offers the next date at the nearest place, not the soonest far away', () => {
    expect(nextNearest(occasions, OVERKALIX)?.id).toBe('kalix-early');
    expect(nextNearest(occasions, ARJEPLOG)?.id).toBe('arjeplog-early');
  });

  it('without a place: the soonest of all', () => {
    expect(nextNearest(occasions, null)?.id).toBe('online');
  });

  it('nothing to offer: null', () => {
    expect(nextNearest([], OVERKALIX)).toBeNull();
  });
});
