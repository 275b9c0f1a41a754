import { ItemParamsSchema } from '../graphql/common';
import { TOPIC_QUERY, TopicResponseSchema, toTopicView } from '../graphql/listings';

/** GET /api/topic?locale=sv&slug=… — a topic and everything filed under it. */
export default defineCachedEventHandler(async (event) => {
  const { locale, slug } = readQuery(event, ItemParamsSchema);
  const raw = (await cmsQuery(TOPIC_QUERY, { locale, slug }, TopicResponseSchema)).items[0];
  if (!raw) throw notFound('topic');
  return toTopicView(raw, locale);
}, contentCache('topic', ItemParamsSchema));
