/** A point as latitude and longitude in degrees (a municipality's seat, a learning centre). */
export interface Coordinates {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine): roads are longer, but the order of places is what matters here. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The items ordered by distance from `from`, nearest first, each with its distance rounded to whole km; items
 * without a position go last in their given order. Ties keep the given order (stable sort).
 */
export function byDistance<T extends object>(from: Coordinates, items: readonly T[], at: (item: T) => Coordinates | null): Array<T & { distanceKm: number | null }> {
  return items
    .map((item) => {
      const where = at(item);
      return { ...item, distanceKm: where ? Math.round(distanceKm(from, where)) : null };
    })
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));
}
