import { isEvent } from 'h3';

/**
 * The API routes read the runtime configuration the process started with, not a copy per request.
 *
 * Nitro's useRuntimeConfig(event) clones the whole configuration for each request and reads every key from the
 * environment again (for hosts whose environment differs per request; a Node server's does not), and the i18n module
 * asks for it at the start of every request: a tenth of the search API's CPU under load (a CPU profile of the site).
 * Before the `request` hooks run, an API request is given the process's own configuration, which Nitro built from
 * the same environment at start and froze, so nothing can change it in one request for another. Pages keep the
 * per-request copy: the Vue app rendering them may add to it.
 */
export default defineNitroPlugin((nitroApp) => {
  const shared = useRuntimeConfig();
  nitroApp.hooks.beforeEach((hook) => {
    if (hook.name !== 'request') return;
    // Where the event sits among the hook's arguments differs between hookable versions (the name may come first).
    const event = hook.args.find(isEvent);
    if (event?.path.startsWith('/api/') && event.context.nitro) event.context.nitro.runtimeConfig ??= shared;
  });
});
