package io.blogsearch.opensearch;

import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.query.UserQuery;
import io.blogsearch.schema.Fields;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole search request sent to OpenSearch: the query narrowed by date and post, the selected facet values as a
 * post filter (so each dimension's counts are taken under the other dimensions' filters only: disjunctive facets),
 * one result per post by collapsing on the post id (the other matches of the returned posts come from
 * {@link #postMatches}, their snippets from {@link InPostSnippets}), highlighting with private-use marks (escaped by {@link Snippet}), did-you-mean
 * suggestions and the time budget.
 */
final class SearchBody {

    /** Marks around highlighted terms: characters no text holds, replaced by {@code <mark>} after escaping. */
    static final String OPEN = "\uE000";
    static final String CLOSE = "\uE001";
    /** Inner hits per post: the shown ones and enough to choose up to three to show under the card. */
    static final int INNER_HITS = 8;
    private static final int FRAGMENT = 220;
    /**
     * Posts per facet value counted exactly (OpenSearch's cardinality threshold); beyond, the count is estimated and
     * the answer says its facets are not exact. A higher threshold costs memory per value on every search.
     */
    static final int PRECISION = 3_000;
    /** Names of the aggregation of {@link #postMatches} and of its per-post top hits. */
    static final String POSTS = "posts";
    static final String TOP = "top";
    /** What a hit reads of its source: all but the long indexed texts. */
    private static final Map<String, Object> HIT_SOURCE = Map.of("excludes", List.of(Fields.TEXT + ".*",
            Fields.TEXT_EXACT, Fields.CONTEXT + ".*", Fields.DESCRIPTION + ".*"));

    private SearchBody() {
    }

    /** The body of {@code POST /INDEX/_search}. */
    static Map<String, Object> of(SearchRequest request, UserQuery user, List<String> dims, boolean grouped,
                                  long budgetMillis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", (request.page() - 1) * request.size());
        body.put("size", request.size());
        body.put("timeout", budgetMillis + "ms");
        // folded hits take their total from the results aggregation; counting every hit again would only cost
        body.put("track_total_hits", !grouped);
        body.put("query", narrowed(QueryBody.of(user), request));
        Map<String, Object> postFilter = filters(request, dims, null);
        if (postFilter != null) {
            body.put("post_filter", postFilter);
        }
        body.put("aggs", aggregations(request, dims, grouped));
        body.put("sort", sort(request.effectiveSort(user.hasScoringText())));
        body.put("_source", HIT_SOURCE);
        if (user.hasScoringText()) {
            body.put("highlight", highlight(user));
        }
        if (grouped) {
            // no inner hits here: OpenSearch runs the whole query again per returned post for them; PostMatches asks
            // for all posts' other matches in one request
            body.put("collapse", Map.of("field", Fields.POST_ID));
        }
        List<String> words = QueryBody.words(user);
        if (!words.isEmpty()) {
            body.put("suggest", Map.of("text", String.join(" ", words), "typo", Map.of("term", Map.of(
                    "field", Fields.TEXT_EXACT, "suggest_mode", "missing", "min_word_length", QueryBody.ONE_EDIT))));
        }
        return body;
    }

    /**
     * The body asking for the other matches of the given posts, as collapse's inner hits would give them: the same
     * query and filters, each post's best {@link #INNER_HITS} by score and its number of matches, in one pass.
     */
    static Map<String, Object> postMatches(SearchRequest request, UserQuery user, List<String> dims,
                                           List<String> postIds, long budgetMillis) {
        List<Object> filter = new ArrayList<>();
        filter.add(Map.of("terms", Map.of(Fields.POST_ID, postIds)));
        Map<String, Object> postFilter = filters(request, dims, null);
        if (postFilter != null) {
            filter.add(postFilter);
        }
        Map<String, Object> top = Map.of("top_hits", Map.of("size", INNER_HITS, "_source", HIT_SOURCE));
        return Map.of("size", 0, "timeout", budgetMillis + "ms",
                "query", Map.of("bool", Map.of("must", List.of(narrowed(QueryBody.of(user), request)),
                        "filter", filter)),
                "aggs", Map.of(POSTS, Map.of("terms", Map.of("field", Fields.POST_ID, "include", postIds,
                        "size", postIds.size()), "aggs", Map.of(TOP, top))));
    }

    private static Map<String, Object> narrowed(Map<String, Object> query, SearchRequest request) {
        List<Object> filter = new ArrayList<>();
        if (request.from() != null || request.to() != null) {
            Map<String, Object> range = new LinkedHashMap<>();
            if (request.from() != null) {
                range.put("gte", millis(request.from()));
            }
            if (request.to() != null) {
                range.put("lt", millis(request.to().plusDays(1)));
            }
            filter.add(Map.of("range", Map.of(Fields.DATE, range)));
        }
        List<String> posts = request.selected(SearchRequest.POST);
        if (!posts.isEmpty()) {
            filter.add(Map.of("terms", Map.of(Fields.POST_ID, posts)));
        }
        return filter.isEmpty() ? query : Map.of("bool", Map.of("must", List.of(query), "filter", filter));
    }

    /** The selected values of every dimension but {@code except}, as one filter; null when nothing is selected. */
    static Map<String, Object> filters(SearchRequest request, List<String> dims, String except) {
        List<Object> filter = new ArrayList<>();
        for (String dim : dims) {
            if (!dim.equals(except) && !request.selected(dim).isEmpty()) {
                filter.add(Map.of("terms", Map.of(IndexMapping.FACET + "." + dim, request.selected(dim))));
            }
        }
        return filter.isEmpty() ? null : Map.of("bool", Map.of("filter", filter));
    }

    private static Map<String, Object> aggregations(SearchRequest request, List<String> dims, boolean grouped) {
        Map<String, Object> aggs = new LinkedHashMap<>();
        for (String dim : dims) {
            Map<String, Object> terms = new LinkedHashMap<>(Map.of("field", IndexMapping.FACET + "." + dim,
                    "size", FacetReader.MAX_VALUES));
            Map<String, Object> values = new LinkedHashMap<>(Map.of("terms", terms));
            if (grouped) {
                terms.put("order", List.of(Map.of("results", "desc"), Map.of("_key", "asc")));
                values.put("aggs", Map.of("results", postCount()));
            }
            aggs.put(dim, Map.of("filter", orAll(filters(request, dims, dim)), "aggs", Map.of("values", values)));
        }
        if (grouped) {
            aggs.put(FacetReader.RESULTS, Map.of("filter", orAll(filters(request, dims, null)),
                    "aggs", Map.of("results", postCount())));
        }
        return aggs;
    }

    private static Map<String, Object> postCount() {
        return Map.of("cardinality", Map.of("field", Fields.POST_ID, "precision_threshold", PRECISION));
    }

    private static Map<String, Object> orAll(Map<String, Object> filter) {
        return filter == null ? Map.of("match_all", Map.of()) : filter;
    }

    private static List<Object> sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> List.of("_score", Map.of(Fields.DATE, Map.of("order", "desc", "missing", "_last")));
            case NEWEST -> List.of(Map.of(Fields.DATE, Map.of("order", "desc", "missing", "_last")), "_score");
            case OLDEST -> List.of(Map.of(Fields.DATE, Map.of("order", "asc", "missing", "_last")), "_score");
        };
    }

    /** Snippets with the typed words marked, of the text (else the title) of each hit returned. */
    static Map<String, Object> highlight(UserQuery user) {
        Map<String, Object> field = Map.of("number_of_fragments", 1, "fragment_size", FRAGMENT,
                "no_match_size", FRAGMENT);
        return Map.of("pre_tags", List.of(OPEN), "post_tags", List.of(CLOSE), "require_field_match", false,
                "highlight_query", QueryBody.highlight(user),
                "fields", Map.of("text.*", field, "title.*", Map.of("number_of_fragments", 0)));
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
