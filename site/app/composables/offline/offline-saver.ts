/**
 * The "Save for offline" view's only JavaScript (inlined, about 1 KB gzip), run only after the reader asked for it:
 * registers the service worker (public/sw.js), stores the path page, every step page with its images, the offline
 * pages and the assets in the cache the worker serves, and shows the bytes stored; "Remove offline copy" deletes the cache and
 * unregisters the worker. Cache name and manifest entry are the worker's (see public/sw.js). Text goes in with
 * textContent only; the messages come from data attributes rendered in the reader's language.
 */
export const OFFLINE_SAVER = `(async function () {
  var box = document.querySelector('[data-offline]'); if (!box) return;
  var d = box.dataset, out = box.querySelector('[data-offline-status]'), rm = box.querySelector('[data-offline-remove]');
  var C = 'kn-offline-v1', M = '/__offline/manifest', say = function (t) { out.textContent = t; };
  if (!('serviceWorker' in navigator) || !window.caches) return say(d.unsupported);
  var key = function (u) { var x = new URL(u, location.href), p = x.searchParams.get('path'); return x.pathname + (p ? '?path=' + encodeURIComponent(p) : ''); };
  rm.addEventListener('click', async function () {
    await caches.delete(C);
    for (var r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    rm.hidden = true; say(d.removed);
  });
  try {
    say(d.saving);
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    var cache = await caches.open(C), pages = JSON.parse(d.pages), n = 0, seen = {};
    var list = [d.url].concat(pages.map(function (p) { return p.url; }), JSON.parse(d.assets), [].map.call(document.querySelectorAll('link[rel=stylesheet]'), function (l) { return l.href; }));
    for (var i = 0; i < list.length; i++) {
      var u = list[i]; if (seen[key(u)]) continue; seen[key(u)] = 1;
      var res = await fetch(u, { credentials: 'same-origin' }); if (!res.ok) throw new Error(u);
      // A step's images (rich-text uploads) are saved with it.
      if (/html/.test(res.headers.get('content-type'))) for (var m of (await res.clone().text()).matchAll(/<img[^>]+src="([/]uploads[/][^"]+)"/g)) list.push(m[1]);
      await cache.put(key(u), res);
    }
    var old = await cache.match(M), man = old ? await old.json() : { paths: {} };
    man.paths[d.id] = { title: d.title, url: d.url, version: d.version, pages: pages };
    await cache.put(M, new Response(JSON.stringify(man), { headers: { 'content-type': 'application/json' } }));
    for (var k of await cache.keys()) n += (await (await cache.match(k)).blob()).size;
    await navigator.serviceWorker.ready;
    say(d.saved.replace('{size}', new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 }).format(n / 1e6) + ' MB'));
    box.setAttribute('data-offline-bytes', String(n)); rm.hidden = false;
  } catch (e) { say(d.failed); }
})();`;
