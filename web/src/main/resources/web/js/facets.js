// The facet sidebar: one group per dimension, checkboxes with counts, "show more" for long lists and a filter box
// for the speaker list. What the reader expanded or typed in a filter box survives re-rendering.
import { el } from './dom.js';
import { languageName } from './languages.js';

const TITLES = { lang: 'Language', type: 'Type', conference: 'Conference', speaker: 'Speaker', tag: 'Tag',
  year: 'Year' };
const SHOWN = 8;
const FILTERABLE = new Set(['speaker', 'tag', 'conference']);
const expanded = new Set();
const filterText = {};
let countPrefix = '';

/**
 * Fills `container` from the API's facets; `onToggle(dim, value)` is called when a box is (un)checked. `estimated`:
 * the answer's counts come from a sample of a huge result set (facetsExact false) and are shown as "≈ n".
 */
export function renderFacets(container, facets, dims, selectedOf, onToggle, estimated = false) {
  countPrefix = estimated ? '≈\u00a0' : ''; // no break between the sign and the number
  const focusedId = document.activeElement?.id;
  container.replaceChildren(el('h2', { className: 'facets-title' }, 'Filter results'));
  for (const dim of dims) {
    const values = mergeSelected(facets?.[dim] || [], selectedOf(dim));
    if (values.length) container.append(group(dim, values, onToggle));
  }
  // Re-rendering replaces the nodes, so give focus back to the box or filter the reader was using.
  const again = focusedId && document.getElementById(focusedId);
  if (again && again !== document.activeElement) {
    again.focus();
    if (again.type === 'search') again.setSelectionRange(again.value.length, again.value.length);
  }
}

// A selected value the current results no longer count still needs its (checked) box, or it could not be removed.
function mergeSelected(values, selected) {
  const present = new Set(values.map(v => String(v.value)));
  const missing = selected.filter(v => !present.has(v)).map(value => ({ value, count: 0, selected: true }));
  return missing.concat(values).map(v => ({ ...v, selected: v.selected || selected.includes(String(v.value)) }));
}

function group(dim, values, onToggle) {
  const titleId = 'facet-' + dim + '-title';
  const list = el('ul', { className: 'facet-values', id: 'facet-' + dim + '-values' });
  const section = el('section', { className: 'facet', 'aria-labelledby': titleId },
    el('h3', { id: titleId }, dimTitle(dim)));
  const needle = (filterText[dim] || '').toLowerCase();
  if (FILTERABLE.has(dim) && values.length > SHOWN) section.append(filterBox(dim, list));
  const matching = values.filter(v => !needle || String(v.value).toLowerCase().includes(needle));
  // Hiding only one or two values behind "show more" costs a click for nothing.
  const collapse = !expanded.has(dim) && !needle && matching.length > SHOWN + 2;
  const limit = collapse ? SHOWN : matching.length;
  matching.slice(0, limit).forEach(v => list.append(option(dim, v, onToggle)));
  section.append(list);
  if (!needle && matching.length > SHOWN + 2) section.append(moreButton(dim, matching.length - SHOWN, list));
  return section;
}

function option(dim, facetValue, onToggle) {
  const id = 'facet-' + dim + '-' + idPart(String(facetValue.value));
  const box = el('input', { type: 'checkbox', id, checked: facetValue.selected });
  box.dataset.dim = dim;
  box.dataset.value = facetValue.value;
  box.addEventListener('change', () => onToggle(dim, String(facetValue.value)));
  return el('li', {}, box, el('label', { for: id },
    el('span', { className: 'facet-value', lang: dim === 'lang' ? String(facetValue.value) : null },
      dim === 'lang' ? languageName(String(facetValue.value)) : String(facetValue.value)),
    el('span', { className: 'count' }, countPrefix + String(facetValue.count))));
}

function filterBox(dim, list) {
  const id = 'facet-' + dim + '-filter';
  const input = el('input', { type: 'search', id, className: 'facet-filter', placeholder: 'Filter…',
    autocomplete: 'off', 'aria-controls': list.id });
  input.value = filterText[dim] || '';
  const filter = () => {
    filterText[dim] = input.value;
    input.dispatchEvent(new CustomEvent('facets-changed', { bubbles: true }));
  };
  // Filtering redraws the list and this box: mid-composition that would drop an input method's unconfirmed text.
  input.addEventListener('input', event => { if (!event.isComposing) filter(); });
  input.addEventListener('compositionend', filter);
  return el('label', { className: 'facet-filter-label', for: id },
    el('span', { className: 'offscreen' }, 'Filter ' + dimTitle(dim).toLowerCase() + ' list'), input);
}

function moreButton(dim, hiddenCount, list) {
  const open = expanded.has(dim);
  const button = el('button', { type: 'button', className: 'show-more', 'aria-expanded': String(open),
    'aria-controls': list.id }, open ? 'Show fewer' : 'Show ' + hiddenCount + ' more');
  button.addEventListener('click', () => {
    open ? expanded.delete(dim) : expanded.add(dim);
    button.dispatchEvent(new CustomEvent('facets-changed', { bubbles: true }));
  });
  return button;
}

/** A dimension's heading: its title, or a taxonomy's name capitalised ("keywords" as "Keywords"). */
export function dimTitle(dim) {
  return TITLES[dim] || dim.charAt(0).toUpperCase() + dim.slice(1);
}

// A stable id for a facet value, so focus can follow the same checkbox across re-renders.
function idPart(value) {
  let hash = 0;
  for (const ch of value) hash = (hash * 31 + ch.codePointAt(0)) | 0;
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24) + '-' + (hash >>> 0).toString(36);
}
