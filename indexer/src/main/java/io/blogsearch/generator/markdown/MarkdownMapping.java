package io.blogsearch.generator.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.FrontMatterValues;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a Markdown folder is read, from {@code source:} in {@code blogsearch.yaml} with defaults for what it leaves
 * out.
 *
 * @param posts         folders of posts, relative to the site root
 * @param pages         folders of plain pages (searchable, not posts)
 * @param permalink     the posts' URL pattern, e.g. {@code /blog/:year/:month/:day/:slug/}
 * @param pagePermalink the pages' URL pattern, {@code /:path/} by default
 * @param fields        role ({@code title}, {@code date}, {@code author}, {@code tags}, {@code categories},
 *                      {@code description}, {@code draft}) to the front matter keys holding it, first present wins
 * @param author        the author of posts that name none, or null
 */
public record MarkdownMapping(List<String> posts, List<String> pages, String permalink, String pagePermalink,
                              Map<String, List<String>> fields, String author) {

    /** Front matter keys read for each role when the mapping names none. */
    static final Map<String, List<String>> DEFAULT_FIELDS = Map.of(
            "title", List.of("title"),
            "date", List.of("date", "created_at", "published_at", "publishDate", "pubDate", "published"),
            "author", List.of("authors", "author", "author_name"),
            "tags", List.of("tags", "keywords"),
            "categories", List.of("categories", "category"),
            "description", List.of("description", "summary", "excerpt"),
            "draft", List.of("draft"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The mapping of a {@code source:} tree; {@code detectedPosts} stands in when it names no posts folder. */
    static MarkdownMapping of(JsonNode source, String detectedPosts) {
        List<String> posts = folders(source.get("posts"));
        if (posts.isEmpty() && detectedPosts != null) {
            posts = List.of(detectedPosts);
        }
        String permalink = text(source, "permalink", defaultPermalink(posts.isEmpty() ? "" : posts.get(0)));
        // sorted: the mapping is part of the build's cache key, which must not change between runs
        Map<String, List<String>> fields = new TreeMap<>(DEFAULT_FIELDS);
        source.path("fields").fields().forEachRemaining(entry -> {
            List<String> keys = FrontMatterValues.list(entry.getValue());
            if (!keys.isEmpty()) {
                fields.put(entry.getKey(), keys);
            }
        });
        return new MarkdownMapping(posts, folders(source.get("pages")), permalink,
                text(source, "pagePermalink", "/:path/"), Collections.unmodifiableMap(fields),
                text(source, "author", null));
    }

    /** The mapping as kept in the site's config tree (and so in the build's cache key). */
    ObjectNode toJson() {
        return MAPPER.valueToTree(this);
    }

    /** The mapping back from the site's config tree. */
    static MarkdownMapping fromJson(JsonNode node) {
        return MAPPER.convertValue(node, MarkdownMapping.class);
    }

    /**
     * {@code /blog/:year/:month/:day/:slug/} for posts in {@code blog/posts}: the folder above a folder named
     * {@code posts} or {@code _posts} (else the folder itself), then the date and slug, as Jekyll's {@code pretty}.
     */
    static String defaultPermalink(String postsFolder) {
        String folder = postsFolder.replaceAll("(^|/)_?posts$", "");
        return "/" + (folder.isEmpty() ? "" : folder + "/") + ":year/:month/:day/:slug/";
    }

    /** The keys of a role. */
    List<String> keys(String role) {
        return fields.getOrDefault(role, List.of());
    }

    private static List<String> folders(JsonNode node) {
        return FrontMatterValues.list(node).stream()
                .map(folder -> folder.replace('\\', '/').replaceAll("^\\./", "").replaceAll("^/+|/+$", ""))
                .toList();
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode value = node.get(key);
        return value != null && value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : fallback;
    }
}
