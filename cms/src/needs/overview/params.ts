import { INDUSTRIES } from '@kunskapsnavet/search';
import { z } from 'zod';
import { needsLib } from '../needs-lib';

export const SOURCES = ['real', 'synthetic'] as const;
export type Source = (typeof SOURCES)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM');
const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: () => `${name} must be one of: ${values.join(', ')}` });
const empty = (v: unknown) => (v === '' ? undefined : v);

/** The overview's query string. Strict: an unknown parameter or value is a 400 naming what is allowed. */
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
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] });

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
