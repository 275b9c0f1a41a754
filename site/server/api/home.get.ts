import { LocaleParamsSchema } from '../graphql/common';
import { HOME_QUERY, HomeResponseSchema, toHomeView } from '../graphql/home';

/** GET /api/home?locale=sv — featured paths, newest articles and guides, topics. */
export default defineCachedEventHandler(async (event) => {
  const { locale } = readQuery(event, LocaleParamsSchema);
  return toHomeView(await cmsQuery(HOME_QUERY, { locale }, HomeResponseSchema), locale);
}, contentCache('home', LocaleParamsSchema));
