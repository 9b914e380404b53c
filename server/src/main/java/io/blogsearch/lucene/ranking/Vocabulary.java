package io.blogsearch.lucene.ranking;

import io.blogsearch.query.CjkRunWords;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * What the index holds, as the query builder needs it: whether a typed word is in the index as written (only unknown
 * words get typo-tolerant variants), and what a prefix or fuzzy word expands to. Building Levenshtein and prefix
 * automata is the costliest part of a query, so a searcher's vocabulary caches expansions for the life of its reader.
 */
public interface Vocabulary {

    /** Fields whose unstemmed terms make up the vocabulary. */
    List<String> FIELDS = List.of(Fields.TEXT_EXACT, Fields.TITLE_EXACT, Fields.SPEAKER_TEXT, Fields.AUTHOR_TEXT);

    /** Whether the unstemmed token occurs in the index. */
    boolean knows(String token);

    /**
     * Whether the token, though in the index, is so rare there that it is more likely a typo of a common word than
     * what the person meant (a misspelling that slipped into one page: "kubernets").
     */
    default boolean isRare(String token) {
        return false;
    }

    /**
     * Whether some word of the index starts with the token (the token itself included): a last word typed without a
     * space after it may still be being typed. Unsure answers yes, which leaves the word uncorrected.
     */
    default boolean beginsAWord(String token) {
        return true;
    }

    /**
     * How many documents write the run of Chinese or Japanese script as it is typed (its pairs of characters in a
     * row in a stemmed title or body; see {@link CjkRunWords}), counted up to {@link CjkRunWords#ENOUGH_DOCUMENTS}.
     * Unsure answers that many, which keeps a typed run whole.
     */
    default int documentsWriting(String run) {
        return CjkRunWords.ENOUGH_DOCUMENTS;
    }

    /** The query's expansion into the index's terms, or the query itself when it is expanded at search time. */
    default Query expand(MultiTermQuery query) {
        return query;
    }

    /**
     * The expansion of the query {@code query} builds, which is built only when {@code key} (equal for equal queries)
     * was not expanded before: a prefix query compiles its automaton as it is made.
     */
    default Query expand(Object key, Supplier<? extends MultiTermQuery> query) {
        return expand(query.get());
    }

    /** Every word counts as known: no fuzzy variants at all (the cheap fallback). */
    static Vocabulary everything() {
        return token -> true;
    }

    /** No word counts as known: fuzzy variants for all, expanded at search time. */
    static Vocabulary nothing() {
        return token -> false;
    }

    /** Documents (summed over the vocabulary fields; a post and its section count twice) of a {@link #isRare} token. */
    int RARE_DOCS = 5;

    /** Whether the token is a term of any vocabulary field of the reader. */
    static boolean inIndex(IndexReader reader, String token) {
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
    }
}
