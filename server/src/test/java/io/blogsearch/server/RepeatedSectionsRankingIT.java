package io.blogsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.testing.SiteFixture;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the closing section five release posts share no longer lists the five posts for a word found only there.
 * The word finds the section once (its copies folded into one result), and a post whose own text has the word ranks
 * above it.
 */
class RepeatedSectionsRankingIT {

    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void build() throws Exception {
        SiteFixture site = SiteFixture.create(dir.resolve("site"))
                .post("content/post/lanterns.md", "Paper lanterns", "We folded paper lanterns for the winter "
                        + "market; the quokka keepers lent us their ladder.\n");
        for (int i = 1; i <= 5; i++) {
            site.post("content/post/release-" + i + ".md", "Meadow map " + i, "Version " + i + " of the meadow map "
                    + "draws hedges and ponds more sharply.\n\n## Join the volunteers\n\nEvery Thursday the "
                    + "volunteers plan version " + i + ".1; read the contributor handbook and say hello to the quokka "
                    + "keepers on the chat.\n");
        }
        index = dir.resolve("index");
        new IndexBuilder(IndexOptions.of(site.root(), index)).build();
    }

    @Test
    void aWordOnlyInTheRepeatedSectionFindsTheSectionOnceNotEveryPost() throws Exception {
        try (TestServer server = TestServer.start(index)) {
            JsonNode answer = server.json("/api/search?q=thursday");
            assertThat(answer.path("total").asInt()).isEqualTo(1);
            JsonNode hit = answer.path("hits").get(0);
            assertThat(hit.path("type").asText()).isEqualTo("section");
            assertThat(hit.path("title").asText()).isEqualTo("Join the volunteers");
        }
    }

    @Test
    void aPostWhoseOwnTextHasTheWordRanksFirstAndTheRepeatedSectionIsListedOnce() throws Exception {
        try (TestServer server = TestServer.start(index)) {
            JsonNode answer = server.json("/api/search?q=quokka%20keepers");
            List<String> listed = new ArrayList<>();
            answer.path("hits").forEach(hit -> listed.add(hit.path("type").asText() + " " + hit.path("path").asText()));
            assertThat(listed).first().isEqualTo("post content/post/lanterns.md");
            assertThat(listed).hasSize(2);
            assertThat(listed.get(1)).startsWith("section content/post/release-");
            assertThat(answer.path("total").asInt()).isEqualTo(2);
        }
    }

    @Test
    void thePostsOwnWordsStillFindThem() throws Exception {
        try (TestServer server = TestServer.start(index)) {
            JsonNode answer = server.json("/api/search?q=hedges%20ponds");
            assertThat(answer.path("total").asInt()).isEqualTo(5);
            answer.path("hits").forEach(hit -> assertThat(hit.path("type").asText()).isEqualTo("post"));
        }
    }
}
