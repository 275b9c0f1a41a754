/** GET /api/guide?locale=sv&slug=… — one published guide with its steps. */
export default defineItemHandler('guide', loadGuide);
