package io.blogsearch.server;

import static io.blogsearch.fixtures.Urls.search;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.fixtures.TestServer;
import io.blogsearch.fixtures.Urls;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search API's contract, one suite for every engine: each subclass serves the same fixture pages from its engine
 * ({@link SearchApiIT} the embedded Lucene index, {@code OpenSearchApiIT} an OpenSearch cluster) and the same HTTP
 * requests must get the same answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchApiContract {

    @TempDir
    static Path dir;
    TestServer server;

    /** The engine to serve, over the fixture pages written as a local index at {@code localIndex}. */
    protected abstract SearchEngine engine(Path localIndex) throws Exception;

    @BeforeAll
    void start() throws Exception {
        TestIndexes.write(dir.resolve("index"), TestPages.all());
        server = TestServer.start(engine(dir.resolve("index")));
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void answersWithTheContractShape() throws Exception {
        JsonNode answer = server.json(search("q", "pruning"));
        assertThat(answer.fieldNames()).toIterable().contains("query", "total", "page", "size", "tookMs", "hits",
                "facets", "didYouMean");
        assertThat(answer.get("query").asText()).isEqualTo("pruning");
        assertThat(answer.get("page").asInt()).isEqualTo(1);
        assertThat(answer.get("size").asInt()).isEqualTo(10);
        JsonNode hit = answer.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("type", "id", "title", "url", "path", "post", "date",
                "tags", "conference", "speakers", "snippet");
        assertThat(hit.get("post").fieldNames()).toIterable().containsExactlyInAnyOrder("title", "url", "date");
        assertThat(answer.get("facets").fieldNames()).toIterable()
                .contains("conference", "speaker", "tag", "year", "type");
    }

    @Test
    void findsTheQuoteFirstWithItsSpeakerAndMarkedTerm() throws Exception {
        JsonNode answer = server.json(search("q", "scissors", "type", "quote"));
        JsonNode first = answer.get("hits").get(0);
        assertThat(first.get("type").asText()).isEqualTo("quote");
        assertThat(first.get("quote").get("speaker").asText()).isEqualTo("Ada Quill");
        assertThat(first.get("snippet").asText()).contains("<mark>scissors</mark>");
        assertThat(first.get("url").asText()).endsWith("#" + TestPages.KEYNOTE_ANCHOR);
        assertThat(first.get("path").asText()).isEqualTo("content/post/summit-day-2.md");
        assertThat(first.get("post").get("title").asText()).isEqualTo("Gardening Summit 2019 - Day 2");
    }

    @Test
    void describesTalksWithKindAndSpeakers() throws Exception {
        JsonNode answer = server.json(search("q", "composting", "type", "talk"));
        JsonNode talk = answer.get("hits").get(0).get("talk");
        assertThat(talk.get("title").asText()).isEqualTo("Composting Operators");
        assertThat(talk.get("kind").asText()).isEqualTo("talk");
        assertThat(talk.get("speakers").get(0).get("name").asText()).isEqualTo("Bo Tran");
        assertThat(talk.get("speakers").get(0).get("org").asText()).isEqualTo("Soil Labs");
    }

    @Test
    void describesFiguresWithTheirImage() throws Exception {
        JsonNode hit = server.json(search("q", "hedge diagram", "type", "figure")).get("hits").get(0);
        assertThat(hit.get("figure").get("title").asText()).isEqualTo("Hedge pruning diagram");
        assertThat(hit.get("figure").get("image").asText()).endsWith("/hedge.png");
    }

    @Test
    void listsSpeakersAsFacets() throws Exception {
        JsonNode speakers = server.json(search("q", "")).get("facets").get("speaker");
        assertThat(values(speakers)).contains("Ada Quill", "Bo Tran", "Cy Moss");
    }

    @Test
    void keepsOtherTagCountsWhenOneTagIsSelected() throws Exception {
        JsonNode before = server.json(search("q", "")).get("facets").get("tag");
        JsonNode after = server.json(search("q", "", "tag", "Rook")).get("facets").get("tag");
        assertThat(counts(after)).isEqualTo(counts(before));
        assertThat(selected(after)).containsExactly("Rook");
    }

    @Test
    void filtersByTagAndNarrowsOtherDimensions() throws Exception {
        JsonNode answer = server.json(search("q", "", "tag", "Rook", "size", "100"));
        for (JsonNode hit : answer.get("hits")) {
            assertThat(values(hit.get("tags"))).contains("Rook");
        }
        assertThat(values(answer.get("facets").get("year"))).containsExactlyInAnyOrder("2018", "2019");
    }

    @Test
    void combinesValuesOfOneFacetWithOr() throws Exception {
        JsonNode answer = server.json(search("q", "", "tag", "Go", "tag", "Security", "size", "100"));
        assertThat(answer.get("hits")).extracting(h -> h.get("post").get("title").asText())
                .contains("Gophers and Go modules", "HTML in posts");
    }

    @Test
    void escapesHtmlFromPostsInSnippets() throws Exception {
        JsonNode hit = server.json(search("q", "alert")).get("hits").get(0);
        String snippet = hit.get("snippet").asText();
        assertThat(snippet).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<");
    }

    @Test
    void groupsEntitiesOfOnePost() throws Exception {
        JsonNode answer = server.json(search("q", "shears"));
        List<String> posts = new ArrayList<>();
        answer.get("hits").forEach(h -> posts.add(h.get("path").asText()));
        assertThat(posts).doesNotHaveDuplicates();
        JsonNode shears = answer.get("hits").get(0);
        assertThat(shears.get("path").asText()).isEqualTo("content/post/garden-shears.md");
        assertThat(shears.get("moreInPost").asInt()).isPositive();
    }

    @Test
    void opensTheOtherHitsOfOnePost() throws Exception {
        JsonNode shears = server.json(search("q", "shears")).get("hits").get(0);
        String path = shears.get("path").asText();
        JsonNode inPost = server.json(search("q", "shears", "post", path));
        List<String> paths = new ArrayList<>();
        inPost.get("hits").forEach(h -> paths.add(h.get("path").asText()));
        assertThat(paths).hasSize(shears.get("moreInPost").asInt() + 1).containsOnly(path);
        inPost.get("hits").forEach(h -> assertThat(h.get("moreInPost").asInt()).isZero());
        assertThat(server.json(search("post", path)).get("total").asLong()).isGreaterThanOrEqualTo(paths.size());
        assertThat(server.get("/api/search?post=" + "x".repeat(1_001)).statusCode()).isEqualTo(400);
    }

    @Test
    void browsesNewestFirstWithoutQuery() throws Exception {
        JsonNode hits = server.json(search("q", "", "type", "post")).get("hits");
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Gophers and Go modules");
        JsonNode oldest = server.json(search("sort", "oldest", "type", "post")).get("hits");
        assertThat(oldest.get(0).get("title").asText()).isEqualTo("Choosing garden shears");
    }

    @Test
    void expandsSynonyms() throws Exception {
        JsonNode hits = server.json(search("q", "kubernetes")).get("hits");
        assertThat(hits.get(0).get("path").asText()).isEqualTo("content/post/rook-on-pi.md");
        JsonNode k8s = server.json(search("q", "k8s raspberry")).get("hits");
        assertThat(k8s.get(0).get("path").asText()).isEqualTo("content/post/rook-on-pi.md");
    }

    @Test
    void toleratesTyposAndSuggestsCorrections() throws Exception {
        JsonNode answer = server.json(search("q", "prunning"));
        assertThat(answer.get("total").asLong()).isPositive();
        JsonNode none = server.json(search("q", "compostingg zzzqqq"));
        assertThat(none.get("didYouMean").isNull() ? "" : none.get("didYouMean").asText()).contains("composting");
    }

    @Test
    void matchesHalfTypedWords() throws Exception {
        JsonNode hits = server.json(search("q", "rasp")).get("hits");
        assertThat(hits.get(0).get("path").asText()).isEqualTo("content/post/rook-on-pi.md");
        JsonNode body = server.json(search("q", "reconcil")).get("hits");
        assertThat(body).isNotEmpty();
    }

    @Test
    void understandsPhrasesExclusionsAndFields() throws Exception {
        assertThat(server.json(search("q", "\"blunt scissors\"")).get("total").asLong()).isPositive();
        assertThat(server.json(search("q", "\"scissors blunt\"")).get("total").asLong()).isZero();
        JsonNode excluded = server.json(search("q", "rook -kubernetes", "size", "100")).get("hits");
        excluded.forEach(h -> assertThat(h.get("path").asText()).isNotEqualTo("content/post/rook-on-pi.md"));
        JsonNode bySpeaker = server.json(search("q", "speaker:quill", "size", "100")).get("hits");
        assertThat(bySpeaker).isNotEmpty();
        bySpeaker.forEach(h -> assertThat(values(h.get("speakers"))).contains("Ada Quill"));
        JsonNode quotes = server.json(search("q", "type:quote shears")).get("hits");
        quotes.forEach(h -> assertThat(h.get("type").asText()).isEqualTo("quote"));
    }

    @Test
    void refusesInvalidParametersNamingThem() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("size", "1000", "page", "0", "sort", "sideways",
                "type", "poem", "from", "yesterday", "year", "nineteen").entrySet()) {
            HttpResponse<String> response = server.get(search("q", "x", bad.getKey(), bad.getValue()));
            assertThat(response.statusCode()).as(bad.toString()).isEqualTo(400);
            JsonNode error = new ObjectMapper().readTree(response.body());
            assertThat(error.get("parameter").asText()).isEqualTo(bad.getKey());
            assertThat(error.get("error").asText()).isNotBlank();
        }
    }

    @Test
    void suggestsTitlesSpeakersAndTags() throws Exception {
        JsonNode suggestions = server.json("/api/suggest?q=pru").get("suggestions");
        assertThat(suggestions).extracting(s -> s.get("text").asText()).contains("Pruning at Scale");
        JsonNode speakers = server.json("/api/suggest?q=ada").get("suggestions");
        assertThat(speakers).anySatisfy(s -> {
            assertThat(s.get("text").asText()).isEqualTo("Ada Quill");
            assertThat(s.get("kind").asText()).isEqualTo("speaker");
            assertThat(s.get("url").asText()).isNotBlank();
        });
        assertThat(server.json("/api/suggest?q=").get("suggestions")).isEmpty();
    }

    @Test
    void completesAWhoSaidQuestionWithQuotesAndTheirSpeakers() throws Exception {
        JsonNode suggestions = server.json("/api/suggest?" + Urls.query("q", "who said blunt sciss"))
                .get("suggestions");
        assertThat(suggestions).hasSize(1);
        assertThat(suggestions.get(0).get("kind").asText()).isEqualTo("quote");
        assertThat(suggestions.get(0).get("text").asText()).isEqualTo(
                "“Sharp shears make careful gardeners; blunt scissors make careless ones” — Ada Quill");
        assertThat(suggestions.get(0).get("url").asText()).endsWith("#" + TestPages.KEYNOTE_ANCHOR);
        assertThat(server.json("/api/suggest?" + Urls.query("q", "who said")).get("suggestions")).isEmpty();

        JsonNode answer = server.json(search("q", "who said sharp shears"));
        assertThat(answer.get("hits").get(0).get("type").asText()).isEqualTo("quote");
        assertThat(answer.get("hits").get(0).get("quote").get("speaker").asText()).isEqualTo("Ada Quill");
    }

    @Test
    void setsTheContentSecurityPolicyOnEveryResponse() throws Exception {
        for (String path : List.of("/healthz", "/api/search?q=x", "/api/nothing-here", "/metrics")) {
            assertThat(server.get(path).headers().firstValue("Content-Security-Policy"))
                    .as(path).contains(SearchApp.CONTENT_SECURITY_POLICY);
        }
    }

    @Test
    void reportsHealthReadinessAndMetrics() throws Exception {
        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        server.get(search("q", "pruning"));
        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("blogsearch_http_requests_total{")
                .contains("route=\"/api/search\"")
                .contains("blogsearch_http_request_duration_seconds_bucket")
                .contains("blogsearch_index_documents{type=\"quote\"} 1");
    }

    @Test
    void servesTheOpenApiDescription() throws Exception {
        HttpResponse<String> response = server.get("/api/openapi.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi:").contains("/api/search");
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

    private static List<String> selected(JsonNode facet) {
        List<String> out = new ArrayList<>();
        facet.forEach(v -> {
            if (v.get("selected").asBoolean()) {
                out.add(v.get("value").asText());
            }
        });
        return out;
    }
}
