/** GET /api/effort?locale=sv&slug=… — one published effort: what it offers, its dated occasions and the partners behind it. */
export default defineItemHandler('effort', (locale, { slug }) => loadEffort(locale, slug));
