import { getRequestHeader, getRequestHost, send, setResponseHeader, setResponseStatus, type H3Event } from 'h3';
import { defineNitroErrorHandler, useNitroApp } from 'nitropack/runtime';
import { errorCode, formErrorCodeOf, formErrorContext, formErrorPageUrl, jsonErrorBody } from './utils/error-response';

const accepts = (event: H3Event, type: string) => (getRequestHeader(event, 'accept') ?? '').includes(type);

/** The page for a refused form post, rendered by the app at the error's status; null if it could not be rendered. */
async function formErrorPage(event: H3Event, error: Parameters<typeof formErrorCodeOf>[0]): Promise<string | null> {
  const { locale, back } = formErrorContext(error.data, getRequestHeader(event, 'referer'), getRequestHost(event));
  const res = await useNitroApp().localFetch(formErrorPageUrl(formErrorCodeOf(error), locale, back), { headers: { accept: 'text/html' } }).catch(() => null);
  return res?.ok ? res.text() : null;
}

/**
 * The site's error funnel for responses, in front of Nuxt's own handler (registered in nuxt.config.ts):
 * - a browser's plain form post that was refused (413, 400, 403, 429, …) gets a page in the reader's language that
 *   says what to do, with a way back, at the refusal's status — never raw JSON;
 * - API clients (anything not asking for HTML) get `{ error: { status, code, message } }` with a stable code;
 * - other HTML requests fall through to Nuxt, which renders app/error.vue (404 and friends).
 */
export default defineNitroErrorHandler(async (error, event) => {
  const status = error.statusCode || 500;
  if (error.unhandled || error.fatal) console.error(`[site] ${event.method} ${event.path}: ${status}`, error.cause ?? error);
  if (event.method === 'POST' && accepts(event, 'text/html')) {
    const html = await formErrorPage(event, error);
    if (html === null) return;
    setResponseStatus(event, status);
    setResponseHeader(event, 'content-type', 'text/html;charset=utf-8');
    setResponseHeader(event, 'cache-control', 'no-store');
    return send(event, html);
  }
  if (accepts(event, 'text/html')) return;
  setResponseStatus(event, status);
  setResponseHeader(event, 'content-type', 'application/json');
  setResponseHeader(event, 'cache-control', 'no-store');
  return send(event, JSON.stringify(jsonErrorBody(error)));
});
