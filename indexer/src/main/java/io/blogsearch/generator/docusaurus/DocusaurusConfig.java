package io.blogsearch.generator.docusaurus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What blogsearch needs from {@code docusaurus.config.js}/{@code .ts}, read with regular expressions (no JS
 * engine): the site {@code url}, {@code baseUrl} and {@code trailingSlash}, {@code title},
 * {@code i18n.defaultLocale}, and the blog plugin's {@code path} and {@code routeBasePath} from the
 * {@code blog: {...}} options of the classic preset (or the options of {@code @docusaurus/plugin-content-blog}).
 * A value that is not a literal (an environment variable, a computed expression) is not read: the defaults apply
 * and {@code --base-url} sets the URL.
 *
 * @param url           the site URL without trailing slash, or null
 * @param baseUrl       the site's base path, {@code /} by default
 * @param title         the site title, or null
 * @param locale        the default locale, or null
 * @param blogEnabled   false when the config says {@code blog: false}
 * @param blogPath      the blog's source folder, {@code blog} by default
 * @param routeBasePath the blog's URL path, {@code blog} by default
 * @param trailingSlash the site's {@code trailingSlash}: true adds a {@code /} to every page URL, false takes it
 *                      off, null (the default) leaves URLs as their slugs write them
 * @param translations  the locales of {@code i18n.locales} other than the default one, whose blog translations are
 *                      in {@code i18n/LOCALE/docusaurus-plugin-content-blog/} and published under
 *                      {@code baseUrl + LOCALE/}; empty when the default locale is not read, or when the i18n options
 *                      move a locale elsewhere ({@code path}, {@code url} or {@code baseUrl} of a locale config)
 */
public record DocusaurusConfig(String url, String baseUrl, String title, String locale, boolean blogEnabled,
                               String blogPath, String routeBasePath, Boolean trailingSlash,
                               List<String> translations) {

    private static final String STRING = "\\s*:\\s*(['\"`])([^'\"`]*)\\1";
    private static final Pattern URL = Pattern.compile("(?<![\\w.])url" + STRING);
    private static final Pattern BASE_URL = Pattern.compile("(?<![\\w.])baseUrl" + STRING);
    private static final Pattern TITLE = Pattern.compile("(?<![\\w.])title" + STRING);
    private static final Pattern LOCALE = Pattern.compile("(?<![\\w.])defaultLocale" + STRING);
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])path" + STRING);
    private static final Pattern ROUTE = Pattern.compile("(?<![\\w.])routeBasePath" + STRING);
    private static final Pattern TRAILING_SLASH = Pattern.compile("(?<![\\w.])trailingSlash\\s*:\\s*(true|false)\\b");
    private static final Pattern BLOG_OFF = Pattern.compile("(?<![\\w.])blog\\s*:\\s*false\\b");
    private static final Pattern BLOG_OPTIONS = Pattern.compile(
            "(?<![\\w.])blog\\s*:\\s*\\{|['\"]@docusaurus/plugin-content-blog['\"]\\s*,\\s*\\{");
    private static final Pattern I18N_OPTIONS = Pattern.compile("(?<![\\w.])i18n\\s*:\\s*\\{");
    private static final Pattern LOCALES = Pattern.compile("(?<![\\w.])locales\\s*:\\s*\\[([^]]*)]");
    private static final Pattern LITERAL = Pattern.compile("(['\"`])([^'\"`]*)\\1");
    private static final Pattern LOCALE_MOVED = Pattern.compile("(?<![\\w.])(path|url|baseUrl)\\s*:");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)(^|[\\s;,{(])//.*$");

    /** Reads the config's source text. */
    public static DocusaurusConfig parse(String source) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll("")).replaceAll("$1");
        String blog = topLevel(block(BLOG_OPTIONS, code));
        String url = first(URL, code);
        String locale = first(LOCALE, code);
        return new DocusaurusConfig(url == null ? null : url.replaceAll("/+$", ""),
                orDefault(first(BASE_URL, code), "/"), first(TITLE, code), locale,
                !BLOG_OFF.matcher(code).find() || blog != null,
                trimSlashes(orDefault(blog == null ? null : first(PATH, blog), "blog")),
                trimSlashes(orDefault(blog == null ? null : first(ROUTE, blog), "blog")), trailingSlash(code),
                translations(block(I18N_OPTIONS, code), locale));
    }

    /** The literal non-default locales, when every locale is where Docusaurus puts it by default. */
    private static List<String> translations(String i18n, String defaultLocale) {
        if (i18n == null || defaultLocale == null) {
            return List.of();
        }
        String own = topLevel(i18n);
        if (LOCALE_MOVED.matcher(i18n).find()) {
            System.err.println("warning: the i18n options move a locale (path, url or baseUrl): blog translations"
                    + " are not indexed");
            return List.of();
        }
        Matcher locales = LOCALES.matcher(own);
        List<String> translations = new ArrayList<>();
        if (locales.find()) {
            Matcher literal = LITERAL.matcher(locales.group(1));
            while (literal.find()) {
                String locale = literal.group(2).strip();
                if (!locale.isEmpty() && !locale.equals(defaultLocale) && !translations.contains(locale)) {
                    translations.add(locale);
                }
            }
        }
        return List.copyOf(translations);
    }

    private static Boolean trailingSlash(String code) {
        Matcher matcher = TRAILING_SLASH.matcher(code);
        return matcher.find() ? Boolean.valueOf(matcher.group(1)) : null;
    }

    /** {@code url} + {@code baseUrl}, ending in {@code /}; just the base path when the URL is not known. */
    public String siteUrl() {
        String base = "/" + trimSlashes(baseUrl);
        String joined = (url == null ? "" : url) + base;
        return joined.endsWith("/") ? joined : joined + "/";
    }

    /** The text between the braces that {@code start} opens, or null when the config has none. */
    private static String block(Pattern start, String code) {
        Matcher matcher = start.matcher(code);
        if (!matcher.find()) {
            return null;
        }
        int depth = 1;
        int from = matcher.end();
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }

    /** The options' own keys: nested objects (such as {@code feedOptions}) are cut out. */
    private static String topLevel(String block) {
        if (block == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : block.toCharArray()) {
            depth += c == '{' ? 1 : 0;
            if (depth == 0) {
                out.append(c);
            }
            depth -= c == '}' && depth > 0 ? 1 : 0;
        }
        return out.toString();
    }

    private static String first(Pattern pattern, String code) {
        Matcher matcher = pattern.matcher(code);
        return matcher.find() ? matcher.group(2).strip() : null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String trimSlashes(String path) {
        return path.replaceAll("^\\./", "").replaceAll("^/+|/+$", "");
    }
}
