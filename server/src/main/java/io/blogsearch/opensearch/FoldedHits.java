package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.Hit;
import io.blogsearch.api.Hit.InPostHit;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.UserQuery;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The hits of a search folded per post: each post's best hit, the count of its other matches and a few shown. */
final class FoldedHits {

    private static final List<String> SHOWN_IN_POST = List.of(DocType.QUOTE.value(), DocType.TALK.value(),
            DocType.SECTION.value());
    private static final int MAX_IN_POST = 3;

    private final OpenSearchHttp http;
    private final String index;
    private final long budgetMillis;

    FoldedHits(OpenSearchHttp http, String index, long budgetMillis) {
        this.http = http;
        this.index = index;
        this.budgetMillis = budgetMillis;
    }

    /**
     * Each post's best hit with the count of its other matches and up to three of them to show (quotes first), the
     * matches of all posts asked for in one request ({@link PostMatches}), their snippets in another.
     */
    List<Hit> read(JsonNode posts, SearchRequest request, UserQuery user, List<String> dims)
            throws IOException {
        List<String> postIds = new ArrayList<>();
        posts.forEach(hit -> postIds.add(postId(hit)));
        Map<String, PostMatches.Matches> matches = PostMatches.of(http, index, request, user, dims, postIds,
                budgetMillis);
        List<List<JsonNode>> shownPerPost = new ArrayList<>();
        List<JsonNode> allShown = new ArrayList<>();
        for (JsonNode hit : posts) {
            PostMatches.Matches of = matches.get(postId(hit));
            List<JsonNode> shown = of == null ? List.of() : shown(hit, of.best());
            shownPerPost.add(shown);
            allShown.addAll(shown);
        }
        List<JsonNode> snipped = InPostSnippets.add(http, index, user, allShown, budgetMillis);
        List<Hit> hits = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < posts.size(); i++) {
            JsonNode hit = posts.get(i);
            int count = shownPerPost.get(i).size();
            List<InPostHit> shown = snipped.subList(next, next + count).stream().map(HitSource::readShown).toList();
            next += count;
            PostMatches.Matches of = matches.get(postId(hit));
            long total = of == null ? 1 : of.total();
            hits.add(HitSource.read(hit, (int) Math.max(0, total - 1), shown));
        }
        return hits;
    }

    /** The post a collapsed hit stands for. */
    private static String postId(JsonNode hit) {
        return hit.path("fields").path(Fields.POST_ID).path(0).asText();
    }

    /** The other matches of a post's best hit to show under it: quotes, then talks, then sections, up to three. */
    private static List<JsonNode> shown(JsonNode hit, List<JsonNode> best) {
        String id = hit.path("_id").asText();
        List<JsonNode> shown = new ArrayList<>();
        for (String type : SHOWN_IN_POST) {
            for (JsonNode other : best) {
                if (shown.size() < MAX_IN_POST && !id.equals(other.path("_id").asText())
                        && type.equals(HitSource.type(other))) {
                    shown.add(other);
                }
            }
        }
        return shown;
    }
}
