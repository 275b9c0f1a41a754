/** GET /api/module?locale=sv&slug=… — one published course module with its sections and knowledge checks. */
export default defineItemHandler('module', loadModule);
