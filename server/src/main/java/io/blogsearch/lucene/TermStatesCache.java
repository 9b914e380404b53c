package io.blogsearch.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The dictionary lookups of the terms searched on one reader, kept for its life: a search builds a weight for every
 * field and variant of every word (some fifty term queries for two words, each looked up in every segment), and the
 * same words come back in query after query. The kept states carry the term's statistics, so scores stay the same.
 */
final class TermStatesCache {

    /** Queries kept at most; later ones are looked up on each search, as without the cache. */
    private static final int MAX_TERMS = 50_000;

    private final IndexSearcher searcher;
    private final Map<Query, Query> withStates = new ConcurrentHashMap<>();

    TermStatesCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * A term query, boosted or not, carrying the states of its term in this reader (kept with it, so that it is made
     * once: every new query object runs Lucene's checks of its class); any other query as it is.
     */
    Query withStates(Query query) throws IOException {
        if (!isTermWithoutStates(query)
                && !(query instanceof BoostQuery boosted && isTermWithoutStates(boosted.getQuery()))) {
            return query;
        }
        Query cached = withStates.get(query);
        if (cached != null) {
            return cached;
        }
        Query built;
        if (query instanceof BoostQuery boosted) {
            // A boost builds its inner weight itself, not through the searcher: the term inside it is replaced here.
            built = new BoostQuery(withStates(boosted.getQuery()), boosted.getBoost());
        } else {
            Term term = ((TermQuery) query).getTerm();
            built = new TermQuery(term, TermStates.build(searcher, term, true));
        }
        if (withStates.size() < MAX_TERMS) {
            withStates.put(query, built);
        }
        return built;
    }

    private static boolean isTermWithoutStates(Query query) {
        return query instanceof TermQuery term && term.getTermStates() == null;
    }
}
