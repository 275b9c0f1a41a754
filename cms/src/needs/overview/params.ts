import { INDUSTRIES } from '@kunskapsnavet/search';
import { z } from 'zod';
import { needsLib } from '../needs-lib';

export const SOURCES = ['real', 'synthetic'] as const;
export type Source = (typeof SOURCES)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM');
const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: () => `${name} must be one of: ${values.join(', ')}` });
const empty = (v: unknown) => (v === '' ? undefined : v);

const monthParts = (month: string) => month.split('-').map(Number);
const format = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The first month of the quarter of a month: 2026-05 → 2026-04. */
export function quarterStart(month: string): string {
  const [year, mon] = monthParts(month);
  return format(year, mon - ((mon - 1) % 3));
}

/** The last month of the quarter of a month: 2026-05 → 2026-06. */
export function quarterEnd(month: string): string {
  const [year, mon] = monthParts(month);
  return format(year, mon - ((mon - 1) % 3) + 2);
}

/**
 * The overview's query string. Period bounds are months, widened to whole calendar quarters (from to the first month
 * of its quarter, to to the last): with only quarter bounds, two periods always differ by whole quarters, which
 * the k-anonymity checks (figures.ts) then compare. Strict: an unknown parameter or value is a 400 naming what is
 * allowed.
 */
export const overviewParams = z
  .strictObject({
    source: oneOf('source', SOURCES).default('real'),
    groupBy: oneOf('groupBy', needsLib.GROUP_BY).default('all'),
    municipality: z.preprocess(empty, oneOf('municipality', needsLib.MUNICIPALITIES.map((m) => m.slug)).optional()),
    industry: z.preprocess(empty, oneOf('industry', INDUSTRIES).optional()),
    size: z.preprocess(empty, oneOf('size', needsLib.SIZES).optional()),
    from: z.preprocess(empty, month.optional()),
    to: z.preprocess(empty, month.optional()),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] })
  .transform(({ from, to, ...rest }) => ({ ...rest, ...(from ? { from: quarterStart(from) } : {}), ...(to ? { to: quarterEnd(to) } : {}) }));

export type OverviewParams = z.infer<typeof overviewParams>;
export type OverviewFilters = Pick<OverviewParams, 'municipality' | 'industry' | 'size' | 'from' | 'to'>;

export const backlogParams = z.strictObject({ source: oneOf('source', SOURCES).default('real') });

/** A readable 400 message from a failed parse (unknown keys are named too). */
export function paramsMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter ${i.keys.join(', ')}; allowed: source, groupBy, municipality, industry, size, from, to` : `${i.path.join('.')}: ${i.message}`))
    .join('; ');
}

/** [from, to) as ISO instants: the first day of `from` up to the first day of the month after `to`. */
export function periodRange(from?: string, to?: string): { gte?: string; lt?: string } {
  const range: { gte?: string; lt?: string } = {};
  if (from) range.gte = `${from}-01T00:00:00.000Z`;
  if (to) {
    const [year, mon] = to.split('-').map(Number);
    range.lt = new Date(Date.UTC(year, mon, 1)).toISOString();
  }
  return range;
}
