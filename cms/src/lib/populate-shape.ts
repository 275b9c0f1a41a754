/**
 * The shape of a parsed REST `populate` (after Strapi's qs parse): '*', 'a,b.c', ['a', 'b.c'], or
 * { a: true | '*' | { populate, on, fields, filters, sort, limit, pageSize, … } }. Pure, so it is unit-tested alone.
 */
export interface PopulateShape {
  /** Deepest chain of populated relations/components (populate=* is 1). */
  depth: number;
  /** How many populated entries the whole tree names. */
  entries: number;
  /** The largest nested page size asked for (limit or pageSize), 0 when none. */
  largestList: number;
}

const EMPTY: PopulateShape = { depth: 0, entries: 0, largestList: 0 };

function combine(a: PopulateShape, b: PopulateShape): PopulateShape {
  return { depth: Math.max(a.depth, b.depth), entries: a.entries + b.entries, largestList: Math.max(a.largestList, b.largestList) };
}

function ofPaths(paths: string[]): PopulateShape {
  const parts = paths.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  return { depth: Math.max(0, ...parts.map((p) => p.split('.').length)), entries: parts.length, largestList: 0 };
}

function asNumber(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : 0;
  return Number.isFinite(n) ? (n < 0 ? Number.POSITIVE_INFINITY : n) : 0;
}

/** One populated entry: `{ populate, on, limit, … }` or a flag (true, '*', 'true'). */
function ofEntry(value: unknown, level: number): PopulateShape {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { depth: 1, entries: 1, largestList: 0 };
  const entry = value as Record<string, unknown>;
  const own: PopulateShape = { depth: 1, entries: 1, largestList: Math.max(asNumber(entry.limit), asNumber(entry.pageSize)) };
  let below = entry.populate === undefined ? EMPTY : populateShape(entry.populate, level + 1);
  // Dynamic zones: `on: { 'component.uid': { populate } }`, each fragment one level below.
  if (entry.on && typeof entry.on === 'object') {
    for (const fragment of Object.values(entry.on)) below = combine(below, ofEntry(fragment, level + 1));
  }
  return { depth: 1 + below.depth, entries: own.entries + below.entries, largestList: Math.max(own.largestList, below.largestList) };
}

/** Levels beyond this are not walked: the shape is already far over any cap. */
const WALK_LIMIT = 32;

export function populateShape(populate: unknown, level = 0): PopulateShape {
  if (populate === undefined || populate === null || populate === '' || level > WALK_LIMIT) return EMPTY;
  if (typeof populate === 'string') return populate === '*' ? { depth: 1, entries: 1, largestList: 0 } : ofPaths([populate]);
  if (typeof populate === 'boolean') return populate ? { depth: 1, entries: 1, largestList: 0 } : EMPTY;
  if (Array.isArray(populate)) return ofPaths(populate.filter((p): p is string => typeof p === 'string'));
  if (typeof populate !== 'object') return EMPTY;
  return Object.values(populate).reduce<PopulateShape>((shape, value) => combine(shape, ofEntry(value, level)), EMPTY);
}
