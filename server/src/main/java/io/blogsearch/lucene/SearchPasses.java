package io.blogsearch.lucene;

import static io.blogsearch.lucene.RequestFilters.base;
import static io.blogsearch.lucene.RequestFilters.drillDown;

import io.blogsearch.api.FacetValue;
import io.blogsearch.api.Hit;
import io.blogsearch.lucene.facet.FacetCounts;
import io.blogsearch.lucene.facet.FacetPass;
import io.blogsearch.lucene.facet.MatchSampler;
import io.blogsearch.lucene.hits.HitGrouper;
import io.blogsearch.lucene.hits.PageHits;
import io.blogsearch.lucene.hits.ResultCount;
import io.blogsearch.lucene.ranking.Ranking;
import io.blogsearch.lucene.ranking.SearchQuery;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.SortOrder;
import io.blogsearch.query.UserQuery;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * The passes of one search over a searcher: the ranking of a window of hits, the counting of every match and of the
 * facet values (each selected dimension counted again under the other dimensions' filters, as DrillSideways does),
 * the folding of hits per post and the reading of the page served. Thread-safe.
 */
final class SearchPasses {

    /**
     * Documents from which a relevance ranking and the counting are separate passes (see {@link #rankAndCount}); some
     * 3,000 posts with their sections, quotes and figures. Below it both ways cost the same within noise.
     */
    static final int RANK_APART_FROM_DOCS = 20_000;
    /** Hits looked at for grouping: enough for the first pages of groups, bounded for latency. */
    private static final int MIN_WINDOW = 200;
    private static final int MAX_WINDOW = 5_000;

    private final int rankApartFromDocs;

    /** Passes ranking apart from counting on indexes of at least {@code rankApartFromDocs} documents. */
    SearchPasses(int rankApartFromDocs) {
        this.rankApartFromDocs = rankApartFromDocs;
    }

    /** One search's answer before it becomes a response: the total, the page of hits, the facets, the flags. */
    record Outcome(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean facetsExact,
                   boolean timedOut) {
    }

    /** The hits of one window and their counts, before grouping. */
    private record Counted(TopDocs top, long total, Map<String, FacetResult> facets, boolean exact, boolean expired,
                           long results) {
    }

    /**
     * Ranks and counts the matches of {@code query} under the request's filters, folds them per post when the request
     * asks for results, and reads the page of hits served.
     */
    Outcome run(BlogSearcher searcher, UserQuery user, SearchQuery query, SearchRequest request, long deadlineNanos)
            throws IOException {
        Query base = base(query.query(), request);
        Query countable = base(query.matching(), request);
        int window = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, request.page() * request.size() * 5));
        boolean everything = RequestFilters.matchesEverything(user, request);
        boolean browsingAll = everything && searcher.dims().stream().allMatch(dim -> request.selected(dim).isEmpty());
        SortOrder order = request.effectiveSort(query.highlight() != null);
        boolean grouped = RequestFilters.grouped(user, request);
        Counted counted = searcher.facetState() == null || browsingAll
                ? rankOnly(searcher, base, countable, request, order, window, browsingAll, grouped, deadlineNanos)
                : rankAndCount(searcher, base, countable, request, order, window, everything, grouped,
                        searcher.getIndexReader().maxDoc() >= rankApartFromDocs, deadlineNanos);
        List<HitGrouper.Group> groups = grouped
                ? HitGrouper.group(counted.top().scoreDocs, searcher,
                        order == SortOrder.RELEVANCE && query.highlight() != null)
                : HitGrouper.ungrouped(counted.top().scoreDocs);
        int from = Math.min(groups.size(), (request.page() - 1) * request.size());
        int to = Math.min(groups.size(), from + request.size());
        List<Hit> hits = PageHits.read(searcher, groups.subList(from, to), query);
        long total = grouped ? results(searcher, counted, groups, countable, request) : counted.total();
        return new Outcome(total, hits, FacetCounts.read(counted.facets(), request, searcher.dims()),
                counted.exact(), counted.expired());
    }

    /**
     * The results a reader can page through when hits are folded per post: the groups of the window when it holds
     * every match, else as the counting pass counted them, else counted over all matches ({@link ResultCount}).
     */
    private static long results(BlogSearcher searcher, Counted counted, List<HitGrouper.Group> groups,
                                Query countable, SearchRequest request) throws IOException {
        if (counted.top().scoreDocs.length >= counted.total()) {
            return groups.size();
        }
        if (counted.results() >= 0) {
            return counted.results();
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
        return new Counted(top, total, allCounts(searcher, grouped), true, ranking.expired(), -1);
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
        return new Counted(ranked.top(), matches.total(), facets, exact, expired,
                ranked.expired() ? -1 : matches.results());
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
}
