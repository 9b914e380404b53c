package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.testing.SiteFixture;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word inside a code identifier or dotted name (which the tokenizer keeps whole) finds its post, with the identifier
 * marked in the snippet; the whole identifier still finds it, and a phrase across it still matches.
 */
class IdentifierWordsIT {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        SiteFixture site = SiteFixture.create(dir.resolve("site"))
                .post("content/post/routing.md", "Routing alerts", "Our pager setup lists every receiver under "
                        + "`alert_config.alertmanagers` and reads the workload from `k8s.pod.name`.\n")
                .post("content/post/runtime.md", "Picking a runtime", "We moved the build scripts to Node.js last "
                        + "spring.\n")
                .post("content/post/garden.md", "Garden notes", "The alert gardener names every pod of peas.\n");
        Path index = dir.resolve("index");
        new IndexBuilder(IndexOptions.of(site.root(), index)).build();
        server = TestServer.start(index);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aWordOfAnIdentifierFindsItsPostWithTheIdentifierMarked() throws Exception {
        JsonNode answer = server.json("/api/search?q=alertmanagers");
        assertThat(paths(answer)).containsExactly("content/post/routing.md");
        assertThat(answer.path("hits").get(0).path("snippet").asText())
                .contains("<mark>alert_config.alertmanagers</mark>");
        assertThat(paths(server.json("/api/search?q=js"))).containsExactly("content/post/runtime.md");
    }

    @Test
    void theWholeIdentifierStillFindsOnlyItsPost() throws Exception {
        assertThat(paths(server.json("/api/search?q=k8s.pod.name"))).containsExactly("content/post/routing.md");
        assertThat(paths(server.json("/api/search?q=%22from%20k8s.pod.name%22")))
                .containsExactly("content/post/routing.md");
    }

    @Test
    void aPlainWordFindsBothItsOwnUseAndTheIdentifiers() throws Exception {
        assertThat(paths(server.json("/api/search?q=pod"))).containsExactlyInAnyOrder("content/post/routing.md",
                "content/post/garden.md");
    }

    private static List<String> paths(JsonNode answer) {
        return TestServer.paths(answer).stream().distinct().toList();
    }
}
