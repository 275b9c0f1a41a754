/** Who a call seeks: empty lists mean anyone. */
export interface Sought {
  municipalities: readonly string[];
  industries: readonly string[];
  sizes: readonly string[];
}

/** What the owner told the needs check (null where they did not say). */
export interface ReaderContext {
  municipality: string | null;
  industry: string | null;
  size: string | null;
}

const fits = (list: readonly string[], value: string | null) => list.length === 0 || (value !== null && list.includes(value));

/** A call fits the owner when every "who" list is open or names the owner's answer. Pure, unit-tested. */
export function callFits(call: Sought, reader: ReaderContext): boolean {
  return fits(call.municipalities, reader.municipality) && fits(call.industries, reader.industry) && fits(call.sizes, reader.size);
}
