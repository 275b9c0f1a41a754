import { LocaleParamsSchema } from '../graphql/common';

/**
 * GET /api/needs-check?locale=sv — the published needs check (questions in order, with their options) for the check
 * page; 404 when none is published in that language. The loader caches it like content (swr, 60 s).
 */
export default defineEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  const check = await loadCheck(locale);
  if (!check) throw notFound('needs check');
  return check;
});
