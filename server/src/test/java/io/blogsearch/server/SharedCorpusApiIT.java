package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.fixtures.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API over the real archive in ../shared/corpus/edenmal. */
class SharedCorpusApiIT {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(SiteIndexes.sharedCorpus());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void findsLizRicesScissorsQuoteFirstWithMarkedTerm() throws Exception {
        JsonNode hits = server.json(search("q", "scissors", "type", "quote")).get("hits");
        JsonNode first = hits.get(0);
        assertThat(first.get("type").asText()).isEqualTo("quote");
        assertThat(first.get("quote").get("speaker").asText()).isEqualTo("Liz Rice");
        assertThat(first.get("snippet").asText()).contains("<mark>scissors</mark>");
        assertThat(first.get("post").get("title").asText()).isEqualTo("KubeCon Copenhagen 2018 - Day 3");
        assertThat(hits).anySatisfy(h -> assertThat(h.get("quote").get("text").asText())
                .contains("carry the scissors for miles"));
    }

    @Test
    void listsLizRiceAmongSpeakerFacets() throws Exception {
        JsonNode speakers = server.json(search("q", "scissors")).get("facets").get("speaker");
        assertThat(values(speakers)).contains("Liz Rice");
        JsonNode all = server.json(search("q", "")).get("facets").get("speaker");
        assertThat(values(all)).contains("Liz Rice");
    }

    @Test
    void keepsOtherTagCountsWhenRookIsSelected() throws Exception {
        Map<String, Integer> before = counts(server.json(search("q", "")).get("facets").get("tag"));
        JsonNode after = server.json(search("q", "", "tag", "Rook"));
        assertThat(before).containsKey("Rook");
        assertThat(counts(after.get("facets").get("tag"))).isEqualTo(before);
        // total and the tag facet both count results (posts, entities folded in), so Rook says what choosing it yields.
        assertThat(after.get("total").asInt()).isPositive().isEqualTo(before.get("Rook"));
        after.get("hits").forEach(h -> assertThat(values(h.get("tags"))).contains("Rook"));
    }

    @Test
    void linksKeynoteHitsToTheHeadingAnchorHugoGenerates() throws Exception {
        JsonNode hit = server.json(search("q", "running with scissors", "type", "talk")).get("hits").get(0);
        assertThat(hit.get("talk").get("title").asText()).containsIgnoringCase("Running with Scissors");
        assertThat(hit.get("url").asText()).contains("#keynote-running-with-scissors");
        assertThat(hit.get("talk").get("speakers").get(0).get("name").asText()).isEqualTo("Liz Rice");
    }

    @Test
    void escapesMarkupInEverySnippet() throws Exception {
        for (String q : List.of("script", "html", "div", "kubernetes", "docker run")) {
            for (JsonNode hit : server.json(search("q", q, "size", "50")).get("hits")) {
                String snippet = hit.get("snippet").asText().replace("<mark>", "").replace("</mark>", "");
                assertThat(snippet).as(q).doesNotContain("<").doesNotContain(">");
            }
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.has("value") ? v.get("value").asText() : v.asText()));
        return out;
    }

    private static Map<String, Integer> counts(JsonNode facet) {
        Map<String, Integer> out = new TreeMap<>();
        facet.forEach(v -> out.put(v.get("value").asText(), v.get("count").asInt()));
        return out;
    }
}
