package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.UserQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The other matches of the posts a folded search returned, for all of them in one request: a terms aggregation on the
 * post id with each post's best hits. Collapse's inner hits give the same, but OpenSearch computes them by running the
 * whole query once more per returned post.
 */
final class PostMatches {

    /** One post's matches: how many there are, and the best of them by score. */
    record Matches(long total, List<JsonNode> best) {
    }

    private PostMatches() {
    }

    /** The matches of each post of {@code postIds}, by post id (a post without any is absent). */
    static Map<String, Matches> of(OpenSearchHttp http, String index, SearchRequest request, UserQuery user,
                                   List<String> dims, List<String> postIds, long budgetMillis) throws IOException {
        Map<String, Matches> matches = new HashMap<>();
        if (postIds.isEmpty()) {
            return matches;
        }
        JsonNode answer = http.send("POST", "/" + index + "/_search",
                SearchBody.postMatches(request, user, dims, postIds, budgetMillis));
        for (JsonNode bucket : answer.path("aggregations").path(SearchBody.POSTS).path("buckets")) {
            JsonNode hits = bucket.path(SearchBody.TOP).path("hits").path("hits");
            List<JsonNode> best = new ArrayList<>();
            hits.forEach(best::add);
            matches.put(bucket.path("key").asText(), new Matches(bucket.path("doc_count").asLong(), best));
        }
        return matches;
    }
}
