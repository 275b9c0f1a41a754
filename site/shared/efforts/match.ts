import type { EffortStatus } from './vocabulary';

/** What matching needs to know of an effort: the same names as the CMS fields. */
export interface EffortFacts {
  needDimensions: readonly string[];
  industries: readonly string[];
  municipalities: readonly string[];
  status: EffortStatus;
}

/** What the owner's needs check says: their biggest needs, where the firm is and its industry (null: not said). */
export interface Reader {
  dimensions: readonly string[];
  municipality: string | null;
  industry: string | null;
}

/**
 * Whether an effort fits a needs-check result (need dimension × municipality × industry): it answers one of the
 * reader's needs, runs in their municipality, is for their industry (an effort naming no industry is for every
 * industry) and can still be joined (not done). A reader outside the region, or who named no municipality, gets
 * no local effort.
 */
export function fitsReader(effort: EffortFacts, reader: Reader): boolean {
  if (effort.status === 'done' || reader.municipality === null) return false;
  if (!effort.needDimensions.some((d) => reader.dimensions.includes(d))) return false;
  if (!effort.municipalities.includes(reader.municipality)) return false;
  return effort.industries.length === 0 || reader.industry === null || effort.industries.includes(reader.industry);
}

/** Efforts a municipality page lists: those that run there and are not done. */
export const runsIn = (effort: EffortFacts, municipality: string) => effort.status !== 'done' && effort.municipalities.includes(municipality);
