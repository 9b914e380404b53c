package io.blogsearch.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Hugo site as the indexer sees it: its config, its data files and its content files.
 *
 * @param root               the site root (the folder holding the config and {@code content/})
 * @param baseUrl            {@code baseURL}, always ending in {@code /}; {@code /} when the config has none
 * @param title              the site title, may be null
 * @param permalinks         {@code permalinks} config: section (or kind) to pattern, e.g.
 *                           {@code posts -> /:year/:title/}
 * @param taxonomies         taxonomy singular to plural name; Hugo's default
 *                           {@code tag -> tags, category -> categories} when the config declares none
 * @param defaultAuthor      {@code params.author} (a string, or the {@code name} of an author map), may be null
 * @param disablePathToLower {@code disablePathToLower}: when false Hugo lower-cases generated paths
 * @param config             the whole merged config tree, for extensions
 * @param data               site data files ({@code data/*.yaml|toml|json}) by file name without extension,
 *                           nested folders joined with {@code /}
 * @param contentFiles       content files (Markdown and HTML) relative to the root, forward slashes, sorted
 * @param languages          the site's languages, content folders and mounts
 * @param permalinkRules     the {@code permalinks} rules in the order they are tried
 * @param indexedSections    the only top-level sections to index ({@code index: {sections: [...]}} of the site's
 *                           {@code blogsearch.yaml}); empty for all
 * @param unrenderedPaths    Hugo path globs (lower case, e.g. {@code /_includes/x}) the config's {@code cascade}
 *                           keeps from being rendered: their pages are no results
 * @param notices            config forms blogsearch does not understand, each once, with the file and key
 * @param themes             the folders of the site's themes and theme modules, in Hugo's lookup order (the first
 *                           theme's templates hide the next one's); empty when it has none or they are not local
 */
public record Site(
        Path root,
        String baseUrl,
        String title,
        Map<String, String> permalinks,
        Map<String, String> taxonomies,
        String defaultAuthor,
        boolean disablePathToLower,
        JsonNode config,
        Map<String, JsonNode> data,
        List<String> contentFiles,
        SiteLanguages languages,
        List<PermalinkRule> permalinkRules,
        Set<String> indexedSections,
        List<Pattern> unrenderedPaths,
        List<ConfigNotice> notices,
        List<Path> themes) {

    /** The content folder. */
    public Path contentDir() {
        return root.resolve("content");
    }

    /** A data file's tree by name (e.g. {@code events}), or null when the site has no such data file. */
    public JsonNode dataFile(String name) {
        return data.get(name);
    }
}
