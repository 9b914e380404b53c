package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.Http;
import io.blogsearch.fixtures.TestServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /readyz} of a server on the OpenSearch engine follows the cluster: ready on a green or yellow index; 503 with
 * the reason when the index is red, missing, or the cluster unreachable.
 */
class OpenSearchReadinessIT {

    @Test
    void readyOnAHealthyIndex() throws Exception {
        OpenSearchConfig config = OpenSearchIndexes.sampleBlog(OpenSearchCluster.shared(), "ready-healthy");
        try (TestServer server = TestServer.start(OpenSearchIndexes.engine(config))) {
            assertThat(Http.status(server.base() + "/readyz")).isEqualTo(200);
        }
    }

    @Test
    void notReadyOnARedIndexWithTheReason() throws Exception {
        OpenSearchCluster cluster = OpenSearchCluster.shared();
        OpenSearchConfig config = OpenSearchIndexes.config(cluster, "ready-red");
        try (OpenSearchHttp http = new OpenSearchHttp(config)) {
            if (http.exists("/ready-red")) {
                http.send("DELETE", "/ready-red", null);
            }
            // a primary that may only live on a node that does not exist stays unassigned: the index is red
            http.send("PUT", "/ready-red", Map.of("wait_for_active_shards", "0"), Map.of("settings", Map.of(
                    "number_of_shards", 1, "number_of_replicas", 0,
                    "index.routing.allocation.require._name", "no-such-node")));
            try {
                assertNotReady(config, "ready-red is red");
            } finally {
                // the node is shared: a red index left behind would turn the whole cluster red for later tests
                http.send("DELETE", "/ready-red", null);
            }
        }
    }

    @Test
    void notReadyWithoutTheIndex() throws Exception {
        assertNotReady(OpenSearchIndexes.config(OpenSearchCluster.shared(), "ready-missing"),
                "no index or alias ready-missing");
    }

    @Test
    void notReadyWhenTheClusterIsUnreachable() throws Exception {
        OpenSearchConfig nowhere = new OpenSearchConfig(List.of(URI.create("http://127.0.0.1:" + Http.freePort())),
                "blogsearch", null, null, null, false);
        assertNotReady(nowhere, "cluster unreachable");
    }

    private static void assertNotReady(OpenSearchConfig config, String reason) throws Exception {
        try (TestServer server = TestServer.start(OpenSearchIndexes.engine(config))) {
            HttpResponse<String> readyz = Http.get(server.base() + "/readyz");
            assertThat(readyz.statusCode()).isEqualTo(503);
            assertThat(readyz.body()).contains(reason);
        }
    }
}
