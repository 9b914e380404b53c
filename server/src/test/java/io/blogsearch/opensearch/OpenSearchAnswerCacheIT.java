package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.SearchResponse;
import io.blogsearch.query.SearchRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch engine's answer cache on a real node: a repeated search is answered without asking the cluster, a
 * "no-cache" one is recomputed, and a change to the index (a deletion and refresh, or the alias moved to a rebuilt
 * index) is seen within about a second.
 */
class OpenSearchAnswerCacheIT {

    private static final SearchRequest KUBERNETES = SearchRequest.of("kubernetes");

    @Test
    void repeatedSearchesDoNotReachTheClusterUntilTheIndexChanges() throws Exception {
        OpenSearchConfig config = OpenSearchIndexes.sampleBlog(OpenSearchCluster.shared(), "answer-cache");
        try (OpenSearchEngine engine = OpenSearchIndexes.engine(config);
             OpenSearchHttp http = new OpenSearchHttp(config)) {
            SearchResponse first = engine.search(KUBERNETES);
            assertThat(first.total()).isPositive();
            long searches = searches(http, config);
            SearchResponse again = engine.search(KUBERNETES);
            assertThat(searches(http, config)).as("searches the cluster ran").isEqualTo(searches);
            assertThat(again.hits()).isEqualTo(first.hits());
            engine.search(KUBERNETES, true);
            assertThat(searches(http, config)).as("a fresh search asks the cluster").isGreaterThan(searches);

            String id = first.hits().get(0).id();
            http.send("DELETE", "/" + config.index() + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
                    Map.of("refresh", "true"), null);
            Thread.sleep(1_200);
            SearchResponse afterDelete = engine.search(KUBERNETES);
            assertThat(afterDelete.hits()).extracting(h -> h.id()).doesNotContain(id);

            OpenSearchIndexes.sampleBlog(OpenSearchCluster.shared(), "answer-cache");
            Thread.sleep(1_200);
            assertThat(engine.search(KUBERNETES).hits()).extracting(h -> h.id()).contains(id);
        }
    }

    private static long searches(OpenSearchHttp http, OpenSearchConfig config) throws Exception {
        return http.send("GET", "/" + config.index() + "/_stats/search", null)
                .path("_all").path("total").path("search").path("query_total").asLong();
    }
}
