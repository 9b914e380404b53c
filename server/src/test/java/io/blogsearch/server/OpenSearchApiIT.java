package io.blogsearch.server;

import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.opensearch.OpenSearchCluster;
import io.blogsearch.opensearch.OpenSearchIndexes;
import java.nio.file.Path;

/** The search API's contract on the OpenSearch engine: the fixture pages written to a real node. */
class OpenSearchApiIT extends SearchApiContract {

    @Override
    protected SearchEngine engine(Path localIndex) throws Exception {
        // the same fixture pages, written straight to the cluster
        return OpenSearchIndexes.engine(OpenSearchIndexes.publish(OpenSearchCluster.shared(), TestPages.all(),
                "api-contract", 1, 0));
    }
}
