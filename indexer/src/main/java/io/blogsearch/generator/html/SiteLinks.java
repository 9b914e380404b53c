package io.blogsearch.generator.html;

import java.net.URI;
import java.util.Locale;

/** Where a link of a built page points: another page of the same site, or not. */
final class SiteLinks {

    private SiteLinks() {
    }

    /**
     * The site path ({@code /tags/rail/}) of another page of the same host that {@code href} on the page at
     * {@code pageUrl} points to; null for links to this page (fragments, self-links), to other hosts, or that do not
     * parse.
     */
    static String otherPage(String pageUrl, String href) {
        String link = href == null ? "" : href.strip();
        if (link.isEmpty() || link.startsWith("#") || link.matches("(?i)(mailto|tel|javascript|data):.*")) {
            return null;
        }
        try {
            URI page = URI.create(pageUrl);
            URI target = page.resolve(link.replace(" ", "%20"));
            if (target.getHost() != null && page.getHost() != null
                    && !target.getHost().toLowerCase(Locale.ROOT).equals(page.getHost().toLowerCase(Locale.ROOT))) {
                return null;
            }
            String path = BuiltPages.comparable(target.getRawPath() == null ? "" : target.getRawPath());
            return path.isEmpty() || path.equals(BuiltPages.comparable(pageUrl)) ? null : path;
        } catch (IllegalArgumentException e) {
            return null; // a link that is no URL points nowhere we can tell
        }
    }
}
