package io.blogsearch.opensearch;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.query.SearchRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole answers of the OpenSearch engine, keyed by the request, valid while the index's generation
 * ({@link IndexGeneration}) stays the one they were computed under: a search box sends the same prefixes over and
 * over, and each answer costs the cluster several requests. A small LRU, emptied when the generation moves on.
 */
final class AnswerCache {

    /** Answers kept; a few MB at most (answers carry up to 1,000 facet values). */
    static final int MAX_ENTRIES = 256;

    private final Map<SearchRequest, SearchResponse> answers = new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResponse> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private String generation;

    /** The answer computed under {@code generation} for an equal request, or null. */
    synchronized SearchResponse get(SearchRequest request, String generation) {
        return generation != null && generation.equals(this.generation) ? answers.get(request) : null;
    }

    /**
     * Keeps a complete answer computed under {@code generation} (a generation known at the start of the search, so an
     * answer computed across a change is never kept as the new one's); partial answers (time budget spent) are not
     * kept, the next try may finish.
     */
    synchronized void put(SearchRequest request, String generation, SearchResponse response) {
        if (generation == null || response.timedOut()) {
            return;
        }
        if (!generation.equals(this.generation)) {
            answers.clear();
            this.generation = generation;
        }
        answers.putIfAbsent(request, response);
    }

    /** Drops every answer. */
    synchronized void clear() {
        answers.clear();
        generation = null;
    }
}
