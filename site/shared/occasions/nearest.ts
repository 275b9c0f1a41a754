import { distanceKm, type Coordinates } from './distance';

interface Placed {
  startsAt: string;
  position: Coordinates | null;
}

/**
 * The occasion to offer a reader: the next one at the place nearest to them (the same centre's later dates come
 * after its first), or simply the soonest when we do not know where they are. Occasions without a position
 * (online) come after every place on the map, soonest first.
 */
export function nextNearest<T extends Placed>(occasions: readonly T[], from: Coordinates | null): (T & { distanceKm: number | null }) | null {
  const ranked = occasions
    .map((o) => ({ ...o, distanceKm: from && o.position ? Math.round(distanceKm(from, o.position)) : null }))
    .sort((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.startsAt.localeCompare(b.startsAt));
  return ranked[0] ?? null;
}

/** What an on-site step of a path shows about its next occasion nearest to the reader. */
export interface NearestOccasionView {
  title: string;
  url: string;
  when: string;
  startsAt: string;
  /** "Överkalix lärcentrum, Överkalix"; null for an occasion without a centre. */
  place: string | null;
  distanceKm: number | null;
}
