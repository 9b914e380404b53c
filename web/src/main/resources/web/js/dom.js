// Small DOM helpers. Strings are always appended as text nodes, never parsed as HTML.

/** Creates an element with attributes (class, href, …; `false`/null skip one) and text or node children. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name === 'className' ? 'class' : name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== '') element.append(child);
  }
  return element;
}

/** The URL if it is http(s) or relative to this page, else null: a hit can never link to javascript: or data:. */
export function safeUrl(url, base = location.href) {
  if (!url) return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A date such as "4 May 2018", read as a calendar date whatever the reader's time zone. */
export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(String(iso).length === 10 ? iso + 'T00:00:00Z' : iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Copies text to the clipboard, falling back to a hidden textarea where the async API is refused. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el('textarea', { className: 'offscreen', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}
