package io.blogsearch.engine;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.query.SearchRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole answers of one unchanging view of an index, keyed by the request: a search box sends the same prefixes over
 * and over ("k", "ku", "kub" from every visitor), and while the index does not change an answer stays right. Each
 * engine starts a new, empty cache when its index changes (a new Lucene searcher, a new OpenSearch index
 * generation). A small LRU: answers carry up to 1,000 facet values.
 */
public final class ResponseCache {

    /** Answers kept per view; a few MB at most. */
    static final int MAX_ENTRIES = 256;

    private final Map<SearchRequest, SearchResponse> answers = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResponse> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The answer computed earlier for an equal request, or null. */
    public synchronized SearchResponse get(SearchRequest request) {
        return answers.get(request);
    }

    /**
     * Keeps a complete answer; partial ones (time budget spent) are not kept, the next try may finish. An answer
     * already kept stays: the view is the same, so a recomputed answer is equal to it, and replacing it on every
     * "no-cache" request would only turn the kept one into garbage that has lived long enough to be costly to collect.
     */
    public synchronized void put(SearchRequest request, SearchResponse response) {
        if (!response.timedOut()) {
            answers.putIfAbsent(request, response);
        }
    }
}
