package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestServer;
import io.blogsearch.testing.SiteFixture;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: hostile slugs, Jetty's own errors and wrong methods get answers as safe as the API's. */
class HostileInputIT {

    @TempDir
    Path dir;

    private Path index() throws Exception {
        SiteFixture site = SiteFixture.create(dir.resolve("site"))
                .write("content/post/evil.md", "---\ntitle: Evil lantern\nslug: 'x\"><img src=y onerror=z>`{}'\n---\n"
                        + "A lantern post.\n");
        Path index = dir.resolve("index");
        new IndexBuilder(IndexOptions.of(site.root(), index)).build();
        return index;
    }

    @Test
    void hitUrlsFromAHostileSlugArePercentEncoded() throws Exception {
        try (TestServer server = TestServer.start(index())) {
            String body = server.get("/api/search?q=lantern").body();
            assertThat(body).contains("x%22%3E%3Cimg-src=y-onerror=z%3E%60%7B%7D")
                    .doesNotContain("<img").doesNotContain("\\\"><");
            assertThat(server.get("/api/suggest?q=evil").body()).doesNotContain("<img");
        }
    }

    @Test
    void jettysOwnBadRequestsAreJsonWithTheSecurityHeaders() throws Exception {
        try (TestServer server = TestServer.start(index())) {
            HttpResponse<String> tooLong = server.get("/api/search?q=" + "a".repeat(200_000));
            assertThat(tooLong.statusCode()).isEqualTo(414);
            assertSafeJsonError(tooLong);
            HttpResponse<String> bigHeader = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/healthz"))
                    .header("X-Filler", "b".repeat(200_000)));
            assertThat(bigHeader.statusCode()).isEqualTo(431);
            assertSafeJsonError(bigHeader);
            String noHost = raw(server, "GET /api/search?q=x HTTP/1.1\r\nConnection: close\r\n\r\n");
            assertThat(noHost).startsWith("HTTP/1.1 400 ");
            assertThat(noHost).contains("Content-Security-Policy: " + SearchApp.CONTENT_SECURITY_POLICY)
                    .contains("X-Content-Type-Options: nosniff").contains("Content-Type: application/json")
                    .contains("{\"error\":");
        }
    }

    @Test
    void aWrongMethodGets405WithAllow() throws Exception {
        try (TestServer server = TestServer.start(index())) {
            HttpResponse<String> post = server.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/search"))
                    .POST(HttpRequest.BodyPublishers.ofString("q=x")));
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET");
            assertSafeJsonError(post);
            HttpResponse<String> get = server.get("/api/admin/reindex");
            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.headers().firstValue("Allow").orElse("")).contains("POST");
            assertThat(server.get("/api/nothing-here").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theAdminTokenSchemeIsCaseInsensitive() throws Exception {
        ServerConfig config = ServerConfig.forTests().withAdminToken("s3cret");
        try (TestServer server = TestServer.start(index(), config, null)) {
            for (String scheme : new String[] {"bearer", "BEARER", "Bearer"}) {
                HttpResponse<String> answer = server.send(HttpRequest.newBuilder(
                        URI.create(server.base() + "/api/admin/reindex")).header("Authorization", scheme + " s3cret")
                        .POST(HttpRequest.BodyPublishers.noBody()));
                assertThat(answer.statusCode()).as(scheme).isEqualTo(409); // authorised; no site to reindex
            }
        }
    }

    /** A request Java's HTTP client would refuse to send, over a plain socket; the whole answer as text. */
    private static String raw(TestServer server, String request) throws Exception {
        URI base = URI.create(server.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertSafeJsonError(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SearchApp.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(response.body()).startsWith("{\"error\":");
    }
}
