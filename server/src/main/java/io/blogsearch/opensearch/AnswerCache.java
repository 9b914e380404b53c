package io.blogsearch.opensearch;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.engine.ResponseCache;
import io.blogsearch.query.SearchRequest;

/**
 * Whole answers of the OpenSearch engine, keyed by the request, valid while the index's generation
 * ({@link IndexGeneration}) stays the one they were computed under: a search box sends the same prefixes over and
 * over, and each answer costs the cluster several requests. A {@link ResponseCache}, a new one when the generation
 * moves on.
 */
final class AnswerCache {

    private ResponseCache answers = new ResponseCache();
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
        if (generation == null) {
            return;
        }
        if (!generation.equals(this.generation)) {
            answers = new ResponseCache();
            this.generation = generation;
        }
        answers.put(request, response);
    }

    /** Drops every answer. */
    synchronized void clear() {
        answers = new ResponseCache();
        generation = null;
    }
}
