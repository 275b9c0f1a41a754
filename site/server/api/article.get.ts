/** GET /api/article?locale=sv&slug=… — one published research article, ready for the page. */
export default defineItemHandler('article', loadArticle);
