package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.fixtures.CommandProcess;
import io.blogsearch.fixtures.Http;
import io.blogsearch.opensearch.OpenSearchCluster;
import io.blogsearch.testing.SiteFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index --opensearch} and {@code serve --site --opensearch --watch} in processes of their own, with no local
 * index folder: the second run of {@code index} finds its state in the cluster, and the server builds into the
 * cluster at start and again when a post is saved.
 */
class OpenSearchServeIT {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private SiteFixture site() {
        return SiteFixture.create(root)
                .post("content/post/heron.md", "Heron notes", "The heron waits in the shallows for a fish.\n")
                .post("content/post/otter.md", "Otter notes", "Otters slide down the muddy bank.\n");
    }

    private static CommandProcess index(Path site, String alias) {
        return CommandProcess.java("index", "--site", site.toString(), "--opensearch",
                OpenSearchCluster.shared().urls(), "--opensearch-index", alias, "--opensearch-replicas", "0");
    }

    @Test
    void aSecondIndexRunInANewProcessReusesTheStateKeptInTheCluster() throws Exception {
        site();
        try (CommandProcess first = index(root, "serve-it-index")) {
            assertThat(first.exitCode(WAIT)).as(first.stderr()).isZero();
            assertThat(first.stdout()).contains("files parsed 2").contains("index serve-it-index: rebuilt as "
                    + "serve-it-index-");
        }
        try (CommandProcess second = index(root, "serve-it-index")) {
            assertThat(second.exitCode(WAIT)).as(second.stderr()).isZero();
            assertThat(second.stdout()).contains("files parsed 0, unchanged 2, pages rewritten 0")
                    .contains("index serve-it-index: updated serve-it-index-");
        }
    }

    @Test
    void serveWithSiteAndWatchBuildsIntoTheClusterPicksUpAnEditAndReindexesOnTheAdminRoute() throws Exception {
        SiteFixture site = site();
        int port = Http.freePort();
        String base = "http://127.0.0.1:" + port;
        try (CommandProcess serve = CommandProcess.java("serve", "--site", root.toString(), "--watch",
                "--opensearch", OpenSearchCluster.shared().urls(), "--opensearch-index", "serve-it-watch",
                "--opensearch-replicas", "0", "--admin-token", "s3cret", "--port", String.valueOf(port))) {
            Http.await(() -> !serve.alive() || Http.isOk(base + "/readyz"), WAIT, "readyz");
            assertThat(serve.alive()).as(serve.stderr()).isTrue();
            assertThat(paths(base, "heron")).containsExactly("content/post/heron.md");

            site.post("content/post/otter.md", "Otter notes", "Otters slide down the muddy bank to a kingfisher.\n");
            Http.await(() -> paths(base, "kingfisher").contains("content/post/otter.md"), WAIT,
                    "the edit searchable");
            assertThat(paths(base, "heron")).containsExactly("content/post/heron.md");
            Http.await(() -> serve.stderr().contains("reindex (watch) done"), WAIT, "the watcher's reindex logged");

            site.delete("content/post/heron.md");
            HttpResponse<String> reindex = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/api/admin/reindex")).header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reindex.statusCode()).as(reindex.body()).isEqualTo(200);
            assertThat(paths(base, "heron")).as("deleted by the admin reindex (or the watcher before it)").isEmpty();
        }
    }

    private static List<String> paths(String base, String query) {
        try {
            JsonNode answer = JSON.readTree(Http.get(base + "/api/search?q=" + query).body());
            List<String> paths = new ArrayList<>();
            answer.path("hits").forEach(hit -> paths.add(hit.path("path").asText()));
            return paths;
        } catch (Exception e) {
            return List.of(e.toString());
        }
    }
}
