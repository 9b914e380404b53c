package io.blogsearch.search;

import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Whether a typed word is in the index as written. Only unknown words get typo-tolerant (fuzzy) variants: building
 * Levenshtein automata is the costliest part of a query, and a word that exists needs no correction.
 */
@FunctionalInterface
public interface Vocabulary {

    /** Fields whose unstemmed terms make up the vocabulary. */
    List<String> FIELDS = List.of(Fields.TEXT_EXACT, Fields.TITLE_EXACT, Fields.SPEAKER_TEXT);

    /** Whether the unstemmed token occurs in the index. */
    boolean knows(String token);

    /** Every word counts as known: no fuzzy variants at all (the cheap fallback). */
    static Vocabulary everything() {
        return token -> true;
    }

    /** No word counts as known: fuzzy variants for all (for tests of typo handling). */
    static Vocabulary nothing() {
        return token -> false;
    }

    /** The terms of an open reader. */
    static Vocabulary of(IndexReader reader) {
        return token -> {
            try {
                for (String field : FIELDS) {
                    if (reader.docFreq(new Term(field, token)) > 0) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
