/*
 * blogsearch embeddable search box. Turns an existing <input> on any page into an as-you-type dropdown of
 * results from a blogsearch server, with a link to the full results page.
 *
 *   <input id="search" type="search" placeholder="Search">
 *   <script src="https://search.example.org/blogsearch.js" defer
 *           data-endpoint="https://search.example.org" data-input="#search"></script>
 *
 * Attributes of the script tag (all optional):
 *   data-endpoint    the blogsearch server, with its base path (default: the folder this script came from)
 *   data-input       CSS selector of the input(s) (default: #search, #blogsearch, [data-blogsearch])
 *   data-results-url the full results page (default: the endpoint's /)
 *   data-size        how many results the dropdown shows (default: 6)
 *   data-stylesheet  "false" to skip loading the endpoint's box.css (then style .blogsearch-box yourself)
 *   data-lang        the language to search first (default: the input's, i.e. the page's <html lang>); on a site in
 *                    several languages the box searches that one and offers "Search all languages"
 *   data-theme       auto (default: light or dark as the page around the input), light, dark, or system
 *                    (the reader's preference)
 * The server must allow the page's origin (blogsearch serve --cors-origin https://blog.example.org).
 * A plain script, not a module, so the script itself needs no CORS; it also works with type="module".
 */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[src*="blogsearch.js"]');
  var data = script ? script.dataset : {};
  // The script's folder, not its origin: a server under a base path (e.g. /search/blogsearch.js) is reached there.
  // Absolute, so links can be resolved against it even when data-endpoint is a path such as /search.
  var endpoint = new URL(data.endpoint || (script ? new URL('.', new URL(script.src, location.href)).href : '/'),
    location.href).href.replace(/\/+$/, '');
  var resultsUrl = data.resultsUrl || endpoint + '/';
  var size = Math.max(1, Math.min(20, parseInt(data.size, 10) || 6));
  var LABELS = { post: 'Post', page: 'Page', section: 'Section', quote: 'Quote', figure: 'Figure', talk: 'Talk' };
  var parser = new DOMParser();
  var boxes = 0;

  function start() {
    if (data.stylesheet !== 'false' && !document.querySelector('link[data-blogsearch]')) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = endpoint + '/box.css';
      link.setAttribute('data-blogsearch', '');
      document.head.appendChild(link);
    }
    var inputs = document.querySelectorAll(data.input || '#search, #blogsearch, [data-blogsearch]');
    for (var i = 0; i < inputs.length; i++) attach(inputs[i]);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The blog's own text takes its direction from its first letters (Arabic, Hebrew and Persian read right to left).
  function written(node) {
    node.dir = 'auto';
    return node;
  }

  function safeUrl(url) {
    try {
      var parsed = new URL(url, endpoint + '/');
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  // The snippet's <mark> elements rebuilt from an inert parse; everything else becomes text.
  function snippet(html) {
    var out = written(el('span', 'blogsearch-snippet'));
    (function copy(from, to) {
      from.childNodes.forEach(function (node) {
        if (node.nodeType === 3) to.appendChild(document.createTextNode(node.data));
        else if (node.nodeType === 1 && node.localName === 'mark') copy(node, to.appendChild(el('mark')));
        else if (node.nodeType === 1) to.appendChild(document.createTextNode(node.outerHTML));
      });
    })(parser.parseFromString('<!doctype html><body>' + (html || ''), 'text/html').body, out);
    return out;
  }

  // A colour's [r, g, b, alpha] from a computed style such as "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)".
  function rgba(color) {
    var parts = (color || '').match(/[\d.]+/g) || [];
    return parts.length < 3 ? null : [+parts[0], +parts[1], +parts[2], parts.length > 3 ? +parts[3] : 1];
  }

  // Whether the page is dark where the input sits: the first painted background around it, else its color-scheme.
  function darkAround(input) {
    var theme = data.theme || 'auto';
    if (theme === 'light' || theme === 'dark') return theme === 'dark';
    var prefersDark = window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches;
    if (theme === 'system') return prefersDark;
    for (var node = input.parentElement; node; node = node.parentElement) {
      var c = rgba(getComputedStyle(node).backgroundColor);
      if (c && c[3] > 0.5) return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] < 128;
    }
    var scheme = getComputedStyle(document.documentElement).colorScheme || '';
    if (/dark/.test(scheme)) return /light/.test(scheme) ? prefersDark : true;
    // Nothing painted and no scheme declared: the browser shows the page light.
    return false;
  }

  function attach(input) {
    var id = 'blogsearch-list-' + (++boxes);
    var list = el('ul', 'blogsearch-box');
    list.id = id;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    list.hidden = true;
    document.body.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.setAttribute('autocomplete', 'off');
    var timer = 0, sequence = 0, controller = null, active = -1;
    // The reader's language: the page's, unless the script tag names one. Which index language it stands for is
    // known from the first answer (null until then, '' for none: a site in one language, or no match).
    var closest = input.closest('[lang]');
    var wanted = (data.lang || (closest ? closest.getAttribute('lang') : '') || '').toLowerCase().replace('_', '-');
    var boxLang = wanted ? null : '';
    var allLanguages = false, resolving = false;

    function options() {
      return list.querySelectorAll('[role="option"]');
    }

    function show(open) {
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      if (open) list.classList.toggle('blogsearch-dark', darkAround(input));
      if (open) place();
      else activate(-1);
    }

    function place() {
      var rect = input.getBoundingClientRect();
      var room = document.documentElement.clientWidth;
      var width = Math.min(Math.max(rect.width, 320), room - 16);
      // Under the input, but pulled left when a wide dropdown would leave the window (an input at the right).
      var left = Math.max(8, Math.min(rect.left, room - width - 8));
      list.style.top = (rect.bottom + window.scrollY + 4) + 'px';
      list.style.left = (left + window.scrollX) + 'px';
      list.style.width = width + 'px';
    }

    function activate(index) {
      var all = options();
      if (all[active]) {
        all[active].classList.remove('blogsearch-active');
        all[active].setAttribute('aria-selected', 'false');
      }
      active = all.length ? Math.max(-1, Math.min(index, all.length - 1)) : -1;
      if (active < 0) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      all[active].classList.add('blogsearch-active');
      all[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    // The link itself is the option (its <li> is presentational), so no control is nested inside another.
    function option(index, url, className) {
      var li = el('li', 'blogsearch-item ' + (className || ''));
      li.setAttribute('role', 'none');
      var a = el('a', 'blogsearch-option blogsearch-link');
      a.id = id + '-' + index;
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      a.dataset.url = url;
      a.href = url;
      a.tabIndex = -1;
      li.appendChild(a);
      return { li: li, a: a };
    }

    // Browsing everything counts the whole index's languages; then the search the reader typed meanwhile runs.
    function learnLanguages() {
      resolving = true;
      fetch(endpoint + '/api/search?size=1', { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (answer) { boxLang = resolveLanguage(answer); }, function () { boxLang = ''; })
        .then(function () {
          resolving = false;
          search();
        });
    }

    // The index language matching the reader's: the same code, else the same primary language (ja-JP for ja).
    function resolveLanguage(answer) {
      var langs = ((answer.facets && answer.facets.lang) || []).map(function (v) { return String(v.value); });
      var primary = wanted.split('-')[0];
      var same = langs.filter(function (l) { return l === wanted; })[0]
        || langs.filter(function (l) { return l.split('-')[0] === primary; })[0];
      return langs.length > 1 && same ? same : '';
    }

    function searchedLanguage() {
      return allLanguages ? '' : boxLang || '';
    }

    function resultsLink(q) {
      var lang = allLanguages && boxLang ? 'all' : searchedLanguage();
      return resultsUrl + '?q=' + encodeURIComponent(q) + (lang ? '&lang=' + encodeURIComponent(lang) : '');
    }

    function render(q, answer) {
      list.textContent = '';
      active = -1;
      var hits = answer.hits || [];
      hits.forEach(function (hit, i) {
        var o = option(i, safeUrl(hit.url) || '#', 'blogsearch-' + (LABELS[hit.type] ? hit.type : 'post'));
        if (hit.lang) o.li.lang = hit.lang; // the right glyphs for Chinese or Japanese, the right voice for readers
        o.a.appendChild(el('span', 'blogsearch-type', LABELS[hit.type] || 'Post'));
        var quote = hit.type === 'quote' && hit.quote;
        var title = quote ? el('span', 'blogsearch-title blogsearch-quote') : el('span', 'blogsearch-title',
          hit.type === 'talk' && hit.talk ? hit.talk.title : hit.type === 'figure' && hit.figure ? hit.figure.title
            || hit.title : hit.title);
        if (quote) title.appendChild(hit.snippet ? snippet(hit.snippet) : document.createTextNode(quote.text));
        o.a.appendChild(written(title));
        if (quote && quote.speaker) o.a.appendChild(written(el('span', 'blogsearch-speaker', '— ' + quote.speaker)));
        if (!quote && hit.snippet) o.a.appendChild(snippet(hit.snippet));
        if (hit.post && hit.post.title && hit.post.title !== hit.title) {
          o.a.appendChild(written(el('span', 'blogsearch-post', hit.post.title)));
        }
        list.appendChild(o.li);
      });
      if (!hits.length) note('No results for “' + q + '”');
      var all = option(hits.length, resultsLink(q), 'blogsearch-all');
      all.a.textContent = 'All results' + (answer.total ? ' (' + answer.total + ')' : '') + ' →';
      list.appendChild(all.li);
      if (searchedLanguage()) {
        var every = option(hits.length + 1, '#', 'blogsearch-languages');
        every.a.textContent = 'Search all languages';
        every.a.dataset.action = 'all-languages';
        every.a.addEventListener('click', function (event) {
          event.preventDefault();
          searchAllLanguages();
        });
        list.appendChild(every.li);
      }
      show(true);
    }

    function note(text) {
      list.appendChild(el('li', 'blogsearch-empty', text)).setAttribute('role', 'none');
    }

    function fail() {
      list.textContent = '';
      note('Search is unavailable right now.');
      show(true);
    }

    function searchAllLanguages() {
      allLanguages = true;
      search();
      input.focus();
    }

    function search() {
      var q = input.value.trim();
      if (controller) controller.abort();
      var mine = ++sequence;
      if (!q) {
        show(false);
        return;
      }
      if (boxLang === null) {
        if (!resolving) learnLanguages();
        return;
      }
      controller = new AbortController();
      var params = new URLSearchParams({ q: q, size: String(size) });
      var asked = searchedLanguage();
      if (asked) params.set('lang', asked);
      var url = endpoint + '/api/search?' + params;
      fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
        .then(function (r) {
          if (!r.ok) throw new Error('status ' + r.status);
          return r.json();
        })
        .then(function (answer) {
          if (mine === sequence) render(q, answer); // an older answer arriving late is dropped
        })
        .catch(function (e) {
          if (e.name !== 'AbortError' && mine === sequence) fail();
        });
    }

    function typed() {
      clearTimeout(timer);
      timer = setTimeout(search, 100);
    }
    // An input method's unconfirmed text (pinyin, kana) is not searched: the words are, once the reader confirms them.
    input.addEventListener('input', function (event) {
      if (!event.isComposing) typed();
    });
    input.addEventListener('compositionend', typed);
    input.addEventListener('keydown', function (event) {
      // Enter, arrows and Escape pick, move and cancel an input method's candidates while it composes; Safari sends
      // the confirming Enter after the composition ends, with key code 229.
      if (event.isComposing || event.keyCode === 229) return;
      var all = options();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden && input.value.trim()) search();
        else activate(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        var q = input.value.trim();
        if (all[active] && all[active].dataset.action === 'all-languages') searchAllLanguages();
        else if (all[active]) location.href = all[active].dataset.url;
        else if (q) location.href = resultsLink(q);
      } else if (event.key === 'Escape') {
        // First Escape closes the dropdown and keeps the words (a search input would clear itself); the next clears.
        if (!list.hidden) {
          event.preventDefault();
          show(false);
        } else {
          input.value = '';
        }
      }
    });
    input.addEventListener('focus', function () {
      if (input.value.trim() && list.childNodes.length) show(true);
    });
    input.addEventListener('blur', function () {
      setTimeout(function () { show(false); }, 150); // after a click on an option has been followed
    });
    list.addEventListener('mousedown', function (event) {
      event.preventDefault(); // keep focus in the input so the click lands on the link
    });
    window.addEventListener('resize', function () {
      if (!list.hidden) place();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
