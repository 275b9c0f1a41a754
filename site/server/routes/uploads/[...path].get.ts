/**
 * /uploads/** — media from Strapi's upload folder (rich-text images), served through the site so the browser never
 * talks to the CMS. Upload file names are content-hashed by Strapi, so they can be cached for a long time.
 */
export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? '';
  if (!/^[\w./-]+$/.test(path) || path.includes('..')) throw notFound('file');
  const { strapiUrl } = useRuntimeConfig(event);
  setResponseHeader(event, 'cache-control', 'public, max-age=604800');
  return proxyRequest(event, `${strapiUrl.replace(/\/$/, '')}/uploads/${path}`, { headers: { cookie: '', authorization: '' } });
});
