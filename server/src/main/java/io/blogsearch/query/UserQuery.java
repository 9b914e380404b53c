package io.blogsearch.query;

import java.util.List;

/**
 * What a person typed, understood: free words, quoted phrases, exclusions and {@code field:value} filters.
 * Built by {@link UserQueryParser}; nothing in it is Lucene syntax.
 *
 * @param words         free words in typed order (raw, not yet analyzed)
 * @param phrases       quoted phrases
 * @param excluded      words or phrases after a minus sign
 * @param fields        {@code field:value} clauses on a known field
 * @param prefixLast    whether the last word was still being typed (no trailing space), so it also matches as a prefix
 * @param asksWhoSaid   whether the words were asked as "who said …": quotes of them rank first
 */
public record UserQuery(List<String> words, List<String> phrases, List<String> excluded, List<FieldClause> fields,
                        boolean prefixLast, boolean asksWhoSaid) {

    /** A {@code field:value} clause; the value may be a phrase. */
    public record FieldClause(QueryField field, String value) {
    }

    /** Fields a person may name in the query. */
    public enum QueryField {
        SPEAKER, TAG, CONFERENCE, TYPE, TITLE, YEAR
    }

    /** Whether nothing searchable was typed (browse). */
    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty() && fields.isEmpty();
    }

    /** Whether there are words or phrases that score documents (as opposed to filters only). */
    public boolean hasScoringText() {
        return !words.isEmpty() || !phrases.isEmpty()
                || fields.stream().anyMatch(f -> f.field() == QueryField.TITLE);
    }
}
