package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorsAndAdminIT {

    private static final String BLOG = "http://blog.example.org";

    @TempDir
    Path dir;

    @Test
    void sendsNoCorsHeadersByDefault() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), TestPages.all());
        try (TestServer server = TestServer.start(index)) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/api/search?q=rook")).header("Origin", BLOG));
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void allowsOnlyListedOrigins() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), TestPages.all());
        ServerConfig config = ServerConfig.forTests().withCorsOrigins(List.of(BLOG));
        try (TestServer server = TestServer.start(index, config, null)) {
            HttpResponse<String> allowed = server.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/api/search?q=rook")).header("Origin", BLOG));
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(BLOG);
            HttpResponse<String> other = server.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/api/search?q=rook")).header("Origin", "http://evil.example"));
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            // Served as usual (a browser on that origin just cannot read it); same-origin loads carry Origin too.
            assertThat(other.statusCode()).isEqualTo(200);
            HttpResponse<String> self = server.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/healthz")).header("Origin", server.base()));
            assertThat(self.statusCode()).isEqualTo(200);
            HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(
                    URI.create(server.base() + "/api/suggest?q=ro")).header("Origin", BLOG)
                    .header("Access-Control-Request-Method", "GET")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.statusCode()).isLessThan(300);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(BLOG);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
        }
    }

    @Test
    void disablesTheAdminApiWithoutAToken() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), TestPages.all());
        try (TestServer server = TestServer.start(index)) {
            assertThat(post(server, "Bearer anything").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void reindexesWithTheRightBearerTokenOnly() throws Exception {
        Path index = TestIndexes.write(dir.resolve("index"), List.of(TestPages.summitDay2()));
        ServerConfig config = ServerConfig.forTests().withAdminToken("s3cret");
        SearchEngine engine = Engines.lucene(index);
        ReindexCoordinator coordinator = new ReindexCoordinator(() -> {
            TestIndexes.write(index, TestPages.all());
            return "5 pages";
        }, engine);
        try (TestServer server = TestServer.start(index, config, coordinator)) {
            assertThat(post(server, null).statusCode()).isEqualTo(401);
            assertThat(post(server, "Bearer wrong").statusCode()).isEqualTo(401);
            HttpResponse<String> ok = post(server, "Bearer s3cret");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"summary\":\"5 pages\"");
            long start = System.nanoTime();
            while (server.json("/api/search?q=gophers").get("total").asLong() == 0) {
                assertThat((System.nanoTime() - start) / 1_000_000).as("visible within 1 s").isLessThan(1_000);
                Thread.sleep(20);
            }
            assertThat(server.get("/metrics").body()).contains("blogsearch_last_reindex_timestamp_seconds ")
                    .contains("blogsearch_last_reindex_duration_seconds ");
        } finally {
            engine.close();
        }
    }

    @Test
    void answersNotReadyUntilAnIndexAppears() throws Exception {
        Path index = dir.resolve("not-yet");
        try (TestServer server = TestServer.start(index)) {
            assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(server.get("/readyz").statusCode()).isEqualTo(503);
            assertThat(server.get("/api/search?q=x").statusCode()).isEqualTo(503);
            TestIndexes.write(index, TestPages.all());
            long start = System.nanoTime();
            while (server.get("/readyz").statusCode() != 200) {
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
                Thread.sleep(20);
            }
            assertThat(server.get("/api/search?q=rook").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> post(TestServer server, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/api/admin/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return server.send(request);
    }
}
