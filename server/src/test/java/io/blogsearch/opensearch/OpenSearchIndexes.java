package io.blogsearch.opensearch;

import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.Synonyms;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Test indexes in OpenSearch: a local index the indexer (or a fixture) built, written to a cluster under a name. */
public final class OpenSearchIndexes {

    private OpenSearchIndexes() {
    }

    /** The config of alias {@code name} on {@code cluster}. */
    public static OpenSearchConfig config(OpenSearchCluster cluster, String name) {
        List<URI> urls = Arrays.stream(cluster.urls().split(",")).map(URI::create).toList();
        return new OpenSearchConfig(urls, name, null, null, null, false);
    }

    /** Writes the local index at {@code local} to a fresh index behind alias {@code name}; returns its config. */
    public static OpenSearchConfig publish(OpenSearchCluster cluster, Path local, String name, int shards,
                                           int replicas) throws IOException {
        OpenSearchConfig config = config(cluster, name);
        try (OpenSearchHttp http = new OpenSearchHttp(config)) {
            new OpenSearchWriter(http, config, Clock.systemUTC()).write(local, true, Synonyms.builtIn(), shards,
                    replicas);
        }
        return config;
    }

    /** An engine over {@code config} with the Lucene engine's default time budget. */
    public static OpenSearchEngine engine(OpenSearchConfig config) {
        return new OpenSearchEngine(config, SearchEngine.DEFAULT_BUDGET_MILLIS);
    }
}
