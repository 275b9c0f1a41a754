/** GET /ics/<sv|en>/occasion/<slug>.ics — one occasion, to save into a calendar. */
export default defineEventHandler((event) => sendCalendar(event, 'occasions', true));
