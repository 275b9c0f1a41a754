export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // After the query is parsed: refuse over-deep or over-wide REST populate before any database work.
  'global::populate-limits',
  // GraphQL's complexity budget, before Apollo validates (validation of many aliases is itself expensive).
  'global::graphql-cost',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
