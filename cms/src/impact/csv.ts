import type { ImpactReport } from './report';

const cell = (value: string | number | null) => {
  if (value === null) return '';
  // Numbers are written as they are (a negative change must stay a number, not a defused formula).
  if (typeof value === 'number') return String(value);
  const text = String(value);
  // Quote what would break the row, and defuse spreadsheet formulas (titles are typed by editors).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Where each section's figures come from; the page names the same sources. */
export const SOURCES = {
  occasion: 'occasion-signup + occasion-tally (issue 12)',
  hours: 'attended × course-module.durationMinutes (else occasion endsAt − startsAt) / 60',
  municipality: 'occasion-signup.municipality (confirmed + attended, sign-ups still held)',
  industry: 'needs-response pairs naming the effort (first answer’s industry)',
  maturity: 'needs-response pairs naming the effort (mean of follow-up − first answer, 0–100)',
} as const;

const MEASURES = ['signups', 'attended', 'waitlisted', 'cancelled', 'hours'] as const;

/**
 * The report as long-format CSV (section, key, label, measure, value, source): one row per figure, so occasion rows
 * summed per measure equal the `total` rows, and those equal the page. Withheld groups have no row.
 */
export function impactCsv(report: ImpactReport): string {
  const rows: Array<Array<string | number | null>> = [['section', 'key', 'label', 'measure', 'value', 'source']];
  for (const o of report.occasions) {
    for (const m of MEASURES) rows.push(['occasion', o.documentId, `${o.title} (${o.startsAt.slice(0, 10)})`, m, o[m], m === 'hours' ? SOURCES.hours : SOURCES.occasion]);
  }
  for (const m of MEASURES) rows.push(['total', 'all', report.effort.title, m, report.totals[m], m === 'hours' ? SOURCES.hours : SOURCES.occasion]);
  rows.push(['total', 'all', report.effort.title, 'occasions', report.totals.occasions, SOURCES.occasion]);
  const { municipalities, industries } = report.reach;
  rows.push(['reach', 'municipalities', 'municipalities reached', 'count', municipalities.count, SOURCES.municipality]);
  for (const g of municipalities.shown) rows.push(['municipality', g.key, g.key, 'signups', g.n, SOURCES.municipality]);
  rows.push(['reach', 'industries', 'industries reached', 'count', industries.count, SOURCES.industry]);
  for (const g of industries.shown) rows.push(['industry', g.key, g.key, 'pairs', g.n, SOURCES.industry]);
  const ba = report.beforeAfter;
  rows.push(['maturity', 'pairs', 'paired firms', 'n', ba.total, SOURCES.maturity]);
  for (const d of ba.dimensions) for (const m of ['before', 'after', 'change'] as const) rows.push(['maturity', d.dimension, d.dimension, m, d[m], SOURCES.maturity]);
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const impactFilename = (report: ImpactReport) =>
  ['impact', report.effort.documentId, report.period.from ?? 'start', report.period.to ?? 'end'].join('_').replace(/[^a-z0-9_-]/gi, '') + '.csv';
