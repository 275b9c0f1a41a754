/**
 * /uploads/** — media from Strapi's upload folder (rich-text images), served through the site so the browser never
 * talks to the CMS. Only raster images are shown inline; everything else downloads; SVG is refused (uploads.ts).
 */
export default defineEventHandler((event) => serveUpload(event, useRuntimeConfig(event).strapiUrl, getRouterParam(event, 'path') ?? ''));
