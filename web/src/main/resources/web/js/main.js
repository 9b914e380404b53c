// The search page: wires the input, the API, the result list, the facets and the URL together.
import { latest, STALE } from './api.js';
import { showSite } from './site.js';
import { ALL_LANGUAGES, DIMS, apiParams, dimsOf, fromQuery, matchLanguage, toQuery, toggled, selected, cleared,
  withLanguage, withPost } from './state.js';
import { readerLanguages, renderLanguageScope } from './languages.js';
import { card } from './cards.js';
import { renderFacets } from './facets.js';
import { renderChips, renderSuggestions } from './chips.js';
import { composing, listNavigation } from './keys.js';
import { el } from './dom.js';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 100;
const $ = id => document.getElementById(id);
const input = $('q');
const results = $('results');
// Every URL is relative to the page's base (where this module's folder sits), so the page works under any prefix.
const BASE = new URL('../', import.meta.url).href;
const search = latest(BASE, 'api/search');
const suggest = latest(BASE, 'api/suggest');
const browse = latest(BASE, 'api/search');
showSite(BASE);

let state = fromQuery(location.search);
let page = 1;
let lastAnswer = null;
let timer = 0;
let runs = 0;
/** The languages of the whole index (not only of the current matches), once known. */
let indexLanguages = [];
/** Titles of the posts "+n more in this post" opened, for their chips (a shared link shows the path instead). */
const postTitles = new Map();

const nav = listNavigation(input, results, option => { location.href = option.dataset.url; });

/** Runs the current state's search; `history` is 'push', 'replace' or 'none'; `append` loads the next page. */
async function run(history, append = false) {
  clearTimeout(timer);
  writeUrl(history);
  page = append ? page + 1 : 1;
  const params = apiParams(state);
  params.set('page', page);
  params.set('size', PAGE_SIZE);
  const asked = toQuery(state);
  renderChips($('chips'), selected(state), remove, clearAll,
    (dim, value) => (dim === 'post' && postTitles.get(value)) || value);
  const mine = ++runs;
  document.body.classList.add('loading');
  results.setAttribute('aria-busy', 'true');
  try {
    const answer = await search(params);
    showAnswer(answer, append);
    // Which query the shown results answer: for assistive tech and tests, since the URL changes before they do.
    results.dataset.search = asked;
  } catch (error) {
    if (error === STALE) return;
    showError(error);
  } finally {
    if (mine === runs) {
      document.body.classList.remove('loading');
      results.setAttribute('aria-busy', 'false');
    }
  }
}

/**
 * Learns the index's languages (browsing everything counts them over the whole index) and, on arrival without a lang
 * parameter, searches a site in several languages in the reader's (the browser's languages, matched to the index's by
 * code or primary language); with no match, or one language, in all of them.
 */
async function adoptLanguage() {
  try {
    const answer = await browse(new URLSearchParams({ size: '1' }));
    indexLanguages = (answer.facets?.lang || []).map(v => String(v.value));
  } catch {
    return; // the search itself reports an unreachable server
  }
  const match = indexLanguages.length > 1 ? matchLanguage(readerLanguages(), indexLanguages) : null;
  if (match && !state.filters.lang) state = withLanguage(state, match);
}

function drawLanguageScope() {
  const languages = indexLanguages.length ? indexLanguages
    : (lastAnswer?.facets?.lang || []).map(v => String(v.value));
  renderLanguageScope($('lang-scope'), languages, state.filters.lang || [],
    matchLanguage(readerLanguages(), languages), lang => {
      state = withLanguage(state, lang);
      run('push');
    });
}

function writeUrl(history) {
  const query = toQuery(state);
  const url = location.pathname + (query ? '?' + query : '');
  document.title = state.q.trim() ? state.q.trim() + ' – Search' : 'Search the blog';
  if (history === 'none' || url === location.pathname + location.search) return;
  window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

function showAnswer(answer, append) {
  lastAnswer = answer;
  $('error').hidden = true;
  const hits = answer.hits || [];
  if (!append) {
    results.replaceChildren();
    nav.reset();
  }
  const offset = results.children.length;
  hits.forEach((hit, i) => results.append(card(hit, offset + i, openPost)));
  const total = answer.total || 0;
  // total counts the results paging yields: one per post card (its matching entities folded in), or one per entity
  // when entity types are chosen; the status says so.
  $('status').textContent = total
    ? total.toLocaleString('en') + (total === 1 ? ' result' : ' results') + ' in ' + (answer.tookMs ?? '?') + ' ms'
    : '';
  $('status').title = total
    ? 'Each post counts once, with its matching sections, quotes, figures and talks on its card; '
      + 'entities chosen by type count one by one.'
    : '';
  if (answer.timedOut) $('status').textContent += ' (time limit reached: results may be incomplete)';
  $('empty').hidden = total > 0;
  // A full page may have a next one; a short page is the last (pages count grouped hits, not entities).
  $('more').hidden = hits.length < PAGE_SIZE || results.children.length >= total;
  showDidYouMean(answer.didYouMean);
  drawFacets();
  drawLanguageScope();
  input.setAttribute('aria-expanded', String(results.children.length > 0));
}

function showError(error) {
  lastAnswer = null;
  results.replaceChildren();
  nav.reset();
  $('status').textContent = '';
  $('empty').hidden = true;
  $('more').hidden = true;
  $('did-you-mean').hidden = true;
  $('error-detail').textContent = error.status
    ? error.message
    : (error.message || 'The network request failed.') + ' Check your connection and try again.';
  $('error').hidden = false;
}

function showDidYouMean(suggestion) {
  const box = $('did-you-mean');
  box.hidden = !suggestion || suggestion === state.q;
  if (box.hidden) return;
  const link = el('a', { href: '?' + toQuery({ ...state, q: suggestion }) }, suggestion);
  link.addEventListener('click', event => {
    event.preventDefault();
    setQuery(suggestion, 'push');
  });
  box.replaceChildren('Did you mean ', link, '?');
}

function drawFacets() {
  const shown = dim => (state.filters[dim] || []).filter(v => !(dim === 'lang' && v === ALL_LANGUAGES));
  renderFacets($('facets'), lastAnswer?.facets, dimsOf(lastAnswer?.facets), shown, (dim, value) => {
    state = toggled(dim === 'lang' ? { ...state, filters: { ...state.filters, lang: shown('lang') } } : state,
      dim, value);
    // Unticking the last language means every language, which must survive a reload (no reader default again).
    if (dim === 'lang' && !state.filters.lang) state = withLanguage(state, ALL_LANGUAGES);
    run('push');
  }, lastAnswer?.facetsExact === false);
}

/** "+n more in this post": the same search within that post, every hit shown. */
function openPost(hit) {
  postTitles.set(hit.path, hit.post?.title || hit.title || hit.path);
  state = withPost(state, hit.path);
  run('push');
  input.focus();
}

function remove(dim, value) {
  state = toggled(state, dim, value);
  run('push');
  input.focus();
}

function clearAll() {
  state = cleared(state);
  run('push');
  input.focus();
}

function setQuery(q, history) {
  state = { ...state, q };
  input.value = q;
  run(history);
  fetchSuggestions();
}

async function fetchSuggestions() {
  const q = state.q.trim();
  if (q.length < 2) {
    renderSuggestions($('suggestions'), [], applySuggestion);
    return;
  }
  try {
    const answer = await suggest(new URLSearchParams({ q }));
    renderSuggestions($('suggestions'), answer.suggestions || [], applySuggestion);
  } catch {
    // Suggestions are a convenience: the search itself reports an unreachable server.
  }
}

function applySuggestion(suggestion) {
  if (DIMS.includes(suggestion.kind) && !(state.filters[suggestion.kind] || []).includes(suggestion.text)) {
    state = toggled({ ...state, q: '' }, suggestion.kind, suggestion.text);
    input.value = '';
    run('push');
  } else {
    setQuery(suggestion.text, 'push');
  }
  input.focus();
}

function typed() {
  state = { ...state, q: input.value };
  clearTimeout(timer);
  timer = setTimeout(() => { run('replace'); fetchSuggestions(); }, DEBOUNCE_MS);
}
// An input method's unconfirmed text (pinyin, kana) is not searched: the words are, once the reader confirms them.
input.addEventListener('input', event => { if (!event.isComposing) typed(); });
input.addEventListener('compositionend', typed);
input.addEventListener('keydown', event => {
  if (composing(event)) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    if (input.value) setQuery('', 'replace');
  }
});
$('search-form').addEventListener('submit', event => {
  event.preventDefault();
  run('push');
});
document.addEventListener('keydown', event => {
  const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});
document.addEventListener('facets-changed', drawFacets);
$('sort').addEventListener('change', event => {
  const filters = { ...state.filters, sort: [event.target.value] };
  if (!event.target.value) delete filters.sort;
  state = { ...state, filters };
  run('push');
});
$('more').addEventListener('click', () => run('none', true));
$('retry').addEventListener('click', () => run('none'));
$('filters-toggle').addEventListener('click', event => {
  const open = document.body.classList.toggle('filters-open');
  event.currentTarget.setAttribute('aria-expanded', String(open));
});
window.addEventListener('popstate', () => {
  state = fromQuery(location.search);
  input.value = state.q;
  $('sort').value = state.filters.sort?.[0] || '';
  run('none');
});

input.value = state.q;
$('sort').value = state.filters.sort?.[0] || '';
adoptLanguage().finally(() => run('replace'));
if (state.q) fetchSuggestions();
