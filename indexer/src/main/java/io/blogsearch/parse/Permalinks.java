package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.source.PermalinkRule;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteLanguages;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The permalink of a page as Hugo builds it: the {@code url} front matter (as written, with the trailing slash Hugo
 * adds to a path whose last part has no extension);
 * else the first {@code permalinks} rule for the page's kind and path ({@link PermalinkPattern}), a folder even
 * when the pattern has no trailing slash; else
 * {@code /section/path/file/} with {@code slug} replacing the file name ({@code file.html} with {@code uglyURLs}).
 * A page of a language other than the default (or of every language with
 * {@code defaultContentLanguageInSubdir}) gets its {@code /lang/} prefix after the {@code baseURL} and its sub-path;
 * a language with its own {@code baseURL} gets none. Generated paths are lower-cased unless the site sets
 * {@code disablePathToLower}.
 */
public final class Permalinks {

    private Permalinks() {
    }

    /** The absolute permalink of a page in the language its path gives it (else the site's default). */
    public static String of(Site site, ContentPath path, String title, String slug, String url, ZonedDateTime date) {
        return of(site, path, title, slug, url, date, path.lang());
    }

    /**
     * The absolute permalink of a page in language {@code lang} (null: the site's default), with the characters a
     * browser would encode percent-encoded.
     */
    public static String of(Site site, ContentPath path, String title, String slug, String url, ZonedDateTime date,
                            String lang) {
        return UrlEscaper.escape(unescaped(site, path, title, slug, url, date, lang));
    }

    private static String unescaped(Site site, ContentPath path, String title, String slug, String url,
                                    ZonedDateTime date, String lang) {
        String base = languageRoot(site, lang);
        if (url != null && !url.isBlank()) {
            String trimmed = url.strip();
            if (trimmed.startsWith("http://") || trimmed.startsWith("https://")) {
                return trimmed;
            }
            return base + stripLeadingSlash(asDirectory(trimmed));
        }
        String kind = path.sectionList() ? "section" : "page";
        String pattern = site.permalinkRules().stream().filter(rule -> rule.matches(kind, path.hugoPath()))
                .map(PermalinkRule::pattern).findFirst().orElse(null);
        String relative = pattern != null
                ? asFolder(lower(PermalinkPattern.expand(pattern, path, title, slug, date)
                        .replaceAll("/{2,}", "/"), site))
                : defaultPath(path, slug, site.disablePathToLower());
        if (!path.sectionList() && ugly(site, path) && relative.endsWith("/") && relative.length() > 1) {
            relative = relative.substring(0, relative.length() - 1) + ".html";
        }
        return base + stripLeadingSlash(relative);
    }

    /**
     * A {@code url} as Hugo publishes it: {@code /notice} is written as {@code /notice/index.html} and linked as
     * {@code /notice/}, while a last part with an extension ({@code /feed.xml}, {@code /v1.2}) names the file itself.
     */
    private static String asDirectory(String url) {
        String last = url.substring(url.lastIndexOf('/') + 1);
        return url.endsWith("/") || last.contains(".") ? url : url + "/";
    }

    /**
     * A {@code permalinks} pattern's expansion as Hugo publishes it: always a folder, whatever its last part looks like
     * ({@code :contentbasename} is linked as {@code /my-post/}, {@code /:title.html} as {@code /title.html/}), unlike
     * a {@code url} in front matter.
     */
    private static String asFolder(String expanded) {
        return expanded.isEmpty() || expanded.endsWith("/") ? expanded : expanded + "/";
    }

    /** The site's base URL with the language's prefix, or that language's own base URL. */
    static String languageRoot(Site site, String lang) {
        SiteLanguages languages = site.languages();
        String code = lang == null ? languages.defaultLanguage() : lang;
        SiteLanguages.Language language = languages.language(code);
        if (language != null && language.baseUrl() != null) {
            return language.baseUrl();
        }
        boolean prefixed = languages.multilingual() && language != null
                && (!code.equals(languages.defaultLanguage()) || languages.defaultInSubdir());
        return prefixed ? site.baseUrl() + code + "/" : site.baseUrl();
    }

    /** {@code uglyURLs}: true for the whole site, or a map of section to true. */
    private static boolean ugly(Site site, ContentPath path) {
        JsonNode node = site.config().has("uglyURLs") ? site.config().get("uglyURLs")
                : site.config().path("uglyurls");
        if (node.isObject()) {
            node = node.path(path.section());
        }
        return node.asBoolean(false) || "true".equalsIgnoreCase(node.asText());
    }

    private static String lower(String path, Site site) {
        return site.disablePathToLower() ? path : path.toLowerCase(Locale.ROOT);
    }

    private static String defaultPath(ContentPath path, String slug, boolean keepCase) {
        List<String> parts = new ArrayList<>(path.urlPath());
        if (slug != null && !slug.isBlank() && !path.sectionList() && !parts.isEmpty()) {
            parts.set(parts.size() - 1, slug.strip());
        }
        if (parts.isEmpty()) {
            return "";
        }
        String joined = String.join("/", parts.stream().map(Permalinks::sanitize).toList()) + "/";
        return keepCase ? joined : joined.toLowerCase(Locale.ROOT);
    }

    /**
     * Hugo's urlize of a title (its {@code UnicodeSanitize}): letters, digits, marks and {@code ./\\_#+~-@} stay,
     * a run of whitespace becomes one {@code -} unless a {@code -} is already beside it, everything else goes.
     * So "RustFest Lisbon 2023 - Day 2" becomes "RustFest-Lisbon-2023-Day-2", as on the live site.
     */
    public static String urlize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingHyphen = false;
        boolean lastWasHyphen = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = Character.isLetterOrDigit(c) || "./\\_#+~-@".indexOf(c) >= 0
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK
                    || (c == '%' && i + 1 < text.length() && isHex(text.charAt(i)) && isHex(text.charAt(i + 1)));
            if (allowed) {
                lastWasHyphen = c == '-';
                if (pendingHyphen && !lastWasHyphen) {
                    out.append('-');
                }
                pendingHyphen = false;
                out.appendCodePoint(c);
            } else if (out.length() > 0 && !lastWasHyphen && Character.isWhitespace(c)) {
                pendingHyphen = true;
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String sanitize(String segment) {
        return segment.replace(' ', '-');
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
