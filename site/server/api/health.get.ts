/**
 * Liveness for the container health check and load balancers: answers without calling the CMS or Meilisearch,
 * so a slow CMS does not get the site restarted; pages report their own upstream failures.
 */
export default defineEventHandler(() => ({ status: 'ok' }));
