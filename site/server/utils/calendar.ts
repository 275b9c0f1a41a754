import type { H3Event } from 'h3';
import { z } from 'zod';
import { LocaleSchema, SlugSchema } from '../graphql/common';

const ParamsSchema = z.object({ locale: LocaleSchema, file: z.string().regex(/\.ics$/).transform((f) => f.slice(0, -4)).pipe(SlugSchema) });

/**
 * An `.ics` file from the CMS (`/api/calendar/{occasions,centres}/<slug>`), which builds it with ical-generator in
 * Europe/Stockholm time. `download` makes the browser save a single event rather than subscribe to a feed.
 */
export async function sendCalendar(event: H3Event, kind: 'occasions' | 'centres', download: boolean) {
  const parsed = ParamsSchema.safeParse(getRouterParams(event));
  if (!parsed.success) throw notFound('calendar');
  const { locale, file: slug } = parsed.data;
  const answer = await cmsRest(`/api/calendar/${kind}/${slug}`, { query: { locale } });
  if (answer.status === 404) throw notFound('calendar');
  if (answer.status !== 200 || typeof answer.body !== 'string' || !answer.body.startsWith('BEGIN:VCALENDAR')) {
    console.error(`[site] calendar ${kind}/${slug}: CMS HTTP ${answer.status}`);
    throw createError({ statusCode: 502, statusMessage: 'Bad Gateway', message: UPSTREAM_MESSAGES.cmsShape });
  }
  setResponseHeader(event, 'content-type', 'text/calendar; charset=utf-8');
  setResponseHeader(event, 'cache-control', 'public, max-age=300');
  if (download) setResponseHeader(event, 'content-disposition', `attachment; filename="${slug}.ics"`);
  return answer.body;
}
