package io.blogsearch.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.HugoDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads typed values out of front matter the same way for every generator. */
public final class FrontMatterValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FrontMatterValues() {
    }

    /** The first non-blank text of these keys, or null. */
    public static String text(FrontMatter frontMatter, List<String> keys) {
        return frontMatter.text(keys.toArray(String[]::new));
    }

    /** The first date of these keys that parses, or null. */
    public static Instant date(FrontMatter frontMatter, List<String> keys) {
        for (String key : keys) {
            Instant date = HugoDates.parse(frontMatter.values().get(key));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The strings of the first of these keys that holds any: a list, one string, or maps with a {@code name}. */
    public static List<String> list(FrontMatter frontMatter, List<String> keys) {
        for (String key : keys) {
            List<String> values = list(frontMatter.values().get(key));
            if (!values.isEmpty()) {
                return values;
            }
        }
        return List.of();
    }

    /** The strings of one value: a list, one string (a space-separated list when {@code words}), or maps. */
    public static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> add(values, item.isObject() ? item.get("name") : item));
        } else if (node.isObject()) {
            add(values, node.get("name"));
        } else {
            add(values, node);
        }
        return values;
    }

    /** The front matter as a plain map, for the page record. */
    public static Map<String, Object> map(FrontMatter frontMatter) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.convertValue(frontMatter.values(), LinkedHashMap.class);
        return map == null ? Map.of() : map;
    }

    private static void add(List<String> values, JsonNode node) {
        if (node != null && node.isValueNode() && !node.asText().isBlank()) {
            String text = node.asText().strip();
            if (!values.contains(text)) {
                values.add(text);
            }
        }
    }
}
