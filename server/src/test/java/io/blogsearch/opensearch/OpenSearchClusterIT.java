package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The harness starts a real node whose analysis includes what the mapping needs (the analysis-common module). */
class OpenSearchClusterIT {

    @Test
    void sharedNodeIsHealthyAndAnalysesEnglish() throws Exception {
        OpenSearchCluster cluster = OpenSearchCluster.shared();
        HttpClient http = HttpClient.newHttpClient();
        // waits out a shard another test's index is still assigning, then must be green
        URI healthUri = URI.create(cluster.urls() + "/_cluster/health?wait_for_status=green&timeout=30s");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(healthUri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"green\"");

        HttpResponse<String> analysed = http.send(HttpRequest.newBuilder(URI.create(cluster.urls() + "/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"tokenizer\":\"standard\",\"filter\":[\"lowercase\",\"asciifolding\",\"kstem\"],"
                                + "\"text\":\"Cafés\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(analysed.body()).contains("\"token\":\"cafe\"");
    }
}
