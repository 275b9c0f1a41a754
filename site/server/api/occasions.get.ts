import { filterOccasions, OccasionFiltersSchema } from '#shared/occasions/filters';
import { LocaleSchema } from '../graphql/common';
import type { OccasionCard } from '../graphql/occasions';

const QuerySchema = OccasionFiltersSchema.extend({ locale: LocaleSchema.default('sv') });

/** The choices of a filter: the values the upcoming occasions have, so no choice ever leads to an empty list. */
function choices(items: OccasionCard[]) {
  const municipalities = new Map<string, string>();
  const topics = new Map<string, string>();
  for (const o of items) {
    if (o.municipality && o.centre?.place) municipalities.set(o.municipality, o.centre.place);
    o.topics.forEach((slug, i) => topics.set(slug, o.topicLinks[i]?.name ?? slug));
  }
  const sorted = (m: Map<string, string>) => [...m].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'sv'));
  return { municipalities: sorted(municipalities), topics: sorted(topics), months: [...new Set(items.map((o) => o.month))].sort() };
}

/**
 * GET /api/occasions?locale=&municipality=&topic=&format=&month= — upcoming occasions, filtered, with seats left
 * and the filter's choices. Seats are read fresh, so this handler is not cached (its content list is).
 */
export default defineEventHandler(async (event) => {
  const { locale, ...filters } = readQuery(event, QuerySchema);
  const all = await upcomingOccasions(locale);
  const items = filterOccasions(all, filters);
  const seats = await seatsOf(items.map((o) => o.documentId));
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return {
    filters,
    choices: choices(all),
    items: items.map((o) => ({ ...o, seatsLeft: seatState(seats.get(o.documentId)) })),
  };
});
