package io.blogsearch.generator.jekyll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Jekyll's front matter defaults ({@code defaults:} in {@code _config.yml}): each set's {@code values} apply to the
 * files its {@code scope} takes in, by {@code path} (a prefix of the file's path, or a glob with {@code *}) and
 * {@code type} ({@code posts}, {@code pages}, {@code drafts}), under the file's own front matter. Where sets overlap,
 * the more specific wins, as in Jekyll: the longer path, then the one naming a type, then the later one.
 */
final class JekyllDefaults {

    private record Scoped(String path, String type, JsonNode values, int order) {
    }

    private final List<Scoped> sets = new ArrayList<>();

    /** The defaults of a site's config; none when it has no {@code defaults} list. */
    JekyllDefaults(JsonNode config) {
        JsonNode defaults = config.path("defaults");
        for (JsonNode set : defaults) {
            JsonNode values = set.path("values");
            if (!values.isObject()) {
                continue;
            }
            JsonNode scope = set.path("scope");
            String path = scope.path("path").asText("").strip().replaceAll("^/+|/+$", "");
            String type = scope.path("type").asText("").strip();
            sets.add(new Scoped(path, type.isEmpty() ? null : type, values, sets.size()));
        }
        sets.sort(Comparator.comparingInt((Scoped set) -> set.path().length())
                .thenComparing(set -> set.type() != null).thenComparingInt(Scoped::order));
    }

    /** The file's front matter over the defaults that apply to it: {@code type} is posts, drafts or pages. */
    JsonNode apply(String path, String type, JsonNode own) {
        ObjectNode merged = null;
        for (Scoped set : sets) {
            if (applies(set, path, type)) {
                merged = merged == null ? JsonNodeFactory.instance.objectNode() : merged;
                merged.setAll((ObjectNode) set.values());
            }
        }
        if (merged == null) {
            return own;
        }
        if (own != null && own.isObject()) {
            merged.setAll((ObjectNode) own);
        }
        return merged;
    }

    private static boolean applies(Scoped set, String path, String type) {
        if (set.type() != null && !set.type().equals(type) && !("posts".equals(set.type()) && "drafts".equals(type))) {
            return false;
        }
        if (set.path().isEmpty()) {
            return true;
        }
        if (set.path().contains("*")) {
            String glob = Pattern.quote(set.path()).replace("*", "\\E[^/]*\\Q");
            return Pattern.compile(glob + "(?:/.*)?").matcher(path).matches();
        }
        return path.equals(set.path()) || path.startsWith(set.path() + "/");
    }
}
