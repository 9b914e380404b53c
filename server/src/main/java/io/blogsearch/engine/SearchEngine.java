package io.blogsearch.engine;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.api.SuggestResponse;
import io.blogsearch.query.SearchRequest;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * What the routes, metrics, command line and tests ask of an engine. Implementations answer with the same JSON
 * contract whatever stores the index; no engine type appears above this interface. Thread-safe.
 */
public interface SearchEngine extends Closeable {

    /** Default time budget of one search, in milliseconds. */
    long DEFAULT_BUDGET_MILLIS = 2_000;

    /** Runs a search, recomputing the answer when {@code fresh} even if an equal request was answered before. */
    SearchResponse search(SearchRequest request, boolean fresh) throws IOException;

    /** Runs a search, answering from the engine's cache when it has an equal request's answer. */
    default SearchResponse search(SearchRequest request) throws IOException {
        return search(request, false);
    }

    /** Completions for a half-typed query. */
    SuggestResponse suggest(String typed) throws IOException;

    /** Whether searches can be answered now: an index is open (or the cluster healthy) and warm-up is done. */
    boolean isReady();

    /** Why {@link #isReady()} says no, for {@code /readyz} (never credentials). */
    default String notReadyReason() {
        return "index not open yet: " + describe();
    }

    /** Whether an index is open (or the cluster healthy), warm-up or not: what there is to warm up. */
    boolean isOpen();

    /** Where the engine reads from, for messages such as "index not open yet: …" (never credentials). */
    String describe();

    /** Documents per entity type (for metrics); empty when nothing is open. */
    Map<String, Long> documentsPerType() throws IOException;

    /** Searches waiting for their turn to compute. */
    int searchesWaiting();

    /** Reports not ready until {@link #warmed()}: serve warms its code paths before readers come. */
    void holdUntilWarmed();

    /** Ends the hold of {@link #holdUntilWarmed()}. */
    void warmed();

    /** Makes what the last reindex committed searchable. */
    void refresh() throws IOException;
}
