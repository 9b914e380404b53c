package io.blogsearch.query;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered. */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    /** Parses an API value case-insensitively. */
    public static Optional<SortOrder> parse(String value) {
        for (SortOrder order : values()) {
            if (order.name().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }
}
