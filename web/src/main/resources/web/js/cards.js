// One result card per hit type. Every value from the API is inserted as text; only snippets carry <mark>.
import { el, safeUrl, formatDate, copyText } from './dom.js';
import { snippetFragment } from './snippet.js';
import { inPostList, hiddenInPost } from './in-post.js';

const TYPE_LABELS = { post: 'Post', page: 'Page', section: 'Section', quote: 'Quote', figure: 'Figure', talk: 'Talk' };

/**
 * The grid row for one hit: a row holding one cell, the card, whose id `index` makes unique for
 * aria-activedescendant. `onMoreInPost(hit)`, when given, makes "+n more in this post" open that post's other hits. A grid rather than a listbox because cards hold links and a button.
 */
export function card(hit, index, onMoreInPost) {
  const type = TYPE_LABELS[hit.type] ? hit.type : 'post';
  const url = safeUrl(hit.url) || '#';
  const body = (BUILDERS[type])(hit, url);
  const cell = el('div', { id: 'result-' + index, role: 'gridcell', 'aria-selected': 'false',
    className: 'card card-' + type, 'data-url': url, lang: hit.lang || null },
  el('span', { className: 'badge badge-' + type }, TYPE_LABELS[type]), body);
  // A figure card is a row (thumbnail, text): the line goes under its text, not beside it as a third column.
  const foot = cell.querySelector('.figure-text') || cell;
  const inPost = inPostList(hit);
  if (inPost) foot.append(inPost);
  // moreInPost counts every folded hit; those listed inline are not announced again.
  const hidden = hiddenInPost(hit);
  if (hidden > 0 && onMoreInPost && hit.path) {
    const more = el('button', { type: 'button', className: 'more-in-post' }, '+' + hidden + ' more in this post');
    more.addEventListener('click', () => onMoreInPost(hit));
    foot.append(more);
  } else if (hidden > 0) {
    foot.append(el('p', { className: 'more-in-post' }, '+' + hidden + ' more in this post'));
  }
  return el('div', { role: 'row', className: 'row' }, cell);
}

const BUILDERS = {
  post: (hit, url) => [
    el('h3', { dir: 'auto' }, el('a', { href: url, className: 'card-link' }, hit.title || hit.post?.title || url)),
    meta(formatDate(hit.date || hit.post?.date), hit.conference, tagList(hit.tags)),
    snippet(hit.snippet),
  ],
  page: (hit, url) => BUILDERS.post(hit, url),
  section: (hit, url) => [
    el('h3', { dir: 'auto' }, el('a', { href: url, className: 'card-link' },
      hit.post?.title ? el('span', { className: 'crumb' }, hit.post.title, ' › ') : null,
      hit.section || hit.title || '')),
    snippet(hit.snippet),
  ],
  quote: (hit, url) => quoteCard(hit, url),
  figure: (hit, url) => [
    thumbnail(hit.figure?.image, hit.figure?.title || hit.title),
    el('div', { className: 'figure-text' },
      el('h3', { dir: 'auto' }, el('a', { href: url, className: 'card-link' },
        hit.figure?.title || hit.title || 'Figure')),
      postLine(hit), snippet(hit.snippet)),
  ],
  talk: (hit, url) => [
    el('h3', { dir: 'auto' }, el('a', { href: url, className: 'card-link' }, hit.talk?.title || hit.title || ''),
      hit.talk?.kind ? el('span', { className: 'kind' }, hit.talk.kind) : null),
    speakerList(hit.talk?.speakers || (hit.speakers || []).map(name => ({ name }))),
    meta(hit.conference, formatDate(hit.date || hit.post?.date)),
    postLine(hit),
  ],
};

function quoteCard(hit, url) {
  const speaker = hit.quote?.speaker || (hit.speakers || [])[0] || '';
  const text = hit.snippet ? snippet(hit.snippet, 'blockquote')
    : el('blockquote', { dir: 'auto' }, hit.quote?.text || '');
  text.classList.add('quote-text');
  const button = el('button', { type: 'button', className: 'copy' }, 'Copy citation');
  button.addEventListener('click', async event => {
    event.stopPropagation();
    const post = hit.post?.title ? ', ' + hit.post.title : '';
    const done = await copyText('“' + (hit.quote?.text || '') + '” — ' + speaker + post + ', ' + url);
    button.textContent = done ? 'Copied' : 'Copy failed';
    setTimeout(() => { button.textContent = 'Copy citation'; }, 1500);
  });
  // The heading the quote sits under is, in a conference report, the talk it was said in.
  const talkTitle = hit.section && hit.section !== hit.post?.title ? hit.section : null;
  return [
    el('a', { href: url, className: 'card-link quote-link' }, text),
    el('p', { className: 'speaker', dir: 'auto' }, '— ', speaker || 'unknown speaker'),
    el('p', { className: 'meta' }, talkTitle ? el('span', {}, talkTitle) : null, talkTitle ? ' · ' : null,
      postAnchor(hit)),
    button,
  ];
}

function snippet(html, tag = 'p') {
  if (!html) return null;
  // The blog's own text takes its direction from its first letters (Arabic, Hebrew and Persian read right to left).
  return el(tag, { className: 'snippet', dir: 'auto' }, snippetFragment(html));
}

function meta(...parts) {
  const present = parts.filter(part => part && (typeof part === 'string' || part.childNodes?.length));
  if (!present.length) return null;
  const line = el('p', { className: 'meta' });
  present.forEach((part, i) => line.append(i ? ' · ' : '', part));
  return line;
}

function tagList(tags) {
  if (!tags?.length) return null;
  return el('span', { className: 'tags' }, tags.map(tag => el('span', { className: 'tag' }, tag)));
}

function speakerList(speakers) {
  if (!speakers.length) return null;
  return el('ul', { className: 'speakers' }, speakers.map(s =>
    el('li', {}, el('strong', {}, s.name || ''), [s.role, s.org].filter(Boolean).map(part => ', ' + part))));
}

function postAnchor(hit) {
  const postUrl = safeUrl(hit.post?.url);
  if (!hit.post?.title) return null;
  return postUrl ? el('a', { href: postUrl, className: 'post-link' }, hit.post.title) : hit.post.title;
}

function postLine(hit) {
  const anchor = postAnchor(hit);
  return anchor ? el('p', { className: 'meta' }, 'in ', anchor) : null;
}

function thumbnail(image, title) {
  const src = safeUrl(image);
  const box = el('div', { className: 'thumb' });
  if (!src) {
    box.classList.add('thumb-missing');
    box.append(el('span', {}, 'No image'));
    return box;
  }
  const img = el('img', { src, alt: title || '', loading: 'lazy', decoding: 'async' });
  img.addEventListener('error', () => {
    box.classList.add('thumb-missing');
    img.replaceWith(el('span', {}, 'Image unavailable'));
  }, { once: true });
  box.append(img);
  return box;
}
