import { LocaleParamsSchema } from '../graphql/common';

/** GET /api/research-calls?locale= — the research calls open today, soonest closing first. */
export default defineEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  setResponseHeader(event, 'cache-control', 'private, no-store');
  return { items: await openCalls(locale) };
});
