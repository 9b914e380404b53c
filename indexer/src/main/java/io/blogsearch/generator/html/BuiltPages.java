package io.blogsearch.generator.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Where a built file is served: {@code a/index.html} at {@code a/}, {@code a.html} at {@code a.html}. */
final class BuiltPages {

    private BuiltPages() {
    }

    /** The absolute URL of a site-relative file. */
    static String url(String baseUrl, String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        String served = path;
        if (lower.equals("index.html") || lower.equals("index.htm")) {
            served = "";
        } else if (lower.endsWith("/index.html") || lower.endsWith("/index.htm")) {
            served = path.substring(0, path.lastIndexOf('/') + 1);
        }
        return baseUrl + served;
    }

    /**
     * The site-relative file a URL of this site is served from, or null when its path is not under the base URL's
     * path; the host is not compared, so a sitemap written for another host (a preview, localhost) still maps.
     */
    static String file(String baseUrl, String url) {
        String basePath = pathOf(baseUrl);
        String urlPath = pathOf(url);
        if (!urlPath.startsWith(basePath)) {
            return null;
        }
        // sitemaps percent-encode what the file name spells in UTF-8 (/2024/r%C3%A9parer/ is réparer/index.html)
        String path = decode(urlPath.substring(basePath.length()));
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return path.contains(".") && path.lastIndexOf('.') > path.lastIndexOf('/') ? path : path + "/index.html";
    }

    /** Whether a site-relative file is an HTML page (a sitemap may list feeds and other files too). */
    static boolean isHtml(String path) {
        return path.toLowerCase(Locale.ROOT).matches(".*\\.html?");
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path; // a stray % that encodes nothing: the file is named as written
        }
    }

    /** The path of a URL (from its first {@code /} after the host), without query and fragment. */
    private static String pathOf(String url) {
        String path = url.replaceAll("[?#].*$", "").replaceFirst("^[a-zA-Z]+://[^/]*", "");
        return path.startsWith("/") ? path : "/" + path;
    }

    /** The path of a URL without query and fragment, for comparing a page's own URL with its canonical link. */
    static String comparable(String url) {
        String trimmed = decode(url.replaceAll("[?#].*$", "").replaceFirst("^[a-zA-Z]+://[^/]*", ""));
        return trimmed.endsWith("/index.html") ? trimmed.substring(0, trimmed.length() - 10) : trimmed;
    }
}
