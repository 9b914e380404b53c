package io.blogsearch.lucene;

import io.blogsearch.api.FacetValue;
import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.api.SuggestResponse;
import io.blogsearch.engine.SearchEngine;
import io.blogsearch.lucene.facet.FacetCounts;
import io.blogsearch.lucene.facet.FacetPass;
import io.blogsearch.lucene.facet.MatchSampler;
import io.blogsearch.lucene.hits.HitGrouper;
import io.blogsearch.lucene.hits.PageHits;
import io.blogsearch.lucene.hits.ResultCount;
import io.blogsearch.lucene.ranking.DidYouMean;
import io.blogsearch.lucene.ranking.QueryLanguages;
import io.blogsearch.lucene.ranking.Ranking;
import io.blogsearch.lucene.ranking.SearchQuery;
import io.blogsearch.lucene.ranking.SearchQueryBuilder;
import io.blogsearch.lucene.ranking.TypoBudget;
import io.blogsearch.lucene.ranking.Vocabulary;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.query.Synonyms;
import io.blogsearch.query.UserQuery;
import io.blogsearch.query.UserQueryParser;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Answers searches and suggestions from the shared searcher of an {@link IndexHandle}: parses what was typed, ranks,
 * counts facets disjunctively (each selected dimension counted under the other dimensions' filters), groups hits per
 * post and highlights the page served. Equal requests on one reader are answered from its {@link ResponseCache}.
 * Thread-safe.
 */
public final class SearchService implements SearchEngine {

    /** Default time budget of one search. */
    public static final long DEFAULT_BUDGET_MILLIS = 2_000;
    /** Hits looked at for grouping: enough for the first pages of groups, bounded for latency. */
    private static final int MIN_WINDOW = 200;
    private static final int MAX_WINDOW = 5_000;
    /**
     * Documents from which a relevance ranking and the counting are separate passes (see {@link #rankAndCount}); some
     * 3,000 posts with their sections, quotes and figures. Below it both ways cost the same within noise.
     */
    static final int RANK_APART_FROM_DOCS = 20_000;

    private volatile boolean warming;

    private final IndexHandle index;
    private final SearchQueryBuilder queries;
    private final long budgetMillis;
    private final int rankApartFromDocs;
    private final SearchGate gate;

    /** A service over the index with the given synonyms and per-request time budget. */
    public SearchService(IndexHandle index, Synonyms synonyms, long budgetMillis) {
        this(index, synonyms, budgetMillis, SearchGate.defaultConcurrency());
    }

    /** As above, computing at most {@code concurrentSearches} answers at once (the others wait their turn). */
    public SearchService(IndexHandle index, Synonyms synonyms, long budgetMillis, int concurrentSearches) {
        this(index, synonyms, budgetMillis, RANK_APART_FROM_DOCS, new SearchGate(concurrentSearches));
    }

    /** As above, ranking apart from counting on indexes of at least {@code rankApartFromDocs} documents. */
    SearchService(IndexHandle index, Synonyms synonyms, long budgetMillis, int rankApartFromDocs, SearchGate gate) {
        this.index = index;
        this.queries = new SearchQueryBuilder(synonyms);
        this.budgetMillis = budgetMillis;
        this.rankApartFromDocs = rankApartFromDocs;
        this.gate = gate;
    }

    /** Searches computed at once unless configured: one per processor the JVM may use. */
    public static int defaultConcurrentSearches() {
        return SearchGate.defaultConcurrency();
    }

    /** Searches waiting for their turn to compute (see {@link SearchGate}). */
    @Override
    public int searchesWaiting() {
        return gate.waiting();
    }

    /** Whether an index is open and any warm-up asked for by {@link #holdUntilWarmed()} is done. */
    @Override
    public boolean isReady() {
        return !warming && index.isReady();
    }

    /** Reports not ready until {@link #warmed()}: serve warms its code paths before readers come. */
    @Override
    public void holdUntilWarmed() {
        warming = true;
    }

    /** Ends the hold of {@link #holdUntilWarmed()}. */
    @Override
    public void warmed() {
        warming = false;
    }

    @Override
    public String describe() {
        return index.indexDir().toString();
    }

    @Override
    public void refresh() {
        index.refresh();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** The index handle served. */
    public IndexHandle index() {
        return index;
    }

    /** Runs a search, recomputing the answer when {@code fresh} even if an equal request was answered before. */
    @Override
    public SearchResponse search(SearchRequest request, boolean fresh) throws IOException {
        long start = System.nanoTime();
        UserQuery user = UserQueryParser.parse(request.text());
        BlogSearcher shared = index.acquire();
        try {
            SearchResponse cached = fresh ? null : shared.responses().get(request);
            if (cached != null) {
                return withTook(cached, (System.nanoTime() - start) / 1_000_000);
            }
            long deadline = start + budgetMillis * 1_000_000;
            try (SearchGate.Turn turn = gate.enter(deadline)) {
                return compute(shared, user, request, start, deadline);
            }
        } finally {
            index.release(shared);
        }
    }

    /** Computes the answer of a request that was not cached, and keeps it for the next equal request. */
    private SearchResponse compute(BlogSearcher shared, UserQuery user, SearchRequest request, long start,
                                   long deadline) throws IOException {
        SearchQuery query;
        Outcome outcome;
        QueryLanguages languages = QueryLanguages.of(request.selected(FacetDims.LANG).isEmpty()
                ? shared.languages() : request.selected(FacetDims.LANG));
        try {
            query = queries.build(user, shared.vocabulary(), shared.postBoost(), languages);
            outcome = run(shared, user, query, known(shared, request), deadline);
        } catch (IndexSearcher.TooManyClauses e) {
            // Typo expansion blew the clause limit on a long query: search again without it.
            query = queries.build(user, Vocabulary.everything(), shared.postBoost(), languages);
            outcome = run(shared, user, query, known(shared, request), deadline);
        }
        String correction = DidYouMean.correct(request.text(),
                TypoBudget.words(correctable(user, query, outcome.total), shared.vocabulary()), shared.vocabulary());
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        SearchResponse response = new SearchResponse(request.text().length() > UserQueryParser.MAX_LENGTH
                ? request.text().substring(0, UserQueryParser.MAX_LENGTH) : request.text(),
                outcome.total, request.page(), request.size(), tookMs, outcome.hits, outcome.facets,
                outcome.facetsExact, correction, outcome.timedOut);
        shared.responses().put(request, response);
        return response;
    }

    /**
     * The request without filters on facets this index does not have: a taxonomy parameter is read by name, and a name
     * no page uses (or a parameter that is no facet at all) narrows nothing, as unknown parameters never did.
     */
    private static SearchRequest known(BlogSearcher searcher, SearchRequest request) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((dim, values) -> {
            if (dim.equals(SearchRequest.POST) || searcher.dims().contains(dim)) {
                filters.put(dim, values);
            }
        });
        return filters.size() == request.filters().size() ? request : request.withFilters(filters);
    }

    /** A cached answer with the time this request took. */
    private static SearchResponse withTook(SearchResponse r, long tookMs) {
        return new SearchResponse(r.query(), r.total(), r.page(), r.size(), tookMs, r.hits(), r.facets(),
                r.facetsExact(), r.didYouMean(), r.timedOut());
    }

    /** Completions for a half-typed query. */
    @Override
    public SuggestResponse suggest(String typed) throws IOException {
        BlogSearcher searcher = index.acquire();
        try {
            return new SuggestResponse(Suggester.suggest(searcher, typed));
        } finally {
            index.release(searcher);
        }
    }

    /** Documents per entity type in the open index (for metrics); empty when no index is open. */
    @Override
    public Map<String, Long> documentsPerType() throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!index.isReady()) {
            return counts;
        }
        BlogSearcher searcher = index.acquire();
        try {
            for (DocType type : DocType.values()) {
                counts.put(type.value(), (long) searcher.count(new TermQuery(new Term(Fields.TYPE, type.value()))));
            }
        } finally {
            index.release(searcher);
        }
        return counts;
    }

    /** Words worth correcting: all of them, but a half-typed last word only when nothing was found. */
    private static List<String> correctable(UserQuery user, SearchQuery query, long total) {
        List<String> words = query.words();
        if (user.prefixLast() && total > 0 && !words.isEmpty()) {
            return words.subList(0, words.size() - 1);
        }
        return words;
    }

    private record Outcome(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean facetsExact,
                           boolean timedOut) {
    }

    /** The hits of one window and their counts, before grouping. */
    private record Counted(TopDocs top, long total, Map<String, FacetResult> facets, boolean exact, boolean expired) {
    }

    private Outcome run(BlogSearcher searcher, UserQuery user, SearchQuery query, SearchRequest request,
                        long deadlineNanos) throws IOException {
        Query base = baseQuery(query.query(), request);
        Query countable = baseQuery(query.matching(), request);
        int window = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, request.page() * request.size() * 5));
        boolean everything = matchesEverything(user, request);
        boolean browsingAll = everything && searcher.dims().stream().allMatch(dim -> request.selected(dim).isEmpty());
        SortOrder order = request.effectiveSort(query.highlight() != null);
        boolean grouped = grouped(user, request);
        Counted counted = searcher.facetState() == null || browsingAll
                ? rankOnly(searcher, base, countable, request, order, window, browsingAll, grouped, deadlineNanos)
                : rankAndCount(searcher, base, countable, request, order, window, everything, grouped,
                        searcher.getIndexReader().maxDoc() >= rankApartFromDocs, deadlineNanos);
        List<HitGrouper.Group> groups = grouped
                ? HitGrouper.group(counted.top().scoreDocs, searcher) : HitGrouper.ungrouped(counted.top().scoreDocs);
        int from = Math.min(groups.size(), (request.page() - 1) * request.size());
        int to = Math.min(groups.size(), from + request.size());
        List<Hit> hits = PageHits.read(searcher, groups.subList(from, to), query);
        long total = grouped ? results(searcher, counted, groups, countable, request) : counted.total();
        return new Outcome(total, hits, FacetCounts.read(counted.facets(), request, searcher.dims()),
                counted.exact(), counted.expired());
    }

    /**
     * The results a reader can page through when hits are folded per post: the groups of the window when it holds
     * every match, else counted over all matches ({@link ResultCount}).
     */
    private static long results(BlogSearcher searcher, Counted counted, List<HitGrouper.Group> groups,
                                Query countable, SearchRequest request) throws IOException {
        if (counted.top().scoreDocs.length >= counted.total()) {
            return groups.size();
        }
        return ResultCount.of(searcher, drillDown(countable, request, null));
    }

    /**
     * Browsing everything (or an index without facets): the index-wide counts, and a ranking that may skip whatever
     * cannot make the window (by date) and so counts hits only up to it; the total comes from the reader.
     */
    private static Counted rankOnly(BlogSearcher searcher, Query base, Query countable, SearchRequest request,
                                    SortOrder order, int window, boolean browsingAll, boolean grouped,
                                    long deadlineNanos) throws IOException {
        Query filtered = drillDown(base, request, null);
        TimeBudget<?, ? extends TopDocs> ranking = Ranking.collectorManager(order, window, window, deadlineNanos);
        TopDocs top = searcher.search(filtered, ranking);
        long total = browsingAll ? searcher.getIndexReader().numDocs()
                : searcher.count(drillDown(countable, request, null));
        return new Counted(top, total, allCounts(searcher, grouped), true, ranking.expired());
    }

    /**
     * Ranks the window and counts the matches and their facet values; each selected dimension is counted again under
     * the other filters only, as DrillSideways does. With one selection while browsing, that is the whole index's
     * counts. On a small index one pass does both (every match is scored, and the ranking counts them all too). On a
     * large one a relevance ranking runs on its own, where Lucene skips the blocks of documents that cannot make the
     * window, and a second pass counts the matches without scoring them: a common word matches hundreds of thousands
     * of documents, and scoring them all costs more than visiting them twice.
     */
    private static Counted rankAndCount(BlogSearcher searcher, Query base, Query countable, SearchRequest request,
                                        SortOrder order, int window, boolean everything, boolean grouped,
                                        boolean large, long deadlineNanos) throws IOException {
        Query filtered = drillDown(base, request, null);
        Ranked ranked = order == SortOrder.RELEVANCE && large
                ? rankThenCount(searcher, filtered, drillDown(countable, request, null), order, window, grouped,
                        deadlineNanos)
                : rankWhileCounting(searcher, filtered, order, window, grouped, deadlineNanos);
        FacetPass matches = ranked.matches();
        boolean expired = ranked.expired();
        boolean exact = matches.exact();
        Map<String, FacetResult> facets = new HashMap<>();
        for (String dim : searcher.dims()) {
            facets.put(dim, matches.top(dim));
        }
        List<String> selectedDims = searcher.dims().stream().filter(dim -> !request.selected(dim).isEmpty()).toList();
        for (String dim : selectedDims) {
            if (everything && selectedDims.size() == 1) {
                facets.put(dim, allCounts(searcher, grouped).get(dim));
            } else {
                FacetPass sideways = FacetPass.run(searcher, drillDown(countable, request, dim), deadlineNanos,
                        grouped);
                facets.put(dim, sideways.top(dim));
                exact &= sideways.exact();
                expired |= sideways.expired();
            }
        }
        return new Counted(ranked.top(), matches.total(), facets, exact, expired);
    }

    /** The window and the counts of the matches (before any sideways counts). */
    private record Ranked(TopDocs top, FacetPass matches, boolean expired) {
    }

    /** The ranking on its own (it may skip what cannot make the window), then the counting without scores. */
    private static Ranked rankThenCount(BlogSearcher searcher, Query filtered, Query countable, SortOrder order,
                                        int window, boolean grouped, long deadlineNanos) throws IOException {
        TimeBudget<?, ? extends TopDocs> ranking = Ranking.collectorManager(order, window, window, deadlineNanos);
        TopDocs top = searcher.search(filtered, ranking);
        FacetPass matches = FacetPass.run(searcher, countable, deadlineNanos, grouped);
        return new Ranked(top, matches, ranking.expired() || matches.expired());
    }

    /** One pass scoring every match: ranking and counting together. */
    private static Ranked rankWhileCounting(BlogSearcher searcher, Query filtered, SortOrder order, int window,
                                            boolean grouped, long deadlineNanos) throws IOException {
        TimeBudget<?, ? extends TopDocs> ranking = Ranking.collectorManager(order, window, Integer.MAX_VALUE,
                deadlineNanos);
        Object[] both = searcher.search(filtered, new MultiCollectorManager(ranking, FacetPass.manager()));
        boolean expired = ranking.expired();
        return new Ranked((TopDocs) both[0],
                FacetPass.of(searcher, (MatchSampler) both[1], expired, grouped), expired);
    }

    /** The counts of every document: of results when hits are folded per post, else of documents. */
    private static Map<String, FacetResult> allCounts(BlogSearcher searcher, boolean grouped) throws IOException {
        return grouped ? searcher.allResultCounts() : searcher.allCounts();
    }

    /** The base query narrowed to the selected facet values of every dimension but {@code except} (may be null). */
    private static DrillDownQuery drillDown(Query base, SearchRequest request, String except) {
        DrillDownQuery drillDown = new DrillDownQuery(FacetDims.config(), base);
        for (String dim : request.filters().keySet()) {
            if (!dim.equals(except) && !dim.equals(SearchRequest.POST)) {
                request.selected(dim).forEach(value -> drillDown.add(dim, value));
            }
        }
        return drillDown;
    }

    /** Whether the base query matches every document: nothing typed that filters, no date range, no post. */
    private static boolean matchesEverything(UserQuery user, SearchRequest request) {
        return user.isEmpty() && user.excluded().isEmpty() && request.from() == null && request.to() == null
                && request.selected(SearchRequest.POST).isEmpty();
    }

    /**
     * Hits are folded per post unless the person chose entity types or one post: asking for quotes means every
     * matching quote, even several from one post.
     */
    private static boolean grouped(UserQuery user, SearchRequest request) {
        return request.selected(FacetDims.TYPE).isEmpty() && request.selected(SearchRequest.POST).isEmpty()
                && user.fields().stream().noneMatch(f -> f.field() == UserQuery.QueryField.TYPE);
    }

    private static Query baseQuery(Query query, SearchRequest request) {
        List<String> posts = request.selected(SearchRequest.POST);
        if (request.from() == null && request.to() == null && posts.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.from() != null || request.to() != null) {
            base.add(SearchQueryBuilder.dateRange(request.from(), request.to()), Occur.FILTER);
        }
        if (!posts.isEmpty()) {
            BooleanQuery.Builder anyPost = new BooleanQuery.Builder();
            posts.forEach(post -> anyPost.add(new TermQuery(new Term(Fields.POST_ID, post)), Occur.SHOULD));
            base.add(anyPost.build(), Occur.FILTER);
        }
        return base.build();
    }
}
