package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A content file split into its front matter and its body.
 *
 * @param values   the front matter as a tree (an empty object when the file has none)
 * @param body     everything after the front matter
 * @param bodyLine 1-based line of the file where the body starts, so body problems report file lines
 */
public record FrontMatter(JsonNode values, String body, int bodyLine) {

    /** A text value (trimmed, non-blank) of the first key present, or null. */
    public String text(String... keys) {
        for (String key : keys) {
            JsonNode value = values.get(key);
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText().trim();
            }
        }
        return null;
    }

    /** A boolean value, accepting {@code true}, {@code "true"} and {@code "yes"}. */
    public boolean flag(String key) {
        JsonNode value = values.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        String text = value.asText().trim().toLowerCase(Locale.ROOT);
        return value.asBoolean(false) || text.equals("true") || text.equals("yes");
    }
}
