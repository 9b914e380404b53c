package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.FacetValue;
import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.api.SuggestResponse;
import io.blogsearch.engine.IndexNotReadyException;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.query.CjkRunWords;
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
 * cluster ({@link SearchBody}). Thread-safe; a search is one HTTP call to any node, and when hits are folded per post
 * two small ones for the returned posts' other matches ({@link PostMatches}) and the snippets of those shown under
 * them ({@link InPostSnippets}). Answers are kept while the index stays as it was ({@link AnswerCache}).
 */
public final class OpenSearchEngine implements SearchEngine {

    private final OpenSearchHttp http;
    private final OpenSearchConfig config;
    private final long budgetMillis;
    private final ClusterState cluster;
    private final OpenSearchSuggester suggester;
    private final IndexGeneration generation;
    private final AnswerCache answers = new AnswerCache();
    private final FoldedHits folded;
    private final ClusterVocabulary vocabulary;
    private volatile boolean warming;

    /** An engine over the alias of {@code config}, giving each search {@code budgetMillis} on the cluster. */
    public OpenSearchEngine(OpenSearchConfig config, long budgetMillis) {
        this.config = config;
        this.http = new OpenSearchHttp(config);
        this.budgetMillis = budgetMillis;
        this.cluster = new ClusterState(http, config.index());
        this.suggester = new OpenSearchSuggester(http, config.index());
        this.generation = new IndexGeneration(http, config.index());
        this.folded = new FoldedHits(http, config.index(), budgetMillis);
        this.vocabulary = new ClusterVocabulary(http, config.index());
    }

    @Override
    public SearchResponse search(SearchRequest request, boolean fresh) throws IOException {
        long start = System.nanoTime();
        String current = generation.current();
        SearchResponse cached = fresh ? null : answers.get(request, current);
        if (cached != null) {
            return withTook(cached, (System.nanoTime() - start) / 1_000_000);
        }
        SearchResponse response = compute(request, current, start);
        answers.put(request, current, response);
        return response;
    }

    /** Asks the cluster for the answer of {@code request}, in the index as it is at {@code current}. */
    private SearchResponse compute(SearchRequest request, String current, long start) throws IOException {
        UserQuery typed = UserQueryParser.parse(request.text());
        UserQuery user = notReadyWhenDown(() -> withCjkWords(typed, current));
        List<String> dims = notReadyWhenDown(cluster::dims);
        SearchRequest known = known(request, dims);
        boolean grouped = grouped(user, known);
        List<String> typos = notReadyWhenDown(() -> vocabulary.typoWords(QueryBody.words(user), current));
        QueryPlan plan = new QueryPlan(known, user, typos, dims);
        JsonNode answer = notReadyWhenDown(() -> http.send("POST", "/" + config.index() + "/_search",
                SearchBody.of(plan, grouped, budgetMillis)));
        List<Hit> hits = grouped ? notReadyWhenDown(() -> folded.read(answer.path("hits").path("hits"), plan))
                : new ArrayList<>();
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

    /**
     * The query with each run of Chinese or Japanese script that no page writes as typed read as the words pages do
     * write ({@link CjkRunWords}), as the Lucene engine reads it; the cluster is asked only when such a run was typed.
     */
    private UserQuery withCjkWords(UserQuery user, String current) throws IOException {
        List<String> stretches = new ArrayList<>();
        user.words().stream().filter(CjkRunWords::mayHoldWords).forEach(run -> stretches.addAll(
                CjkRunWords.stretches(run)));
        if (stretches.isEmpty()) {
            return user;
        }
        Map<String, Integer> documents = vocabulary.documentsWriting(stretches.stream().distinct().toList(), current);
        List<String> words = new ArrayList<>();
        for (String word : user.words()) {
            words.addAll(CjkRunWords.mayHoldWords(word)
                    ? CjkRunWords.of(word, stretch -> documents.getOrDefault(stretch, 0)) : List.of(word));
        }
        return new UserQuery(words, user.phrases(), user.excluded(), user.fields(), user.prefixLast(),
                user.asksWhoSaid());
    }

    /** A cached answer with the time this request took. */
    private static SearchResponse withTook(SearchResponse r, long tookMs) {
        return new SearchResponse(r.query(), r.total(), r.page(), r.size(), tookMs, r.hits(), r.facets(),
                r.facetsExact(), r.didYouMean(), r.timedOut());
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
    public String notReadyReason() {
        String problem = cluster.problem();
        if (problem != null) {
            return describe() + ": " + problem;
        }
        return warming ? "warming up: " + describe() : SearchEngine.super.notReadyReason();
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
        generation.forget();
        answers.clear();
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
     * Runs a request; when it fails because the cluster is unreachable, refuses the credentials, or the index is
     * missing or red, says so (with the reason) as the Lucene engine says an index is not there yet (the server
     * answers 503), else passes the failure on.
     */
    private <T> T notReadyWhenDown(ClusterCall<T> call) throws IOException {
        try {
            return call.call();
        } catch (IOException e) {
            cluster.forget();
            if (!cluster.healthy()) {
                throw IndexNotReadyException.because(notReadyReason());
            }
            throw e;
        }
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
