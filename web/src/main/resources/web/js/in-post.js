// The matching quotes, talks and sections of a post shown under its card (the API's `inPost`, quotes first).
// Every value is inserted as text; only snippets carry <mark>, rebuilt by snippetFragment.
import { el, safeUrl } from './dom.js';
import { snippetFragment } from './snippet.js';

const LABELS = { quote: 'Quote', talk: 'Talk', section: 'Section' };

/** The list of a hit's inline entries, or null when it has none. */
export function inPostList(hit) {
  const entries = (hit.inPost || []).filter(entry => LABELS[entry?.type]);
  if (!entries.length) return null;
  return el('ul', { className: 'in-post', 'aria-label': 'Matches in this post' }, entries.map(entry));
}

/** How many folded hits the inline list does not show: the "+n more in this post". */
export function hiddenInPost(hit) {
  const shown = (hit.inPost || []).filter(entry => LABELS[entry?.type]).length;
  return Math.max(0, (hit.moreInPost || 0) - shown);
}

function entry(item) {
  const url = safeUrl(item.url) || '#';
  return el('li', { className: 'in-post-item in-post-' + item.type },
    el('span', { className: 'in-post-kind' }, LABELS[item.type]),
    el('a', { href: url, className: 'in-post-link' }, (BODIES[item.type])(item)),
    byline(item));
}

const BODIES = {
  quote: item => text(item.snippet, item.quote?.text, 'in-post-quote-text'),
  talk: item => item.talk?.title || item.title || '',
  section: item => [el('span', { className: 'in-post-heading' }, item.section || item.title || ''),
    item.snippet ? ' — ' : null, text(item.snippet, null, 'in-post-snippet')],
};

function byline(item) {
  if (item.type === 'quote' && item.quote?.speaker) {
    return el('span', { className: 'in-post-by' }, ' — ', item.quote.speaker);
  }
  const names = (item.talk?.speakers || []).map(s => s?.name).filter(Boolean);
  return names.length ? el('span', { className: 'in-post-by' }, ' — ', names.join(', ')) : null;
}

function text(html, plain, className) {
  if (html) return el('span', { className }, snippetFragment(html));
  return plain ? el('span', { className }, plain) : null;
}
