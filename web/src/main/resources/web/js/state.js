// The search state and its URL form: the URL holds the query and filters, so a link reproduces the search.

/**
 * Facet dimensions the sidebar shows first, in display order; each is also a repeatable API parameter. The site's
 * taxonomies (categories, keywords, series, ...) follow, as the API lists them.
 */
export const DIMS = ['lang', 'type', 'conference', 'speaker', 'tag', 'year'];

/** The `lang` value that means "every language" (the reader chose it): kept in the URL, never sent to the API. */
export const ALL_LANGUAGES = 'all';

// Parameters the page does not edit but keeps, so a hand-made link (e.g. ?author=…&sort=newest) still works.
const KEPT = ['author', 'from', 'to', 'sort', 'post'];
// Filters without a chip: the language has its own switch, the others no sidebar box.
const UNCHIPPED = new Set(['lang', 'author', 'from', 'to', 'sort']);

/** The dimensions of an API answer's facets: the known ones first, then the site's taxonomies. */
export function dimsOf(facets) {
  return DIMS.concat(Object.keys(facets || {}).filter(dim => !DIMS.includes(dim) && !KEPT.includes(dim)));
}

/** Reads a state from a query string such as location.search: every parameter but q is a filter. */
export function fromQuery(query) {
  const params = new URLSearchParams(query);
  const filters = {};
  for (const dim of new Set(params.keys())) {
    const values = params.getAll(dim).filter(v => v !== '');
    if (dim !== 'q' && values.length) filters[dim] = [...new Set(values)];
  }
  return { q: params.get('q') || '', filters };
}

/** The query string of a state, in a stable order so equal states give equal URLs. */
export function toQuery(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  const known = DIMS.concat(KEPT);
  const others = Object.keys(state.filters).filter(dim => !known.includes(dim)).sort();
  for (const dim of known.concat(others)) {
    for (const value of state.filters[dim] || []) params.append(dim, value);
  }
  return params.toString();
}

/** The API parameters of a state: its query string without the page-only "all languages" marker. */
export function apiParams(state) {
  const params = new URLSearchParams(toQuery(state));
  if (params.getAll('lang').includes(ALL_LANGUAGES)) params.delete('lang');
  return params;
}

/**
 * The index language a reader's language stands for: the same code, else the same primary language (the reader's
 * ja-JP for the site's ja, en for en-us); null when the index holds none of them.
 */
export function matchLanguage(readerLanguages, indexLanguages) {
  const index = indexLanguages.map(l => String(l).toLowerCase());
  const primary = code => code.split('-')[0];
  for (const wanted of readerLanguages.filter(Boolean).map(l => l.toLowerCase().replace('_', '-'))) {
    const same = index.find(l => l === wanted) || index.find(l => primary(l) === primary(wanted));
    if (same) return same;
  }
  return null;
}

/** A copy of the state with one filter value switched on or off. */
export function toggled(state, dim, value) {
  const current = state.filters[dim] || [];
  const next = current.includes(value) ? current.filter(v => v !== value) : current.concat(value);
  const filters = { ...state.filters, [dim]: next };
  if (!next.length) delete filters[dim];
  return { ...state, filters };
}

/** Selected values of the filters the page shows as chips, as [dim, value] pairs. */
export function selected(state) {
  return Object.keys(state.filters).filter(dim => !UNCHIPPED.has(dim))
    .flatMap(dim => (state.filters[dim] || []).map(value => [dim, value]));
}

/** A copy of the state narrowed to the hits of one post (by its source path), replacing any other post. */
export function withPost(state, path) {
  return { ...state, filters: { ...state.filters, post: [path] } };
}

/** A copy of the state with every chipped filter removed (the language and the other kept parameters stay). */
export function cleared(state) {
  const filters = { ...state.filters };
  for (const [dim] of selected(state)) delete filters[dim];
  return { ...state, filters };
}

/** A copy of the state searching only `lang`, or every language when `lang` is ALL_LANGUAGES. */
export function withLanguage(state, lang) {
  return { ...state, filters: { ...state.filters, lang: [lang] } };
}
