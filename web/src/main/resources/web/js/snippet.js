// Snippets arrive as HTML in which only <mark> is markup. They are never assigned to innerHTML: the string is
// parsed in an inert document (no scripts run, no images load) and rebuilt from text nodes and <mark> elements
// only, so anything else the server might let through ends up as visible text.

const parser = new DOMParser();

/** A fragment holding the snippet's text with its <mark> highlights and nothing else. */
export function snippetFragment(html) {
  const fragment = document.createDocumentFragment();
  const body = parser.parseFromString('<!doctype html><body>' + (html || ''), 'text/html').body;
  copyAllowed(body, fragment);
  return fragment;
}

function copyAllowed(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE && node.localName === 'mark') {
      const mark = document.createElement('mark');
      copyAllowed(node, mark);
      to.append(mark);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      // Not allow-listed: keep what it says, as text, including the tag itself so nothing silently vanishes.
      to.append(node.outerHTML);
    }
  }
}

/** The snippet as plain text, for places where highlighting does not fit (e.g. a citation). */
export function snippetText(html) {
  return parser.parseFromString('<!doctype html><body>' + (html || ''), 'text/html').body.textContent;
}
