package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cheaper ways the OpenSearch engine computes a folded answer give what the costly ones gave, on the sample blog
 * written to a real node: each post's other matches from {@link PostMatches} equal collapse's inner hits, and
 * snippets highlighted from term vectors equal those of an index without them (re-analysed text).
 */
class FoldedAnswersIT {

    private static final List<String> QUERIES = List.of("kubernetes", "storage", "kubern", "keynote talks",
            "conference", "oakridge", "profiling pprof", "\"lightning talks\"", "cluster -storage", "operatr", "error");
    private static final long BUDGET = 5_000;

    private static OpenSearchConfig config;
    private static OpenSearchHttp http;

    @BeforeAll
    static void publish() throws Exception {
        config = OpenSearchIndexes.sampleBlog(OpenSearchCluster.shared(), "folded");
        http = new OpenSearchHttp(config);
    }

    @AfterAll
    static void close() throws Exception {
        if (http != null) {
            http.close();
        }
    }

    @Test
    void postMatchesAreCollapsesInnerHits() throws Exception {
        for (String text : QUERIES) {
            SearchRequest request = SearchRequest.of(text);
            UserQuery user = UserQueryParser.parse(text);
            List<String> dims = FacetDims.ALL;
            Map<String, Object> body = new LinkedHashMap<>(SearchBody.of(request, user, dims, true, BUDGET));
            body.put("collapse", Map.of("field", Fields.POST_ID, "inner_hits", Map.of("name", "post",
                    "size", SearchBody.INNER_HITS, "_source", false)));
            JsonNode hits = http.send("POST", "/" + config.index() + "/_search", body).path("hits").path("hits");
            List<String> postIds = new ArrayList<>();
            hits.forEach(hit -> postIds.add(hit.path("fields").path(Fields.POST_ID).path(0).asText()));
            assertThat(postIds).as(text).isNotEmpty();
            Map<String, PostMatches.Matches> matches = PostMatches.of(http, config.index(), request, user, dims,
                    postIds, BUDGET);
            for (JsonNode hit : hits) {
                JsonNode inner = hit.path("inner_hits").path("post").path("hits");
                PostMatches.Matches of = matches.get(hit.path("fields").path(Fields.POST_ID).path(0).asText());
                assertThat(of.total()).as(text).isEqualTo(inner.path("total").path("value").asLong());
                assertThat(of.best().stream().map(h -> h.path("_id").asText()).toList()).as(text)
                        .isEqualTo(ids(inner.path("hits")));
            }
        }
    }

    @Test
    void termVectorsLeaveSnippetsAsReanalysisGivesThem() throws Exception {
        String plain = config.index() + "-no-term-vectors";
        copyWithoutTermVectors(plain);
        for (String text : QUERIES) {
            UserQuery user = UserQueryParser.parse(text);
            if (!user.hasScoringText()) {
                continue;
            }
            Map<String, Object> body = Map.of("size", 1000, "_source", false, "query",
                    QueryBody.of(user), "highlight", SearchBody.highlight(user));
            Map<String, JsonNode> withVectors = highlights(config.index(), body);
            assertThat(withVectors).as(text).isNotEmpty();
            assertThat(highlights(plain, body)).as(text).isEqualTo(withVectors);
        }
    }

    private static List<String> ids(JsonNode hits) {
        List<String> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("_id").asText()));
        return ids;
    }

    private static Map<String, JsonNode> highlights(String index, Map<String, Object> body) throws Exception {
        Map<String, JsonNode> highlights = new HashMap<>();
        for (JsonNode hit : http.send("POST", "/" + index + "/_search", body).path("hits").path("hits")) {
            highlights.put(hit.path("_id").asText(), hit.path("highlight"));
        }
        return highlights;
    }

    /** The published index again under {@code name}, with the same analysis and mapping but no term vectors. */
    private static void copyWithoutTermVectors(String name) throws Exception {
        JsonNode source = http.send("GET", "/" + config.index(), null);
        JsonNode index = source.elements().next();
        ObjectNode mappings = (ObjectNode) index.path("mappings").deepCopy();
        mappings.findParents("term_vector").forEach(parent -> ((ObjectNode) parent).remove("term_vector"));
        Map<String, Object> settings = Map.of("number_of_shards", 1, "number_of_replicas", 0,
                "max_ngram_diff", index.path("settings").path("index").path("max_ngram_diff").asInt(),
                "analysis", index.path("settings").path("index").path("analysis"));
        if (http.exists("/" + name)) {
            http.send("DELETE", "/" + name, null);
        }
        http.send("PUT", "/" + name, Map.of("settings", settings, "mappings", mappings));
        ByteArrayOutputStream bulk = new ByteArrayOutputStream();
        for (JsonNode hit : http.send("POST", "/" + config.index() + "/_search", Map.of("size", 10_000))
                .path("hits").path("hits")) {
            bulk.write(OpenSearchHttp.json().writeValueAsBytes(Map.of("index", Map.of("_id", hit.path("_id")))));
            bulk.write('\n');
            bulk.write(OpenSearchHttp.json().writeValueAsBytes(hit.path("_source")));
            bulk.write('\n');
        }
        JsonNode answer = http.send("POST", "/" + name + "/_bulk", Map.of("refresh", "true"),
                bulk.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        assertThat(answer.path("errors").asBoolean()).as(answer.toString()).isFalse();
    }
}
