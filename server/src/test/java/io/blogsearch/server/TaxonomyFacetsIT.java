package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A blog that tags with keywords, categories and series only: each is a facet and a filter. */
class TaxonomyFacetsIT {

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        TestIndexes.write(dir.resolve("index"), List.of(
                page("a.md", "Pruning apple trees", Map.of("keywords", List.of("orchard", "pruning"),
                        "categories", List.of("Gardening"), "series", List.of("Orchard year"))),
                page("b.md", "Grafting pears", Map.of("keywords", List.of("orchard", "grafting"),
                        "categories", List.of("Gardening"))),
                page("c.md", "Sharpening shears", Map.of("keywords", List.of("tools"),
                        "categories", List.of("Workshop")))));
        server = TestServer.start(dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void everyTaxonomyWithValuesIsAFacetNamedByItsPlural() throws Exception {
        JsonNode facets = server.json(search("q", "")).get("facets");
        assertThat(values(facets.get("keywords"))).containsExactly("orchard=2", "grafting=1", "pruning=1",
                "tools=1");
        assertThat(values(facets.get("categories"))).containsExactly("Gardening=2", "Workshop=1");
        assertThat(values(facets.get("series"))).containsExactly("Orchard year=1");
        assertThat(facets.get("tag")).isEmpty();
    }

    @Test
    void aTaxonomyIsFilteredByTheParameterOfItsName() throws Exception {
        JsonNode answer = server.json(search("keywords", "orchard", "type", "post"));
        assertThat(answer.get("total").asLong()).isEqualTo(2);
        JsonNode narrowed = server.json(search("keywords", "orchard", "categories", "Workshop", "type", "post"));
        assertThat(narrowed.get("total").asLong()).isZero();
        // Disjunctive: the other keywords keep their counts under the keyword selection.
        assertThat(values(answer.get("facets").get("keywords"))).contains("tools=1");
    }

    @Test
    void aParameterThatIsNoFacetOfTheIndexNarrowsNothing() throws Exception {
        long all = server.json(search("type", "post")).get("total").asLong();
        assertThat(server.json(search("type", "post", "moods", "sunny")).get("total").asLong()).isEqualTo(all);
        assertThat(server.json(search("type", "post")).get("facets").has("moods")).isFalse();
    }

    private static List<String> values(JsonNode facet) {
        List<String> values = new ArrayList<>();
        facet.forEach(v -> values.add(v.get("value").asText() + "=" + v.get("count").asInt()));
        return values;
    }

    private static Page page(String file, String title, Map<String, List<String>> taxonomies) {
        String path = "content/post/" + file;
        return new Page(path, "hash-" + file, PageKind.POST, title, null, List.of("Jo Writer"),
                Instant.parse("2024-05-01T08:00:00Z"), null, taxonomies,
                TestPages.SITE + "/post/" + file.replace(".md", "/"), List.of(), title + " in the garden.",
                List.of(), List.of(), List.of(), List.of(), null, Map.of(), "en");
    }
}
