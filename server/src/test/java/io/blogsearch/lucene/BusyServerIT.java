package io.blogsearch.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.query.Synonyms;
import io.blogsearch.server.SearchApp;
import io.blogsearch.server.ServerConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server whose every search turn is taken answers 503 within the time budget, and recovers once one frees. */
class BusyServerIT {

    @TempDir
    Path dir;

    @Test
    void aSearchThatCannotGetATurnWithinItsBudgetGets503WithRetryAfterAndCachedAnswersStillFlow() throws Exception {
        TestIndexes.write(dir.resolve("index"), List.of(TestPages.page("content/post/kiln.md", "Firing the kiln",
                "2021-03-01", List.of("Pottery"), "Cone six glaze firing notes.", List.of())));
        SearchGate gate = new SearchGate(1);
        HttpClient client = HttpClient.newHttpClient();
        try (IndexHandle index = IndexHandle.open(dir.resolve("index"))) {
            SearchService service = new SearchService(index, Synonyms.builtIn(), 200,
                    SearchService.RANK_APART_FROM_DOCS, gate);
            Javalin app = SearchApp.create(service, ServerConfig.forTests()).start();
            try {
                String base = "http://127.0.0.1:" + app.port();
                assertThat(get(client, base + "/api/search?q=kiln").statusCode()).isEqualTo(200);

                SearchGate.Turn held = gate.enter(System.nanoTime() + 1_000_000_000L);
                HttpResponse<String> busy = get(client, base + "/api/search?q=glaze");
                assertThat(busy.statusCode()).isEqualTo(503);
                assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
                JsonNode error = new ObjectMapper().readTree(busy.body());
                assertThat(error.path("error").asText()).contains("server busy");
                // an answer already computed needs no turn
                assertThat(get(client, base + "/api/search?q=kiln").statusCode()).isEqualTo(200);
                assertThat(get(client, base + "/metrics").body()).contains("blogsearch_searches_waiting 0.0");
                held.close();

                HttpResponse<String> again = get(client, base + "/api/search?q=glaze");
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(again.body()).contains("Firing the kiln");
            } finally {
                app.stop();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
