// The blog this search belongs to: its title and a link home in the header, from the server's /api/site.

/** Fills the header's home link and the document title; the generic page stays as it is when there is none. */
export async function showSite(base) {
  let site;
  try {
    const response = await fetch(new URL('api/site', base), { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    site = await response.json();
  } catch (e) {
    return;
  }
  const link = document.getElementById('site-home');
  const home = safeHome(site.url, base);
  if (!site.title && !home) return;
  link.textContent = site.title || new URL(home).host;
  if (home) link.href = home;
  link.hidden = false;
  if (site.title) document.title = 'Search · ' + site.title;
}

function safeHome(url, base) {
  if (!url) return null;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}
