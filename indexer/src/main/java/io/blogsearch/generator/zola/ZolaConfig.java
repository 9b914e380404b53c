package io.blogsearch.generator.zola;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.generator.FrontMatterValues;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Zola site's {@code zola.toml} (or {@code config.toml}) says about its pages: {@code base_url},
 * {@code title}, {@code author}, {@code default_language} and the other languages ({@code [languages]} keys), the
 * {@code [slugify]} strategies, {@code ignored_content} globs and the taxonomy names. Read from the config tree the
 * generator stores in the site, with the folders of drafted sections it adds ({@value #DRAFT_SECTIONS}).
 *
 * @param baseUrl         {@code base_url} ending in {@code /}
 * @param title           the site title, or null
 * @param author          the default author of pages, or null
 * @param defaultLanguage {@code default_language}, en when unset
 * @param languages       the other languages' codes
 * @param paths           {@code slugify.paths}
 * @param anchors         {@code slugify.anchors}
 * @param keepDates       {@code slugify.paths_keep_dates}: a dated file name keeps its date in the slug
 * @param draftSections   site-relative folders (ending in {@code /}) whose {@code _index.md} is a draft
 */
record ZolaConfig(String baseUrl, String title, String author, String defaultLanguage, Set<String> languages,
                  ZolaSlugs.Strategy paths, ZolaSlugs.Strategy anchors, boolean keepDates,
                  List<String> draftSections) {

    /** Key of the config tree under which the generator lists the drafted sections' folders. */
    static final String DRAFT_SECTIONS = "draftSections";
    private static final String DEFAULT_LANGUAGE = "en";

    /** The config of a parsed config tree. */
    static ZolaConfig of(JsonNode tree) {
        String base = text(tree, "base_url");
        String defaultLanguage = text(tree, "default_language");
        defaultLanguage = defaultLanguage == null ? DEFAULT_LANGUAGE : defaultLanguage;
        Set<String> languages = languageCodes(tree.path("languages"));
        languages.remove(defaultLanguage);
        JsonNode slugify = tree.path("slugify");
        return new ZolaConfig(base == null ? "/" : base.endsWith("/") ? base : base + "/", text(tree, "title"),
                text(tree, "author"), defaultLanguage, Set.copyOf(languages),
                ZolaSlugs.Strategy.of(slugify.path("paths").asText(null)),
                ZolaSlugs.Strategy.of(slugify.path("anchors").asText(null)),
                slugify.path("paths_keep_dates").asBoolean(false),
                FrontMatterValues.list(tree.get(DRAFT_SECTIONS)));
    }

    /** Whether the tree is a Zola config: a top-level {@code base_url} (Hugo spells it {@code baseURL}). */
    static boolean isZola(JsonNode tree) {
        return tree != null && text(tree, "base_url") != null;
    }

    /** The {@code ignored_content} globs. */
    static List<String> ignoredContent(JsonNode tree) {
        return FrontMatterValues.list(tree.get("ignored_content"));
    }

    /** The configured taxonomy names ({@code taxonomies = [{name = "tags"}]}). */
    static List<String> taxonomyNames(JsonNode tree) {
        return FrontMatterValues.list(tree.get("taxonomies"));
    }

    /**
     * The codes of {@code [languages.fr]} tables, or of the list Zola read before 0.15
     * ({@code languages = [{code = "fr"}]}), which sites pinned to an older Zola still have.
     */
    private static Set<String> languageCodes(JsonNode languages) {
        Set<String> codes = new LinkedHashSet<>();
        if (languages.isArray()) {
            languages.forEach(language -> {
                String code = text(language, "code");
                if (code != null) {
                    codes.add(code);
                }
            });
        } else {
            languages.fieldNames().forEachRemaining(codes::add);
        }
        return codes;
    }

    private static String text(JsonNode tree, String key) {
        JsonNode value = tree.get(key);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }
}
