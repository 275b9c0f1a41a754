import { describe, expect, it } from 'vitest';
import { byDistance, distanceKm } from '#shared/occasions/distance';

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
