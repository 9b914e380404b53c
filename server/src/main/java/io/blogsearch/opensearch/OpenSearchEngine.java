package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.FacetValue;
import io.blogsearch.api.Hit;
import io.blogsearch.api.Hit.InPostHit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.api.SuggestResponse;
import io.blogsearch.engine.IndexNotReadyException;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search engine over an OpenSearch cluster: the same requests and answers as the Lucene engine, computed by the
 * cluster ({@link SearchBody}). Thread-safe; a search is one HTTP call to any node, and a second, small one for the
 * snippets of the matches shown under the posts ({@link InPostSnippets}).
 */
public final class OpenSearchEngine implements SearchEngine {

    private static final List<String> SHOWN_IN_POST = List.of(DocType.QUOTE.value(), DocType.TALK.value(),
            DocType.SECTION.value());
    private static final int MAX_IN_POST = 3;

    private final OpenSearchHttp http;
    private final OpenSearchConfig config;
    private final long budgetMillis;
    private final ClusterState cluster;
    private final OpenSearchSuggester suggester;
    private volatile boolean warming;

    /** An engine over the alias of {@code config}, giving each search {@code budgetMillis} on the cluster. */
    public OpenSearchEngine(OpenSearchConfig config, long budgetMillis) {
        this.config = config;
        this.http = new OpenSearchHttp(config);
        this.budgetMillis = budgetMillis;
        this.cluster = new ClusterState(http, config.index());
        this.suggester = new OpenSearchSuggester(http, config.index());
    }

    @Override
    public SearchResponse search(SearchRequest request, boolean fresh) throws IOException {
        long start = System.nanoTime();
        UserQuery user = UserQueryParser.parse(request.text());
        List<String> dims = notReadyWhenDown(cluster::dims);
        SearchRequest known = known(request, dims);
        boolean grouped = grouped(user, known);
        JsonNode answer = notReadyWhenDown(() -> http.send("POST", "/" + config.index() + "/_search",
                SearchBody.of(known, user, dims, grouped, budgetMillis)));
        List<Hit> hits = grouped ? folded(answer.path("hits").path("hits"), known, user, dims) : new ArrayList<>();
        if (!grouped) {
            answer.path("hits").path("hits").forEach(hit -> hits.add(HitSource.read(hit, 0, List.of())));
        }
        JsonNode aggregations = answer.path("aggregations");
        long total = grouped ? FacetReader.results(aggregations)
                : answer.path("hits").path("total").path("value").asLong();
        Map<String, List<FacetValue>> facets = FacetReader.read(aggregations, known, dims, grouped);
        String text = request.text().length() > UserQueryParser.MAX_LENGTH
                ? request.text().substring(0, UserQueryParser.MAX_LENGTH) : request.text();
        return new SearchResponse(text, total, request.page(), request.size(), (System.nanoTime() - start) / 1_000_000,
                hits, facets, FacetReader.exact(facets, grouped), DidYouMeanReader.read(answer.path("suggest"), text),
                answer.path("timed_out").asBoolean());
    }

    @Override
    public SuggestResponse suggest(String typed) throws IOException {
        return new SuggestResponse(notReadyWhenDown(() -> suggester.suggest(typed)));
    }

    @Override
    public boolean isReady() {
        return !warming && cluster.healthy();
    }

    @Override
    public boolean isOpen() {
        return cluster.healthy();
    }

    @Override
    public String describe() {
        return "OpenSearch " + config.describe();
    }

    @Override
    public Map<String, Long> documentsPerType() throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode answer = http.send("POST", "/" + config.index() + "/_search", Map.of("size", 0,
                "aggs", Map.of("types", Map.of("terms", Map.of("field", Fields.TYPE, "size", 20)))));
        for (DocType type : DocType.values()) {
            counts.put(type.value(), 0L);
        }
        for (JsonNode bucket : answer.path("aggregations").path("types").path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }

    @Override
    public int searchesWaiting() {
        return 0; // the cluster queues searches itself; nothing waits in this process
    }

    @Override
    public void holdUntilWarmed() {
        warming = true;
    }

    @Override
    public void warmed() {
        warming = false;
    }

    @Override
    public void refresh() {
        cluster.forget();
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** One request to the cluster. */
    private interface ClusterCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs a request; when it fails because the cluster is unreachable or the index missing or red, says so as the
     * Lucene engine says an index is not there yet (the server answers 503), else passes the failure on.
     */
    private <T> T notReadyWhenDown(ClusterCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (IOException e) {
            cluster.forget();
            if (!cluster.healthy()) {
                throw new IndexNotReadyException(describe());
            }
            throw e;
        }
    }

    /**
     * Each post's best hit with the count of its other matches and up to three of them to show (quotes first), the
     * matches of all posts asked for in one request ({@link PostMatches}), their snippets in another.
     */
    private List<Hit> folded(JsonNode posts, SearchRequest request, UserQuery user, List<String> dims)
            throws IOException {
        List<String> postIds = new ArrayList<>();
        posts.forEach(hit -> postIds.add(postId(hit)));
        Map<String, PostMatches.Matches> matches = notReadyWhenDown(() -> PostMatches.of(http, config.index(),
                request, user, dims, postIds, budgetMillis));
        List<List<JsonNode>> shownPerPost = new ArrayList<>();
        List<JsonNode> allShown = new ArrayList<>();
        for (JsonNode hit : posts) {
            PostMatches.Matches of = matches.get(postId(hit));
            List<JsonNode> shown = of == null ? List.of() : shown(hit, of.best());
            shownPerPost.add(shown);
            allShown.addAll(shown);
        }
        List<JsonNode> snipped = notReadyWhenDown(() -> InPostSnippets.add(http, config.index(), user, allShown,
                budgetMillis));
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

    /** The request without filters on facets the index does not have (they narrow nothing, as in the Lucene engine). */
    private static SearchRequest known(SearchRequest request, List<String> dims) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((dim, values) -> {
            if (dim.equals(SearchRequest.POST) || dims.contains(dim)) {
                filters.put(dim, values);
            }
        });
        return filters.size() == request.filters().size() ? request : request.withFilters(filters);
    }

    /** Hits are folded per post unless the reader chose entity types or one post. */
    private static boolean grouped(UserQuery user, SearchRequest request) {
        return request.selected(FacetDims.TYPE).isEmpty() && request.selected(SearchRequest.POST).isEmpty()
                && user.fields().stream().noneMatch(f -> f.field() == UserQuery.QueryField.TYPE);
    }
}
