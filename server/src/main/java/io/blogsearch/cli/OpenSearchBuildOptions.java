package io.blogsearch.cli;

import picocli.CommandLine.Option;

/** How an index a full OpenSearch build creates is laid out: shards and replicas. */
public final class OpenSearchBuildOptions {

    @Option(names = "--opensearch-shards", paramLabel = "N", defaultValue = "1",
            description = "Primary shards of an index a full rebuild creates in OpenSearch (default ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--opensearch-replicas", paramLabel = "N", defaultValue = "1",
            description = "Replicas of each shard of an index a full rebuild creates (default ${DEFAULT-VALUE}).")
    int replicas;

    /** What is wrong with the values, or null. */
    String problem() {
        return shards < 1 || replicas < 0
                ? "--opensearch-shards must be at least 1 and --opensearch-replicas at least 0" : null;
    }
}
