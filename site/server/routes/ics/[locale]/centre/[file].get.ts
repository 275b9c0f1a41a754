/** GET /ics/<sv|en>/centre/<slug>.ics — a learning centre's occasions as a feed a calendar can subscribe to. */
export default defineEventHandler((event) => sendCalendar(event, 'centres', false));
