package io.blogsearch.cli;

import io.blogsearch.engine.SearchEngine;
import io.blogsearch.lucene.SearchService;
import io.blogsearch.opensearch.OpenSearchConfig;
import io.blogsearch.opensearch.OpenSearchEngine;
import io.blogsearch.query.Synonyms;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Builds the engine the commands and the server talk to: the one class above the {@link SearchEngine} seam that
 * names an engine's own types, so another engine is one more method here.
 */
public final class Engines {

    private Engines() {
    }

    /**
     * The embedded Lucene engine over the index folder {@code indexDir} (opened as soon as it appears), answering
     * within {@code budgetMillis} and computing at most {@code concurrentSearches} answers at once (0: one per
     * processor). Closing the engine closes the index.
     */
    public static SearchEngine lucene(Path indexDir, Synonyms synonyms, long budgetMillis, int concurrentSearches) {
        return SearchService.open(indexDir, synonyms, budgetMillis,
                concurrentSearches > 0 ? concurrentSearches : SearchService.defaultConcurrentSearches());
    }

    /** The Lucene engine over {@code indexDir} with the built-in synonyms and the default time budget. */
    public static SearchEngine lucene(Path indexDir) {
        return lucene(indexDir, Synonyms.builtIn(), SearchEngine.DEFAULT_BUDGET_MILLIS, 0);
    }

    /**
     * The OpenSearch engine over the cluster and alias of {@code config}, giving each search {@code budgetMillis} on
     * the cluster. Nothing is sent until the first request: a cluster that is down makes the engine not ready.
     */
    public static SearchEngine openSearch(OpenSearchConfig config, long budgetMillis) {
        return new OpenSearchEngine(config, budgetMillis);
    }

    /**
     * As {@link #lucene(Path, Synonyms, long, int)}, but throws when {@code indexDir} holds an index that cannot be
     * opened (a folder without one passes): serve's start-up check and its engine open the index once.
     */
    static SearchEngine luceneChecked(Path indexDir, Synonyms synonyms, long budgetMillis, int concurrentSearches)
            throws IOException {
        return SearchService.openChecked(indexDir, synonyms, budgetMillis,
                concurrentSearches > 0 ? concurrentSearches : SearchService.defaultConcurrentSearches());
    }
}
