export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Reads whose query the database cannot run are the caller's mistake: 400 bad_query, not 500.
  'global::query-errors',
  // After the query is parsed: refuse over-deep or over-wide REST populate before any database work.
  'global::populate-limits',
  // GraphQL's complexity budget, before Apollo validates (validation of many aliases is itself expensive).
  'global::graphql-cost',
  'strapi::body',
  // After the multipart body is stored: uploads must be raster images or PDF by their bytes.
  'global::upload-types',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
