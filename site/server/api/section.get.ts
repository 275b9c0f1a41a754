import { z } from 'zod';
import { LocaleSchema } from '../graphql/common';
import { sectionQuery, SectionKindSchema, SectionResponseSchema } from '../graphql/home';
import { toRefs } from '../graphql/refs';

const QuerySchema = z.object({ locale: LocaleSchema.default('sv'), kind: SectionKindSchema });

/** GET /api/section?locale=sv&kind=guide — every published item of one type, for the section list pages. */
export default defineCachedEventHandler(async (event) => {
  const { locale, kind } = readQuery(event, QuerySchema);
  const data = await cmsQuery(sectionQuery(kind), { locale }, SectionResponseSchema);
  return toRefs(kind, data.items, locale);
}, contentCache('section', QuerySchema));
