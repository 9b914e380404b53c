package io.blogsearch.schema;

import java.util.Locale;
import java.util.Optional;

/** The kinds of entity the index holds; every document has exactly one, in {@link Fields#TYPE}. */
public enum DocType {
    /** A blog post: a regular page of the site's main sections. */
    POST,
    /** Any other page with text of its own: About, docs, an events list, a section page with text. */
    PAGE,
    /** One heading of a page and its text. */
    SECTION,
    /** An attributed quote. */
    QUOTE,
    /** An image with its title and caption. */
    FIGURE,
    /** A talk a conference report covers. */
    TALK;

    /** The value stored in the index and used by the API. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an API or index value, case-insensitively. */
    public static Optional<DocType> parse(String value) {
        for (DocType type : values()) {
            if (type.value().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
