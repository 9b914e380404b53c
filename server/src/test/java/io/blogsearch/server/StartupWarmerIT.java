package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.schema.FacetDims;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve's warm-up: not ready until its own requests have run, which are neither logged nor counted. */
class StartupWarmerIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void reportsReadyOnlyAfterWarmingAndLeavesItsRequestsOutOfTheMetrics() throws Exception {
        ServerConfig config = ServerConfig.forTests();
        try (SearchEngine engine = Engines.lucene(SiteIndexes.sampleBlog())) {
            engine.holdUntilWarmed();
            Javalin app = SearchApp.create(engine, config).start();
            try {
                String base = "http://127.0.0.1:" + app.port();
                assertThat(get(base + "/readyz").statusCode()).isEqualTo(503);
                StartupWarmer.warm(engine, config, app.port());
                assertThat(get(base + "/readyz").statusCode()).isEqualTo(200);
                assertThat(get(base + "/metrics").body()).doesNotContain("route=\"/api/search\"");
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void warmsWithWordsOfTheNewestTitlesAndTheKindsOfRequestReadersSend() throws Exception {
        try (SearchEngine engine = Engines.lucene(SiteIndexes.sampleBlog())) {
            List<String> words = StartupWarmer.words(engine);
            assertThat(words).isNotEmpty().allMatch(word -> word.length() >= 4);
            List<SearchRequest> requests = StartupWarmer.requests(List.of("garden", "shears"));
            assertThat(requests).extracting(SearchRequest::text)
                    .contains("garden", "garden shears", "\"garden shears\"", "graden", "gard");
            assertThat(requests).anySatisfy(request -> assertThat(request.filters())
                    .containsEntry(FacetDims.TYPE, List.of("post")));
            assertThat(requests).anySatisfy(request -> assertThat(request.page()).isEqualTo(2));
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
