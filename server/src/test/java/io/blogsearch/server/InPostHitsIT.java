package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.model.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post's card lists up to three of its folded quotes, talks and sections (quotes first) in {@code inPost}. */
class InPostHitsIT {

    private static final String TRELLIS = "content/post/trellis-day.md";

    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        List<Page> pages = new ArrayList<>(TestPages.all());
        pages.add(TestPages.trellisDay());
        TestIndexes.write(dir.resolve("index"), pages);
        server = TestServer.start(dir.resolve("index"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void showsTheTwoQuotesFirstThenTheTalkAndCountsTheRest() throws Exception {
        JsonNode card = hitOf(server.json(search("q", "trellis")), TRELLIS);
        assertThat(card.get("type").asText()).isEqualTo("post");
        JsonNode inPost = card.get("inPost");
        assertThat(types(inPost)).containsExactly("quote", "quote", "talk");
        // Two quotes, a talk and the three sections were folded: three shown, the rest behind "+n more".
        assertThat(card.get("moreInPost").asInt()).isGreaterThan(inPost.size());
        assertThat(speakers(inPost)).containsExactlyInAnyOrder("Di Vine", "Eli Root");
        JsonNode talk = inPost.get(2);
        assertThat(talk.get("talk").get("title").asText()).isEqualTo("Trellis Engineering");
        assertThat(talk.get("talk").get("speakers").get(0).get("name").asText()).isEqualTo("Di Vine");
        assertThat(talk.has("quote")).isFalse();
        inPost.forEach(entry -> {
            assertThat(entry.get("url").asText()).startsWith(TestPages.SITE + "/post/trellis-day/#");
            assertThat(entry.get("snippet").asText()).contains("<mark>");
        });
    }

    @Test
    void keepsMarkupInQuotesAsEscapedText() throws Exception {
        JsonNode inPost = hitOf(server.json(search("q", "trellis")), TRELLIS).get("inPost");
        JsonNode hostile = null;
        for (JsonNode entry : inPost) {
            if ("Eli Root".equals(entry.path("quote").path("speaker").asText())) {
                hostile = entry;
            }
        }
        assertThat(hostile).isNotNull();
        String snippet = hostile.get("snippet").asText();
        assertThat(snippet).contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void listsNothingInlineWhenEveryEntityIsItsOwnResult() throws Exception {
        JsonNode answer = server.json(search("q", "trellis", "type", "quote"));
        assertThat(answer.get("hits")).hasSize(2);
        answer.get("hits").forEach(hit -> {
            assertThat(hit.get("inPost")).isEmpty();
            assertThat(hit.get("moreInPost").asInt()).isZero();
        });
    }

    @Test
    void listsEachKindInTheOrderThePostsOwnRankingGivesIt() throws Exception {
        JsonNode inPost = hitOf(server.json(search("q", "trellis")), TRELLIS).get("inPost");
        List<String> quotesRanked = new ArrayList<>();
        server.json(search("q", "trellis", "post", TRELLIS)).get("hits").forEach(hit -> {
            if ("quote".equals(hit.get("type").asText())) {
                quotesRanked.add(hit.get("id").asText());
            }
        });
        List<String> quotesShown = new ArrayList<>();
        inPost.forEach(entry -> {
            if ("quote".equals(entry.get("type").asText())) {
                quotesShown.add(entry.get("id").asText());
            }
        });
        assertThat(quotesShown).hasSize(2).isEqualTo(quotesRanked);
    }

    @Test
    void browsingListsNothingInline() throws Exception {
        JsonNode card = hitOf(server.json(search("size", "50")), TRELLIS);
        assertThat(card.get("moreInPost").asInt()).isPositive();
        assertThat(card.get("inPost")).isEmpty();
    }

    @Test
    void aPostWithOnlySectionsFoldedShowsItsBestSections() throws Exception {
        JsonNode card = hitOf(server.json(search("q", "shears")), "content/post/garden-shears.md");
        assertThat(types(card.get("inPost"))).hasSize(3).containsOnly("section");
    }

    private static JsonNode hitOf(JsonNode answer, String path) {
        for (JsonNode hit : answer.get("hits")) {
            if (path.equals(hit.get("path").asText())) {
                return hit;
            }
        }
        throw new AssertionError("no hit of " + path + " in " + answer);
    }

    private static List<String> types(JsonNode inPost) {
        List<String> types = new ArrayList<>();
        inPost.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private static List<String> speakers(JsonNode inPost) {
        List<String> speakers = new ArrayList<>();
        inPost.forEach(entry -> {
            if (entry.has("quote")) {
                speakers.add(entry.get("quote").get("speaker").asText());
            }
        });
        return speakers;
    }
}
