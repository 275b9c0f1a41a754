// @ts-check
/// <reference lib="webworker" />
/**
 * Kunskapsnavet's offline copy of saved learning paths. Registered only by the "Save for offline" view of a path
 * (app/composables/offline/offline-saver.ts), which also fills the cache; this worker serves it. Hand-written rather
 * than Workbox: it serves a list of saved URLs network-first and queues one kind of form post, and Workbox's
 * precaching (build-time manifests) and background sync (the Sync API) fit neither. Shapes shared with the saver:
 * cache CACHE, its MANIFEST entry {paths: {[id]: {title, url, version, pages: [{url, title}]}}}, queue entry QUEUE.
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const CACHE = 'kn-offline-v1';
const MANIFEST = '/__offline/manifest';
const QUEUE = '/__offline/queue';

sw.addEventListener('install', () => { sw.skipWaiting(); });
sw.addEventListener('activate', (event) => { event.waitUntil(sw.clients.claim()); });

/** The cache key of a page: its path and the `path` parameter (the step's path context); answers and hashes dropped. */
function pageKey(href) {
  const url = new URL(href, sw.location.origin);
  const path = url.searchParams.get('path');
  return url.pathname + (path ? `?path=${encodeURIComponent(path)}` : '');
}

async function readJson(key, fallback) {
  const res = await (await caches.open(CACHE)).match(key);
  return res ? res.json() : fallback;
}

async function writeJson(key, value) {
  await (await caches.open(CACHE)).put(key, new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } }));
}

/** Sends the "mark as done" posts made offline, oldest first; stops at the first that does not get through. */
async function flushQueue() {
  const queue = await readJson(QUEUE, []);
  while (queue.length > 0) {
    try {
      await fetch('/api/progress', { method: 'POST', body: new URLSearchParams(queue[0]), redirect: 'manual', credentials: 'same-origin' });
    } catch {
      break;
    }
    queue.shift();
    await writeJson(QUEUE, queue);
  }
}

/** A post made offline: kept for later, answered as the server would (303 back to the page it came from). */
async function queueProgress(request) {
  const form = new URLSearchParams(await request.text());
  const entry = Object.fromEntries(form);
  await writeJson(QUEUE, [...(await readJson(QUEUE, [])), entry]);
  const back = typeof entry.back === 'string' && /^\/(?![/\\])/.test(entry.back) ? entry.back : '/';
  return Response.redirect(new URL(back, sw.location.origin).href, 303);
}

/** A saved page with a changed body: its headers (CSP included) without the ones that described the old body. */
function rewritten(response, html) {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: response.status, headers });
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A saved page as it is served offline: with a note of the marks waiting to be sent, in the page's language. */
async function withPendingNote(response, locale) {
  const queue = await readJson(QUEUE, []);
  if (queue.length === 0) return response;
  const fallback = await (await caches.open(CACHE)).match(locale === 'en' ? '/en/offline' : '/offline');
  const template = fallback ? /data-pending="([^"]*)"/.exec(await fallback.text())?.[1] : null;
  if (!template) return response;
  const note = `<p class="notice" role="status" data-offline-pending>${template.replace('{n}', String(queue.length))}</p>`;
  const html = (await response.text()).replace(/(<main[^>]*>)/, `$1${note}`);
  return rewritten(response, html);
}

/** The offline page in the reader's language, listing every saved page (filled in here: it changes with each save). */
async function offlinePage(locale) {
  const page = await (await caches.open(CACHE)).match(locale === 'en' ? '/en/offline' : '/offline');
  if (!page) return Response.error();
  const manifest = await readJson(MANIFEST, { paths: {} });
  const items = Object.values(manifest.paths).map((path) => {
    const pages = path.pages.map((p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.title)}</a></li>`).join('');
    return `<li><a href="${escapeHtml(path.url)}">${escapeHtml(path.title)}</a><ol>${pages}</ol></li>`;
  });
  const html = (await page.text()).replace(/(<ul[^>]*data-offline-saved[^>]*>)[\s\S]*?(<\/ul>)/, `$1${items.join('')}$2`);
  return withPendingNote(rewritten(page, html), locale);
}

/**
 * A saved path's page fetched online carries the path's content version (the latest change to it or its steps):
 * when it differs from the copy's, the CMS has published something newer and every page of the path is fetched again.
 */
async function refreshIfNewer(key, response) {
  const manifest = await readJson(MANIFEST, { paths: {} });
  const entry = Object.entries(manifest.paths).find(([, path]) => pageKey(path.url) === key);
  const version = /data-content-version="([^"]*)"/.exec(await response.text())?.[1];
  if (!entry || version === undefined || version === entry[1].version) return;
  const cache = await caches.open(CACHE);
  for (const page of entry[1].pages) {
    const res = await fetch(page.url, { credentials: 'same-origin' }).catch(() => null);
    if (!res?.ok) return;
    await cache.put(pageKey(page.url), res);
  }
  manifest.paths[entry[0]].version = version;
  await writeJson(MANIFEST, manifest);
}

/** Pages: network first (sending queued marks before), a saved copy refreshed on the way; offline the copy or the offline page. */
async function navigate(event) {
  const request = event.request;
  const key = pageKey(request.url);
  const locale = /^\/en(\/|$)/.test(new URL(request.url).pathname) ? 'en' : 'sv';
  const cache = await caches.open(CACHE);
  const saved = await cache.match(key);
  try {
    await flushQueue();
    const response = await fetch(request);
    if (saved && response.ok && response.type === 'basic') {
      await cache.put(key, response.clone());
      event.waitUntil(refreshIfNewer(key, response.clone()));
    }
    return response;
  } catch {
    return saved ? withPendingNote(saved, locale) : offlinePage(locale);
  }
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/api/progress') {
    event.respondWith(fetch(request.clone()).catch(() => queueProgress(request)));
  } else if (request.method === 'GET' && request.mode === 'navigate') {
    event.respondWith(navigate(event));
  } else if (request.method === 'GET' && !url.pathname.startsWith('/api/')) {
    // Stylesheets, icons, the manifest: the network, or the saved copy when there is none.
    event.respondWith(fetch(request).catch(async () => (await caches.match(pageKey(request.url), { cacheName: CACHE })) ?? Response.error()));
  }
});
