package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every facet count is what choosing that value yields: the {@code total} of the filtered search, so results (posts
 * with their folded entities, once each) while hits are folded, and entities once a type is chosen.
 */
class FacetResultCountsIT {

    /** Values checked per dimension: the top ones, where a wrong count shows most. */
    private static final int VALUES_PER_DIM = 4;

    @TempDir
    static Path dir;

    @Test
    void countsPostsNotTheirManyMatchingSections() throws Exception {
        try (TestServer server = TestServer.start(fixture())) {
            Map<String, Integer> tags = counts(server.json(search("q", "kettle")).get("facets").get("tag"));
            assertThat(tags).containsEntry("Brass", 3).containsEntry("Copper", 9);
            assertThat(server.json(search("q", "kettle")).get("total").asInt()).isEqualTo(12);
            // Disjunctive: choosing Brass keeps Copper's count, and every count stays one of results.
            JsonNode brass = server.json(search("q", "kettle", "tag", "Brass"));
            assertThat(counts(brass.get("facets").get("tag"))).containsEntry("Brass", 3).containsEntry("Copper", 9);
            assertThat(brass.get("total").asInt()).isEqualTo(3);
            assertCountsMatchFilteredTotals(server, List.of("kettle", "", "spout"));
        }
    }

    @Test
    void countsMatchFilteredTotalsOnTheSampleBlog() throws Exception {
        try (TestServer server = TestServer.start(SiteIndexes.sampleBlog())) {
            assertCountsMatchFilteredTotals(server, List.of("", "search", "hugo"));
        }
    }

    @Test
    void countsMatchFilteredTotalsOnTheSharedCorpus() throws Exception {
        try (TestServer server = TestServer.start(SiteIndexes.sharedCorpus())) {
            assertCountsMatchFilteredTotals(server, List.of("rook", "", "scissors", "kubernetes security"));
            JsonNode rook = server.json(search("q", "rook", "tag", "Rook"));
            Map<String, Integer> tags = counts(rook.get("facets").get("tag"));
            assertThat(tags.get("Rook")).isEqualTo(rook.get("total").asInt());
        }
    }

    /**
     * A section repeated on two pages counts once unless one of its pages is a result anyway, and is then listed under
     * that page, whichever copy the index holds first: two builds of one site place documents differently (two
     * indexing threads), and the total of one query differed by one between two builds of edenmal when the first
     * copy by rank (ties by document order) or by document order decided.
     */
    @Test
    void aRepeatedSectionCountsAndListsTheSameWhicheverCopyComesFirst() throws Exception {
        String repeated = "The old kettle on the stove whistles loudly when the water reaches its boiling point.";
        List<Section> sections = List.of(new Section("Boiling", 2, "boiling", repeated, null));
        // a result anyway: its body says the word once more, outside the repeated section
        Page kettles = TestPages.page("content/post/kettles.md", "Kettle notes", "2021-04-01", List.of("Kettles"),
                "A kettle whistles. " + repeated, sections);
        // only its copy matches: its body leaves the section out; same date, so the two copies tie
        Page pots = TestPages.page("content/post/pots.md", "Copper pots", "2021-04-01", List.of("Pots"), "Pots.",
                sections);
        List<JsonNode> answers = new ArrayList<>();
        for (List<Page> pages : List.of(List.of(kettles, pots), List.of(pots, kettles))) {
            Path index = TestIndexes.write(dir.resolve("copies-" + answers.size()), pages);
            try (TestServer server = TestServer.start(index)) {
                answers.add(server.json(search("q", "whistles")));
            }
        }
        for (JsonNode answer : answers) {
            assertThat(answer.get("total").asInt()).as(answer.toString()).isEqualTo(1);
            assertThat(answer.get("hits")).hasSize(1);
            assertThat(answer.get("hits").get(0).get("id").asText()).isEqualTo("content/post/kettles.md");
        }
        assertThat(answers.get(1).get("facets")).isEqualTo(answers.get(0).get("facets"));
    }

    private static void assertCountsMatchFilteredTotals(TestServer server, List<String> queries) throws Exception {
        for (String q : queries) {
            JsonNode facets = server.json(search("q", q)).get("facets");
            for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> dim = it.next();
                int checked = 0;
                for (JsonNode value : dim.getValue()) {
                    if (checked++ == VALUES_PER_DIM) {
                        break;
                    }
                    String name = value.get("value").asText();
                    JsonNode filtered = server.json(search("q", q, dim.getKey(), name));
                    assertThat(value.get("count").asInt()).as("q=%s %s=%s", q, dim.getKey(), name)
                            .isEqualTo(filtered.get("total").asInt());
                }
            }
        }
    }

    private static Path fixture() throws Exception {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Section> sections = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                sections.add(new Section("Spout " + s, 2, "spout-" + s, "The kettle spout number " + s + ".", null));
            }
            pages.add(TestPages.page("content/post/brass-" + i + ".md", "Brass kettle " + i, "2021-02-0" + (i + 1),
                    List.of("Brass"), "A brass kettle on the stove.", sections));
        }
        for (int i = 0; i < 9; i++) {
            pages.add(TestPages.page("content/post/copper-" + i + ".md", "Copper pot " + i, "2021-03-0" + (i + 1),
                    List.of("Copper"), "A copper kettle, one spout.", List.of()));
        }
        return TestIndexes.write(dir.resolve("index"), pages);
    }

    private static Map<String, Integer> counts(JsonNode facet) {
        Map<String, Integer> out = new TreeMap<>();
        facet.forEach(v -> out.put(v.get("value").asText(), v.get("count").asInt()));
        return out;
    }
}
