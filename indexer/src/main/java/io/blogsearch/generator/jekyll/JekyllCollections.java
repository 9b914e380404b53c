package io.blogsearch.generator.jekyll;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The collections of a Jekyll site that it renders into pages ({@code collections:} with {@code output: true}):
 * each in its folder {@code _LABEL} (under {@code collections_dir}), its documents published at its
 * {@code permalink}, else at {@code /:collection/:path} ended as the site's permalink style ends its URLs. A collection
 * without {@code output: true} (and every collection given as a plain list of names) only feeds templates, so none of
 * its documents is a page. Posts are the built-in collection read apart ({@code _posts}).
 */
final class JekyllCollections {

    /** One collection that Jekyll renders: its label, its folder (relative to the site root) and its permalink. */
    record Collection(String label, String folder, String permalink) {
    }

    private final List<Collection> rendered = new ArrayList<>();

    JekyllCollections(JsonNode config) {
        String dir = config.path("collections_dir").asText("").strip().replaceAll("^/+|/+$", "");
        JsonNode collections = config.path("collections");
        if (!collections.isObject()) {
            return; // a list of names: none has output
        }
        collections.fields().forEachRemaining(entry -> {
            String label = entry.getKey();
            JsonNode metadata = entry.getValue();
            if (!label.equals("posts") && metadata.path("output").asBoolean(false)) {
                String folder = (dir.isEmpty() ? "" : dir + "/") + "_" + label;
                String permalink = metadata.path("permalink").asText("").strip();
                rendered.add(new Collection(label, folder, permalink.isEmpty() ? null : permalink));
            }
        });
    }

    /** The rendered collection whose folder holds {@code path}, if any. */
    Optional<Collection> of(String path) {
        return rendered.stream().filter(collection -> path.startsWith(collection.folder() + "/")).findFirst();
    }

    /**
     * A document's URL template: its collection's permalink, else {@code /:collection/:path} ended as the site's
     * style ends URLs ({@code pretty} or a pattern ending in {@code /}: a slash; otherwise {@code :output_ext}).
     */
    static String template(Collection collection, String siteStyle) {
        if (collection.permalink() != null) {
            return collection.permalink();
        }
        return "/:collection/:path" + JekyllPermalinks.ending(siteStyle == null ? null : siteStyle.strip());
    }
}
