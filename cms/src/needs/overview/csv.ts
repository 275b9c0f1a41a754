import { needsLib } from '../needs-lib';
import type { Overview } from './figures';

// The quote characters as escapes, so that no line holds a lone quote that tools reading the text take for an open string.
const QUOTE = '\u0022';
const APOSTROPHE = '\u0027';
const BREAKS_ROW = new RegExp(`[${QUOTE},\\n\\r;]`);

const cell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  // Quote what would break the row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) ? APOSTROPHE + text : text;
  return BREAKS_ROW.test(safe) ? QUOTE + safe.replaceAll(QUOTE, QUOTE + QUOTE) + QUOTE : safe;
};

/** The shown groups of an overview as CSV: a header row, one row per shown group, never a row for a withheld one. */
export function overviewCsv(overview: Overview): string {
  const header = ['group', 'n', ...needsLib.DIMENSIONS.map((d) => `need_share_${d}`), ...needsLib.DIMENSIONS.map((d) => `mean_score_${d}`)];
  const rows = overview.groups.map((g) => [g.key, g.n, ...needsLib.DIMENSIONS.map((d) => g.needShare[d]), ...needsLib.DIMENSIONS.map((d) => g.meanScore[d])]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function overviewFilename(overview: Overview): string {
  const filters = Object.entries(overview.filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}-${v}`);
  return ['needs-overview', overview.source, overview.groupBy, ...filters].join('_').replace(/[^a-z0-9_-]/gi, '') + '.csv';
}
