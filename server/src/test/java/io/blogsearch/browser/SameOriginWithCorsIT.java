package io.blogsearch.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.TempDirs;
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

/**
 * With a CORS allowlist for the blog's origin, the server's own page must keep working: Chromium sends an Origin
 * header on same-origin module-script loads (and on same-origin POSTs), which is not in the allowlist.
 */
class SameOriginWithCorsIT {

    @Test
    void ownPageLoadsWhenCorsAllowsOnlyTheBlog() throws Exception {
        Path index = TempDirs.deletedAtExit("blogsearch-cors-index-");
        SearchEngine engine = Engines.lucene(index);
        Javalin app = SearchApp.create(engine,
                ServerConfig.forTests().withCorsOrigins(List.of("https://blog.example.org"))).start();
        try {
            String self = "http://127.0.0.1:" + app.port();
            HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(self + "/js/main.js")).header("Origin", self).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(script.statusCode()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }
}
