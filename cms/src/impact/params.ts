import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../lib/content-types';
import { needsLib } from '../needs/needs-lib';
import { SOURCES } from '../needs/overview/params';
import { CHANGE_GROUP_BY } from './before-after';

const empty = (v: unknown) => (v === '' ? undefined : v);
const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: () => `${name} must be one of: ${values.join(', ')}` });
const documentId = z.string().regex(/^[a-z0-9]{10,40}$/, 'must be a documentId');
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date, YYYY-MM-DD');

/** GET /kn-impact/before-after: which pairs, grouped how. Strict: an unknown parameter is a 400. */
export const beforeAfterParams = z.strictObject({
  source: oneOf('source', SOURCES).default('real'),
  groupBy: oneOf('groupBy', CHANGE_GROUP_BY).default('municipality'),
  municipality: z.preprocess(empty, oneOf('municipality', needsLib.MUNICIPALITIES.map((m) => m.slug)).optional()),
  effort: z.preprocess(empty, documentId.optional()),
});
export type BeforeAfterParams = z.infer<typeof beforeAfterParams>;

/** GET /kn-impact/efforts/:documentId/report(.csv): the period (occasion start dates, both days included). */
export const reportParams = z
  .strictObject({
    source: oneOf('source', SOURCES).default('real'),
    from: z.preprocess(empty, day.optional()),
    to: z.preprocess(empty, day.optional()),
    locale: z.preprocess(empty, oneOf('locale', LOCALE_CODES).default(DEFAULT_LOCALE)),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: 'from must not be after to', path: ['from'] });
export type ReportParams = z.infer<typeof reportParams>;

// Not strict: the router may add its own keys to ctx.params.
export const effortIdParam = z.object({ documentId });

/** A readable 400 message from a failed parse. */
export function issuesMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter ${i.keys.join(', ')}` : `${i.path.join('.') || 'query'}: ${i.message}`)).join('; ');
}
