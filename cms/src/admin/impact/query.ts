/** The report page's state, in its URL: which effort, which period, which source of needs answers. */
export interface ReportQuery {
  effort: string;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
  source: 'real' | 'synthetic';
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9]{10,40}$/;

/** The query from a URL; anything malformed falls back to empty instead of reaching the API. */
export function parseQuery(params: URLSearchParams): ReportQuery {
  const day = (v: string | null) => (v !== null && DAY.test(v) ? v : '');
  const effort = params.get('effort');
  return { effort: effort !== null && ID.test(effort) ? effort : '', from: day(params.get('from')), to: day(params.get('to')), source: params.get('source') === 'synthetic' ? 'synthetic' : 'real' };
}

export const isDay = (v: string) => v === '' || DAY.test(v);
export const toParams = (q: ReportQuery) => new URLSearchParams(Object.entries(q).filter(([, v]) => v !== ''));
const apiQuery = (q: ReportQuery, locale: string) => new URLSearchParams([...Object.entries({ from: q.from, to: q.to, source: q.source }).filter(([, v]) => v !== ''), ['locale', locale]]);
export const reportPath = (q: ReportQuery, locale: string) => `/kn-impact/efforts/${q.effort}/report?${apiQuery(q, locale)}`;
export const reportCsvPath = (q: ReportQuery, locale: string) => `/kn-impact/efforts/${q.effort}/report.csv?${apiQuery(q, locale)}`;
export const effortsPath = (locale: string) => `/kn-impact/efforts?locale=${locale}`;
