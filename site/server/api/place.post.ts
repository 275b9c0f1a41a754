import { OUTSIDE_REGION } from '@kunskapsnavet/needs';
import { z } from 'zod';
import { LocaleSchema } from '../graphql/common';

/** Only a path on this site: `/…` but not `//host` (an open redirect). */
const LocalPath = z.string().max(500).regex(/^\/(?!\/)[^\s\\]*$/);
const PlaceBodySchema = z.object({ locale: LocaleSchema, municipality: z.string().max(60), back: LocalPath });

/**
 * POST /api/place — "show occasions near …": the municipality chosen on a page (a select and a button, no script),
 * kept in a cookie in the reader's browser; 303 back to the page. An unknown municipality changes nothing.
 */
export default defineEventHandler(async (event) => {
  const body = await readFormBody(event);
  assertSameOrigin(event);
  const parsed = PlaceBodySchema.safeParse(body);
  if (!parsed.success) throw invalidForm('The place form is incomplete.', { locale: localeField(body) });
  const { locale, municipality, back } = parsed.data;
  const known = municipality === OUTSIDE_REGION || (await loadPlaces(locale)).municipalities.some((m) => m.slug === municipality);
  if (known) setReaderMunicipality(event, municipality);
  return sendRedirect(event, back, 303);
});
