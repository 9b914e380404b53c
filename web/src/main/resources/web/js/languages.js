// Languages on the page: the reader's, their display names, and the switch between one language and all of them.
import { el } from './dom.js';

/** The reader's languages, most preferred first, as the browser reports them. */
export function readerLanguages() {
  return navigator.languages?.length ? [...navigator.languages] : [navigator.language].filter(Boolean);
}

/** A language code's name in the reader's language ("日本語", "German"), or the code when the browser has none. */
export function languageName(code) {
  try {
    const names = new Intl.DisplayNames(readerLanguages().concat('en'), { type: 'language' });
    return names.of(code) || code;
  } catch {
    return String(code); // not a code Intl knows
  }
}

/**
 * Fills the scope line under the search box: "Only … · Search all languages" while one language is searched,
 * "All languages · Only …" when the reader's language is one of several; hidden for a site in one language.
 * `onPick(lang)` gets a code or `all`.
 */
export function renderLanguageScope(container, indexLanguages, chosen, readerMatch, onPick) {
  const searching = chosen.filter(code => code !== 'all');
  container.replaceChildren();
  container.hidden = indexLanguages.length < 2 && !searching.length;
  if (container.hidden) return;
  if (searching.length) {
    container.append(el('span', { className: 'scope-now' },
      'Results in ' + searching.map(languageName).join(', ') + ' only.'), ' ',
    button('Search all languages', 'all', onPick));
  } else {
    container.append(el('span', { className: 'scope-now' }, 'Results in all languages.'));
    if (readerMatch) container.append(' ', button('Only ' + languageName(readerMatch), readerMatch, onPick));
  }
}

function button(text, lang, onPick) {
  const pick = el('button', { type: 'button', className: 'scope-switch', 'data-lang': lang }, text);
  pick.addEventListener('click', () => onPick(lang));
  return pick;
}
