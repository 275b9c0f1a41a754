import { ItemParamsSchema } from '../graphql/common';
import { AUTHOR_QUERY, AuthorResponseSchema, toAuthorView } from '../graphql/listings';

/** GET /api/author?locale=sv&slug=… — an author and their research articles. */
export default defineCachedEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const raw = (await cmsQuery(AUTHOR_QUERY, { locale, slug }, AuthorResponseSchema)).items[0];
  if (!raw) throw notFound('author');
  return toAuthorView(raw, locale);
}, contentCache('author', ItemParamsSchema));
