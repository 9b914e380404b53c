package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.fixtures.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under {@code --base-path /search} with a built site beside it ({@code --public}) and the blog's URL
 * known: page, API and operations live under the prefix, the site at {@code /}, and links into the blog are local.
 */
class BasePathIT {

    private static final String BLOG = "https://blog.example.org/";

    @TempDir
    static Path publicDir;

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(publicDir.resolve("index.html"), "<!doctype html><title>My blog</title><p>Home");
        Files.createDirectories(publicDir.resolve("2023/hello"));
        Files.writeString(publicDir.resolve("2023/hello/index.html"), "<!doctype html><title>Hello</title>");
        ServerConfig config = ServerConfig.forTests().withBasePath("/search/").withMetrics(false)
                .withBranding(new SiteBranding("Notes from the Hallway Track", BLOG)).withPublicDir(publicDir);
        server = TestServer.start(SiteIndexes.sampleBlog(), config, null);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void pageAssetsApiAndOperationsLiveUnderThePrefix() throws Exception {
        HttpResponse<String> page = server.get("/search/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/main.js\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        for (String path : List.of("/search/app.css", "/search/js/main.js", "/search/blogsearch.js",
                "/search/box.css", "/search/api/search?q=rust", "/search/api/suggest?q=ma",
                "/search/api/openapi.yaml", "/search/healthz", "/search/readyz", "/search/api/site")) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of("/app.css", "/js/main.js", "/api/search?q=rust", "/healthz", "/search/metrics")) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void prefixWithoutSlashRedirectsKeepingTheQuery() throws Exception {
        HttpResponse<String> answer = server.get("/search?q=rust&tag=go");
        assertThat(answer.statusCode()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location")).hasValue("/search/?q=rust&tag=go");
    }

    @Test
    void builtSiteIsServedAtTheRootWithItsOwnPolicy() throws Exception {
        HttpResponse<String> home = server.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("My blog");
        assertThat(home.headers().firstValue("Content-Security-Policy")).isEmpty();
        assertThat(server.get("/2023/hello/").body()).contains("Hello");
    }

    @Test
    void linksIntoTheBlogOpenOnThisServer() throws Exception {
        JsonNode answer = server.json("/search/api/search?q=rust&size=20");
        assertThat(answer.get("hits")).isNotEmpty();
        for (JsonNode hit : answer.get("hits")) {
            assertThat(hit.get("url").asText()).startsWith("/").doesNotStartWith("//");
            assertThat(hit.get("post").get("url").asText()).startsWith("/");
        }
        JsonNode figures = server.json("/search/api/search?type=figure&size=20").get("hits");
        assertThat(figures).isNotEmpty();
        assertThat(figures).allSatisfy(hit -> assertThat(hit.get("figure").get("image").asText())
                .doesNotStartWith(BLOG));
        JsonNode site = server.json("/search/api/site");
        assertThat(site.get("title").asText()).isEqualTo("Notes from the Hallway Track");
        assertThat(site.get("url").asText()).isEqualTo("/");
        assertThat(site.get("basePath").asText()).isEqualTo("/search/");
    }

    @Test
    void suggestionsLinkToTheSearchPageUnderThePrefix() throws Exception {
        JsonNode suggestions = server.json("/search/api/suggest?q=mara").get("suggestions");
        assertThat(suggestions).anySatisfy(s -> assertThat(s.get("url").asText()).startsWith("/search/?speaker="));
    }

    @Test
    void metricsOnAPortOfTheirOwn(@TempDir Path unused) throws Exception {
        SearchEngine engine = Engines.lucene(SiteIndexes.sampleBlog());
        SearchServer both = SearchServer.start(engine, ServerConfig.forTests().withMetrics(false), null, 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            assertThat(status(client, "http://127.0.0.1:" + both.port() + "/metrics")).isEqualTo(404);
            status(client, "http://127.0.0.1:" + both.port() + "/api/search?q=rust");
            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + both.metricsPort() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("blogsearch_http_requests_total{method=\"GET\",route=\"/api/search\"");
        } finally {
            both.stop();
            engine.close();
        }
    }

    private static int status(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
