package io.blogsearch.server;

import static io.blogsearch.fixtures.TestServer.paths;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.testing.SiteFixture;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post dated in the small hours east of UTC (01:00+09:00 on New Year's Day, still the 31st of December in UTC)
 * shows the day its blog shows, counts in that year's facet value, and {@code year:} finds it there.
 */
class WrittenDayIT {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        SiteFixture site = SiteFixture.create(dir.resolve("site"))
                .write("content/post/new-year.md", "---\ntitle: First light\ndate: 2023-01-01T01:00:00+09:00\n---\n"
                        + "We watched the first sunrise of the year from the harbour wall.\n")
                .write("content/post/old-year.md", "---\ntitle: Last light\ndate: 2022-12-31T18:00:00Z\n---\n"
                        + "We watched the last sunset of the year from the harbour wall.\n");
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
    void aPostShowsTheDayItIsWrittenOn() throws Exception {
        JsonNode hit = server.json("/api/search?q=sunrise&type=post").path("hits").get(0);
        assertThat(hit.path("path").asText()).isEqualTo("content/post/new-year.md");
        assertThat(hit.path("date").asText()).isEqualTo("2023-01-01");
        JsonNode other = server.json("/api/search?q=sunset&type=post").path("hits").get(0);
        assertThat(other.path("date").asText()).isEqualTo("2022-12-31");
    }

    @Test
    void theYearFacetAndYearQueryTakeThatDaysYear() throws Exception {
        JsonNode answer = server.json("/api/search?q=harbour&type=post");
        List<String> years = new ArrayList<>();
        answer.path("facets").path("year").forEach(value -> years.add(value.path("value").asText() + "="
                + value.path("count").asInt()));
        assertThat(years).containsExactlyInAnyOrder("2023=1", "2022=1");
        assertThat(paths(server.json("/api/search?q=harbour%20year:2023&type=post")))
                .containsExactly("content/post/new-year.md");
        assertThat(paths(server.json("/api/search?q=harbour&type=post&year=2023")))
                .containsExactly("content/post/new-year.md");
    }
}
