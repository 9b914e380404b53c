package io.blogsearch.generator.jekyll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/**
 * The names behind the author handles of a Jekyll site ({@code author: orta}): the entry of that handle in the
 * config's {@code authors} map, else in {@code _data/authors.yml}, as jekyll-seo-tag and jekyll-feed look it up (and
 * the jekyll-author plugin, the config first); a handle with no entry, or an entry with no {@code name}, stays as
 * written.
 */
final class JekyllAuthors {

    private final List<JsonNode> registries;

    JekyllAuthors(JsonNode config, JsonNode data) {
        this.registries = List.of(config.path("authors"), data == null ? MissingNode.getInstance() : data);
    }

    /** The name the site gives this handle, else the handle. */
    String name(String handle) {
        for (JsonNode registry : registries) {
            JsonNode entry = registry.isObject() ? registry.get(handle) : null;
            String name = entry != null && entry.isObject() ? entry.path("name").asText("").strip() : "";
            if (!name.isEmpty()) {
                return name;
            }
        }
        return handle;
    }
}
