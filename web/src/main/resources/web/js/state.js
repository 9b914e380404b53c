// The search state and its URL form: the URL holds the query and filters, so a link reproduces the search.

/** Facet dimensions the sidebar shows, in display order; each is also a repeatable API parameter. */
export const DIMS = ['type', 'conference', 'speaker', 'tag', 'year'];

// Parameters the page does not edit but keeps, so a hand-made link (e.g. ?author=…&sort=newest) still works.
const KEPT = ['author', 'from', 'to', 'sort', 'post'];
/** Filters shown as chips: the sidebar's dimensions, and the one post "+n more in this post" opened. */
const CHIPPED = DIMS.concat('post');

/** Reads a state from a query string such as location.search. */
export function fromQuery(query) {
  const params = new URLSearchParams(query);
  const filters = {};
  for (const dim of DIMS.concat(KEPT)) {
    const values = params.getAll(dim).filter(v => v !== '');
    if (values.length) filters[dim] = [...new Set(values)];
  }
  return { q: params.get('q') || '', filters };
}

/** The query string of a state, in a stable order so equal states give equal URLs. */
export function toQuery(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  for (const dim of DIMS.concat(KEPT)) {
    for (const value of state.filters[dim] || []) params.append(dim, value);
  }
  return params.toString();
}

/** A copy of the state with one filter value switched on or off. */
export function toggled(state, dim, value) {
  const current = state.filters[dim] || [];
  const next = current.includes(value) ? current.filter(v => v !== value) : current.concat(value);
  const filters = { ...state.filters, [dim]: next };
  if (!next.length) delete filters[dim];
  return { ...state, filters };
}

/** Selected values of the filters the page shows, as [dim, value] pairs. */
export function selected(state) {
  return CHIPPED.flatMap(dim => (state.filters[dim] || []).map(value => [dim, value]));
}

/** A copy of the state narrowed to the hits of one post (by its source path), replacing any other post. */
export function withPost(state, path) {
  return { ...state, filters: { ...state.filters, post: [path] } };
}

/** A copy of the state with every shown filter removed (the other kept parameters stay). */
export function cleared(state) {
  const filters = { ...state.filters };
  for (const dim of CHIPPED) delete filters[dim];
  return { ...state, filters };
}
