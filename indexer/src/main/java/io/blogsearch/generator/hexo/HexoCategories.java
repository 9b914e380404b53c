package io.blogsearch.generator.hexo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A post's categories as Hexo reads front matter {@code categories} (or {@code category}): categories nest, so
 * {@code [Garden, Roses]} is Roses under Garden, one path; a list holding lists is several paths
 * ({@code [[Garden, Roses], Kitchen]}); one text is one top-level category. Empty names are dropped.
 *
 * @param paths each category path, from the top category down
 */
record HexoCategories(List<List<String>> paths) {

    /** The categories a post's front matter gives. */
    static HexoCategories of(JsonNode frontMatter) {
        JsonNode node = frontMatter.has("categories") ? frontMatter.get("categories") : frontMatter.get("category");
        List<List<String>> paths = new ArrayList<>();
        if (node == null || node.isNull()) {
            return new HexoCategories(List.of());
        }
        if (!node.isArray()) {
            addPath(paths, List.of(node));
        } else if (hasList(node)) {
            node.forEach(item -> addPath(paths, item.isArray() ? list(item) : List.of(item)));
        } else {
            addPath(paths, list(node));
        }
        return new HexoCategories(List.copyOf(paths));
    }

    /**
     * The facet values: every category the post is filed under, each once. Hexo lists the post on the page of each
     * category of a path ({@code Garden} and {@code Garden/Roses}), so each name is a category the post is in; the
     * nesting itself is not kept, which a flat facet cannot show.
     */
    List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        paths.forEach(names::addAll);
        return List.copyOf(names);
    }

    /**
     * {@code :category}: the slug of the post's last category with its parents' before it ({@code garden/roses}),
     * each name through {@code category_map} then slugized with {@code filename_case}; {@code default_category} when
     * the post has none.
     */
    String permalinkValue(HexoConfig config) {
        if (paths.isEmpty()) {
            return config.defaultCategory();
        }
        List<String> slugs = new ArrayList<>();
        for (String name : paths.get(paths.size() - 1)) {
            slugs.add(HexoSlugs.slugize(config.categoryMap().getOrDefault(name, name), config.filenameCase()));
        }
        return String.join("/", slugs);
    }

    private static boolean hasList(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isArray()) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static void addPath(List<List<String>> paths, List<JsonNode> names) {
        List<String> path = new ArrayList<>();
        for (JsonNode name : names) {
            if (name != null && name.isValueNode() && !name.isNull() && !name.asText().isEmpty()) {
                path.add(name.asText());
            }
        }
        if (!path.isEmpty()) {
            paths.add(List.copyOf(path));
        }
    }
}
