// Selected filters as removable chips, and the suggestion strip under the input.
import { el, safeUrl } from './dom.js';
import { dimTitle } from './facets.js';

const DIM_LABELS = { type: 'Type', conference: 'Conference', speaker: 'Speaker', tag: 'Tag', year: 'Year',
  post: 'In post' };

/**
 * One chip per selected [dim, value] with a remove button, plus "clear all" when anything is selected; `labelOf`
 * gives the text shown for a value (a post's title for its path).
 */
export function renderChips(container, pairs, onRemove, onClearAll, labelOf = (dim, value) => value) {
  container.replaceChildren();
  for (const [dim, value] of pairs) {
    const label = labelOf(dim, value);
    const remove = el('button', { type: 'button', className: 'chip',
      'aria-label': 'Remove filter ' + (DIM_LABELS[dim] || dimTitle(dim)) + ': ' + label },
    el('span', { className: 'chip-dim' }, (DIM_LABELS[dim] || dimTitle(dim)) + ':'), ' ', label,
    el('span', { 'aria-hidden': 'true' }, ' ×'));
    remove.addEventListener('click', () => onRemove(dim, value));
    container.append(remove);
  }
  if (pairs.length) {
    const all = el('button', { type: 'button', className: 'clear-all' }, 'Clear all');
    all.addEventListener('click', onClearAll);
    container.append(all);
  }
}

/** Completions from /api/suggest: a speaker, tag or conference becomes a filter, a page links to itself. */
export function renderSuggestions(container, suggestions, onPick) {
  container.replaceChildren();
  container.hidden = suggestions.length === 0;
  if (container.hidden) return;
  container.append(el('span', { className: 'suggestions-label' }, 'Suggestions:'));
  for (const suggestion of suggestions.slice(0, 8)) {
    const kind = suggestion.kind ? el('span', { className: 'suggestion-kind' }, suggestion.kind) : null;
    const url = !DIM_LABELS[suggestion.kind] && safeUrl(suggestion.url);
    let item;
    if (url) {
      item = el('a', { href: url, className: 'suggestion' }, kind, ' ', suggestion.text);
    } else {
      item = el('button', { type: 'button', className: 'suggestion' }, kind, ' ', suggestion.text);
      item.addEventListener('click', () => onPick(suggestion));
    }
    container.append(item);
  }
}
