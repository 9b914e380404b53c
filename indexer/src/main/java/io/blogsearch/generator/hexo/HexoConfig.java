package io.blogsearch.generator.hexo;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.FrontMatterValues;
import io.blogsearch.parse.TimeZones;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Hexo site's {@code _config.yml} says about its pages, with Hexo's defaults for what it leaves out. Read from
 * the config tree the generator stores in the site, with the theme's languages it adds ({@value #THEME_LANGUAGES}).
 *
 * @param url               {@code url} without trailing {@code /}: every permalink is this plus the page's path
 * @param sourceDir         {@code source_dir}
 * @param permalink         {@code permalink}: the posts' URL pattern
 * @param permalinkDefaults {@code permalink_defaults}: values of placeholders a post does not set
 * @param newPostName       {@code new_post_name}: how post file names are made, so how they are read back
 * @param trailingIndex     {@code pretty_urls.trailing_index}: false drops a trailing {@code index.html}
 * @param trailingHtml      {@code pretty_urls.trailing_html}: false drops a trailing {@code .html}
 * @param skipRender        {@code skip_render} globs: files copied as they are, not rendered
 * @param exclude           {@code exclude} globs: files of {@code source} that are not processed
 * @param include           {@code include} globs: hidden files that are processed all the same
 * @param ignore            {@code ignore} globs, over absolute paths: files Hexo never reads
 * @param renderDrafts      {@code render_drafts}: drafts are published
 * @param future            {@code future}: posts dated later than now are published
 * @param postAssetFolder   {@code post_asset_folder}: a post's folder holds its assets, its URL ends in {@code /}
 * @param defaultCategory   {@code default_category}: {@code :category} of a post without categories
 * @param categoryMap       {@code category_map}: the slug a category's name takes in URLs
 * @param filenameCase      {@code filename_case}: 1 lower-cases, 2 upper-cases category slugs
 * @param languages         {@code language}, a list or one code ({@code default} left out)
 * @param i18nDir           {@code i18n_dir}: where in a page's path its language is ({@code :lang}, the first folder)
 * @param themeLanguages    the languages the theme has translations for ({@code languages/*.yml}): a page's first
 *                          folder naming one of them is its language
 * @param zone              {@code timezone}: the zone of dates written without one, and of the dates in URLs
 * @param author            {@code author}, or null
 * @param title             {@code title}, or null
 * @param useSlugAsTitle    {@code use_slug_as_post_title}
 * @param anchors           {@code marked}: how headings get their ids
 */
record HexoConfig(String url, String sourceDir, String permalink, Map<String, String> permalinkDefaults,
                  String newPostName, boolean trailingIndex, boolean trailingHtml, List<String> skipRender,
                  List<String> exclude, List<String> include, List<String> ignore, boolean renderDrafts,
                  boolean future, boolean postAssetFolder, String defaultCategory, Map<String, String> categoryMap,
                  int filenameCase, List<String> languages, String i18nDir, Set<String> themeLanguages, ZoneId zone,
                  String author, String title, boolean useSlugAsTitle, HexoAnchors.Options anchors) {

    /** Key of the config tree under which the generator lists the theme's languages. */
    static final String THEME_LANGUAGES = "themeLanguages";
    /** Hexo's default URL, for a config without one. */
    private static final String DEFAULT_URL = "http://example.com";

    /** The config of a parsed {@code _config.yml} tree. */
    static HexoConfig of(JsonNode tree) {
        JsonNode pretty = tree.path("pretty_urls");
        JsonNode marked = tree.path("marked");
        List<String> languages = FrontMatterValues.list(tree.get("language")).stream()
                .filter(lang -> !lang.equals("default")).toList();
        return new HexoConfig(text(tree, "url", DEFAULT_URL).replaceAll("/+$", ""),
                text(tree, "source_dir", "source").replaceAll("^\\./|/+$", ""),
                text(tree, "permalink", ":year/:month/:day/:title/"), strings(tree.path("permalink_defaults")),
                text(tree, "new_post_name", ":title.md"),
                pretty.path("trailing_index").asBoolean(true), pretty.path("trailing_html").asBoolean(true),
                FrontMatterValues.list(tree.get("skip_render")), FrontMatterValues.list(tree.get("exclude")),
                FrontMatterValues.list(tree.get("include")), FrontMatterValues.list(tree.get("ignore")),
                tree.path("render_drafts").asBoolean(false), tree.path("future").asBoolean(true),
                tree.path("post_asset_folder").asBoolean(false), text(tree, "default_category", "uncategorized"),
                strings(tree.path("category_map")), tree.path("filename_case").asInt(0), languages,
                text(tree, "i18n_dir", ":lang"),
                Set.copyOf(FrontMatterValues.list(tree.get(THEME_LANGUAGES))),
                TimeZones.orUtc(tree.path("timezone").asText("")),
                text(tree, "author", null), text(tree, "title", null),
                tree.path("use_slug_as_post_title").asBoolean(false),
                new HexoAnchors.Options(marked.path("headerIds").asBoolean(true),
                        marked.path("modifyAnchors").asInt(0), marked.path("smartypants").asBoolean(true)));
    }

    /** The site's language: the first of {@code language}, else en (Hexo's default). */
    String defaultLanguage() {
        return languages.isEmpty() ? "en" : languages.get(0);
    }

    /**
     * The language a page's path gives by Hexo's {@code i18n_dir} rule: the part of the path where {@code :lang}
     * stands, when the theme has translations for it; else null. The path starts with {@code /}.
     */
    String i18nLanguage(String path) {
        if (!i18nDir.contains(":lang") || themeLanguages.isEmpty()) {
            return null;
        }
        String[] around = i18nDir.replaceAll("^/+|/+$", "").split(":lang", 2);
        Matcher matcher = Pattern.compile(Pattern.quote(around[0]) + "([^/]+)" + Pattern.quote(around[1]) + "/.*")
                .matcher(path.substring(1));
        return matcher.matches() && themeLanguages.contains(matcher.group(1)) ? matcher.group(1) : null;
    }

    private static String text(JsonNode tree, String key, String fallback) {
        JsonNode value = tree.get(key);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : fallback;
    }

    private static Map<String, String> strings(JsonNode map) {
        Map<String, String> values = new LinkedHashMap<>();
        map.fields().forEachRemaining(entry -> {
            if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                values.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return Map.copyOf(values);
    }
}
