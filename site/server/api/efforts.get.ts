import { z } from 'zod';
import { EFFORT_STATUSES } from '#shared/efforts/vocabulary';
import { LocaleSchema, SlugSchema } from '../graphql/common';

const empty = (v: unknown) => (v === '' ? undefined : v);
const EffortsQuerySchema = z.object({
  locale: LocaleSchema.default('sv'),
  municipality: z.preprocess(empty, SlugSchema.optional()),
  status: z.preprocess(empty, z.enum(EFFORT_STATUSES).optional()),
});

/**
 * GET /api/efforts?locale=&municipality=&status= — the published efforts, filtered, with the filter's choices (the
 * municipalities efforts run in, so no choice leads to an empty list). Cached by the validated parameters.
 */
export default defineCachedEventHandler(async (event) => {
  const { locale, ...filters } = readQuery(event, EffortsQuerySchema);
  const all = await loadEfforts(locale);
  const municipalities = new Map<string, string>();
  for (const effort of all) effort.municipalities.forEach((slug, i) => municipalities.set(slug, effort.places[i]?.name ?? slug));
  const items = all.filter((e) => (!filters.municipality || e.municipalities.includes(filters.municipality)) && (!filters.status || e.status === filters.status));
  return {
    filters: { municipality: filters.municipality ?? '', status: filters.status ?? '' },
    choices: { municipalities: [...municipalities].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv')) },
    items,
  };
}, contentCache('efforts', EffortsQuerySchema));
