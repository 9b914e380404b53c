package io.blogsearch.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
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

    /**
     * The same front matter with its top-level keys in lower case, as Hugo reads them ({@code Title} is
     * {@code title}); where two keys differ only in case, the one already in lower case wins, else the first.
     */
    public FrontMatter withLowerCaseKeys() {
        if (!(values instanceof ObjectNode object)) {
            return this;
        }
        boolean lower = true;
        for (Iterator<String> names = object.fieldNames(); names.hasNext() && lower; ) {
            String name = names.next();
            lower = name.equals(name.toLowerCase(Locale.ROOT));
        }
        if (lower) {
            return this;
        }
        ObjectNode lowered = JsonNodeFactory.instance.objectNode();
        object.fields().forEachRemaining(field -> {
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (!lowered.has(key) || field.getKey().equals(key)) {
                lowered.set(key, field.getValue());
            }
        });
        return new FrontMatter(lowered, body, bodyLine);
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
