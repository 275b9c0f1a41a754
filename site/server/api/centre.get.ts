import { ItemParamsSchema } from '../graphql/common';
import { CENTRE_QUERY, CentreResponseSchema, toCentreView } from '../graphql/listings';

/** GET /api/centre?locale=sv&slug=… — a learning centre and the course modules it runs. */
export default defineCachedEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const raw = (await cmsQuery(CENTRE_QUERY, { locale, slug }, CentreResponseSchema)).items[0];
  if (!raw) throw notFound('learning centre');
  return toCentreView(raw, locale);
}, contentCache('centre', ItemParamsSchema));
