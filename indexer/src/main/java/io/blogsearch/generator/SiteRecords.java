package io.blogsearch.generator;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteLanguages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Site} record of a site that is not Hugo's: one language (the config's
 * {@code defaultContentLanguage}, else en), no Hugo permalinks or cascades, paths kept as written.
 */
public final class SiteRecords {

    private SiteRecords() {
    }

    /** A site read by another generator. */
    public static Site of(Path root, String baseUrl, String title, Map<String, String> taxonomies, String author,
                          JsonNode config, Map<String, JsonNode> data, List<String> files) {
        String lang = config.path("defaultContentLanguage").asText("");
        return new Site(root, baseUrl, title, Map.of(), taxonomies, author, true, config, data, files,
                SiteLanguages.single(lang.isBlank() ? "en" : lang), List.of(), Set.of(), List.of(), List.of(),
                List.of());
    }

    /** The same site with another base URL and config tree. */
    static Site with(Site site, String baseUrl, JsonNode config) {
        return new Site(site.root(), baseUrl, site.title(), site.permalinks(), site.taxonomies(), site.defaultAuthor(),
                site.disablePathToLower(), config, site.data(), site.contentFiles(), site.languages(),
                site.permalinkRules(), site.indexedSections(), site.unrenderedPaths(), site.notices(), site.themes());
    }
}
