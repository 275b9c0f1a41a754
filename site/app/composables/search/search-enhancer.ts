/**
 * The search page's only JavaScript (inlined, about 1.5 KB): results as you type and on every filter change,
 * without a page load. It asks this same server for the search page at the new URL and swaps in the part marked
 * `data-search-results`, so the server stays the one renderer; the URL follows with history.replaceState. Without
 * JavaScript the page is a plain GET form and works the same, one submit at a time.
 */
export function searchEnhancer(debounceMs: number): string {
  return `(function () {
  var form = document.querySelector('form[data-search]');
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) return;
  var input = form.querySelector('input[name=q]'), status = document.querySelector('[data-search-status]'), timer, ctrl;
  function target() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (typeof value !== 'string' || value === '' || (key === 'sort' && value === 'relevance')) return;
      params.append(key, key === 'q' ? value.trim() : value);
    });
    var qs = params.toString();
    return form.getAttribute('action') + (qs ? '?' + qs : '');
  }
  function load(href) {
    if (ctrl) ctrl.abort();
    ctrl = new AbortController();
    var region = form.querySelector('[data-search-results]');
    region.setAttribute('aria-busy', 'true');
    fetch(href, { signal: ctrl.signal, headers: { accept: 'text/html' } }).then(function (res) { return res.text(); }).then(function (html) {
      var next = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-search-results]');
      if (!next) return;
      var active = document.activeElement, key = active && region.contains(active) && active.name ? [active.name, active.value] : null;
      var details = region.querySelector('details'), open = details && details.open;
      region.replaceWith(next);
      var nextDetails = next.querySelector('details');
      if (nextDetails && open) nextDetails.open = true;
      if (key) {
        var again = Array.prototype.find.call(next.querySelectorAll('[name]'), function (el) { return el.name === key[0] && (el.tagName === 'SELECT' || el.value === key[1]); });
        if (again) again.focus();
      }
      var heading = next.querySelector('#results-h');
      if (status && heading) status.textContent = heading.textContent;
      history.replaceState(null, '', href);
      var lang = document.querySelector('.lang-switch');
      if (lang) lang.search = new URL(href, location.href).search;
    }).catch(function () { region.removeAttribute('aria-busy'); });
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { load(target()); }, ${debounceMs});
  });
  form.addEventListener('change', function (event) { if (event.target !== input) load(target()); });
  form.addEventListener('submit', function (event) { event.preventDefault(); clearTimeout(timer); load(target()); });
  form.addEventListener('click', function (event) {
    var link = event.target instanceof Element && event.target.closest('[data-search-results] a[data-page]');
    if (link) { event.preventDefault(); load(link.getAttribute('href')); }
  });
})();`;
}
