package io.blogsearch.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * The dictionary lookups of the terms searched on one reader, kept for its life: a search builds a weight for every
 * field and variant of every word (some fifty term queries for two words, each looked up in every segment), and the
 * same words come back in query after query. The kept states carry the term's statistics, so scores stay the same.
 */
final class TermStatesCache {

    /** Terms kept at most; later ones are looked up on each search, as without the cache. */
    private static final int MAX_TERMS = 50_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

    TermStatesCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The states of {@code term} in every segment of the reader, with its statistics. */
    TermStates of(Term term) throws IOException {
        TermStates cached = states.get(term);
        if (cached != null) {
            return cached;
        }
        TermStates built = TermStates.build(searcher, term, true);
        if (states.size() < MAX_TERMS) {
            states.put(term, built);
        }
        return built;
    }
}
