package io.blogsearch.generator.docusaurus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What blogsearch needs from {@code docusaurus.config.js}/{@code .ts}, read with regular expressions (no JS
 * engine): the site {@code url}, {@code baseUrl} and {@code trailingSlash}, {@code title},
 * {@code i18n.defaultLocale}, and each blog's {@code path} and {@code routeBasePath}: the {@code blog: {...}}
 * options of the classic preset and those of every {@code @docusaurus/plugin-content-blog} of {@code plugins}.
 * A value that is not a literal (an environment variable, a computed expression) is not read: the defaults apply
 * and {@code --base-url} sets the URL.
 *
 * @param url           the site URL without trailing slash, or null
 * @param baseUrl       the site's base path, {@code /} by default
 * @param title         the site title, or null
 * @param locale        the default locale, or null
 * @param blogEnabled   false when the config says {@code blog: false} and has no other blog
 * @param blogPath      the first blog's source folder, {@code blog} by default
 * @param routeBasePath the first blog's URL path, {@code blog} by default
 * @param trailingSlash the site's {@code trailingSlash}: true adds a {@code /} to every page URL, false takes it
 *                      off, null (the default) leaves URLs as their slugs write them
 * @param translations  the locales of {@code i18n.locales} other than the default one, whose blog translations are
 *                      in {@code i18n/LOCALE/docusaurus-plugin-content-blog/} and published under
 *                      {@code baseUrl + LOCALE/}; empty when the default locale is not read, or when the i18n options
 *                      move a locale elsewhere ({@code path}, {@code url} or {@code baseUrl} of a locale config)
 * @param blogs         every blog of the site, the default one first: the preset's {@code blog} and each
 *                      {@code @docusaurus/plugin-content-blog} of {@code plugins}
 */
public record DocusaurusConfig(String url, String baseUrl, String title, String locale, boolean blogEnabled,
                               String blogPath, String routeBasePath, Boolean trailingSlash,
                               List<String> translations, List<BlogInstance> blogs) {

    private static final String STRING = "\\s*:\\s*(['\"`])([^'\"`]*)\\1";
    private static final Pattern URL = Pattern.compile("(?<![\\w.])url" + STRING);
    private static final Pattern BASE_URL = Pattern.compile("(?<![\\w.])baseUrl" + STRING);
    private static final Pattern TITLE = Pattern.compile("(?<![\\w.])title" + STRING);
    private static final Pattern LOCALE = Pattern.compile("(?<![\\w.])defaultLocale" + STRING);
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])path" + STRING);
    private static final Pattern AUTHORS_MAP = Pattern.compile("(?<![\\w.])authorsMapPath" + STRING);
    private static final Pattern TAGS_FILE = Pattern.compile("(?<![\\w.])tags" + STRING);
    private static final Pattern ID = Pattern.compile("(?<![\\w.])id" + STRING);
    private static final Pattern ROUTE = Pattern.compile("(?<![\\w.])routeBasePath" + STRING);
    private static final Pattern TRAILING_SLASH = Pattern.compile("(?<![\\w.])trailingSlash\\s*:\\s*(true|false)\\b");
    private static final Pattern BLOG_OFF = Pattern.compile("(?<![\\w.])blog\\s*:\\s*false\\b");
    private static final Pattern BLOG_OPTIONS = Pattern.compile(
            "(?<![\\w.])blog\\s*:\\s*\\{|['\"]@docusaurus/plugin-content-blog['\"]\\s*,\\s*\\{");
    private static final Pattern CLASSIC_PRESET = Pattern.compile("['\"](?:classic|@docusaurus/preset-classic)['\"]");
    private static final Pattern I18N_OPTIONS = Pattern.compile("(?<![\\w.])i18n\\s*:\\s*\\{");
    private static final Pattern LOCALES = Pattern.compile("(?<![\\w.])locales\\s*:\\s*\\[([^]]*)]");
    private static final Pattern LITERAL = Pattern.compile("(['\"`])([^'\"`]*)\\1");
    private static final Pattern LOCALE_MOVED = Pattern.compile("(?<![\\w.])(path|url|baseUrl)\\s*:");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)(^|[\\s;,{(])//.*$");

    /** Reads the config's source text. */
    public static DocusaurusConfig parse(String source) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll("")).replaceAll("$1");
        List<BlogInstance> blogs = blogs(code);
        String url = first(URL, code);
        String locale = first(LOCALE, code);
        BlogInstance first = blogs.isEmpty() ? new BlogInstance(BlogInstance.DEFAULT_ID, "blog", "blog") : blogs.get(0);
        return new DocusaurusConfig(url == null ? null : url.replaceAll("/+$", ""),
                orDefault(first(BASE_URL, code), "/"), first(TITLE, code), locale, !blogs.isEmpty(),
                first.path(), first.routeBasePath(), trailingSlash(code),
                translations(block(I18N_OPTIONS, code), locale), blogs);
    }

    /**
     * The blogs the config sets up, the default one first; the classic preset's default blog, unless
     * {@code blog: false} turns it off, also when the preset gives it no options. Of two option blocks for one id
     * (the preset's {@code blog} and {@code themeConfig.blog}), the one that sets a {@code path} or
     * {@code routeBasePath} is taken.
     */
    private static List<BlogInstance> blogs(String code) {
        Map<String, BlogInstance> byId = new LinkedHashMap<>();
        Set<String> placed = new HashSet<>();
        Matcher matcher = BLOG_OPTIONS.matcher(code);
        while (matcher.find()) {
            String options = topLevel(blockFrom(code, matcher.end()));
            String id = matcher.group().startsWith("blog") ? BlogInstance.DEFAULT_ID
                    : orDefault(first(ID, options), BlogInstance.DEFAULT_ID);
            String path = first(PATH, options);
            String route = first(ROUTE, options);
            if (!byId.containsKey(id) || !placed.contains(id) && (path != null || route != null)) {
                byId.put(id, new BlogInstance(id, trimSlashes(orDefault(path, "blog")),
                        trimSlashes(orDefault(route, "blog")), orDefault(first(AUTHORS_MAP, options), "authors.yml"),
                        orDefault(first(TAGS_FILE, options), "tags.yml")));
            }
            if (path != null || route != null) {
                placed.add(id);
            }
        }
        // the classic preset runs the default blog unless told blog: false, whether or not it has options
        boolean preset = byId.isEmpty() || CLASSIC_PRESET.matcher(code).find();
        if (!byId.containsKey(BlogInstance.DEFAULT_ID) && preset && !BLOG_OFF.matcher(code).find()) {
            byId.put(BlogInstance.DEFAULT_ID, new BlogInstance(BlogInstance.DEFAULT_ID, "blog", "blog"));
        }
        List<BlogInstance> blogs = new ArrayList<>(byId.values());
        blogs.sort(Comparator.comparing(blog -> !BlogInstance.DEFAULT_ID.equals(blog.id())));
        return List.copyOf(blogs);
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
        return matcher.find() ? blockFrom(code, matcher.end()) : null;
    }

    /** The text from {@code from}, just after an opening brace, to the brace that closes it. */
    private static String blockFrom(String code, int from) {
        int depth = 1;
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
