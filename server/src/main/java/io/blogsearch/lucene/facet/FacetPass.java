package io.blogsearch.lucene.facet;

import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.lucene.TimeBudget;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The documents matching a query, counted with their facet values. Up to {@link #EXACT_UP_TO} matches the counts are
 * exact; beyond that they are estimated from a sample of {@link #SAMPLE_SIZE} to twice that many matches, drawn while
 * collecting ({@link MatchSampler}) and scaled by the share of the matches it holds, because counting the values of
 * half a million documents costs tens of milliseconds on every keystroke. The total is always exact, and a query gives
 * the same estimate every time.
 *
 * <p>When hits are folded per post, the exact counts are of results ({@link ResultFacetCounts}): a post with several
 * matching documents carrying a value counts once, as in {@code total}. Sampled counts stay estimates of matching
 * documents: a sample of documents says little about how many distinct posts hold them, and the response says the
 * counts are not exact.
 */
public final class FacetPass {

    /** Matches counted exactly: a blog of a thousand posts (some six thousand entities) never goes past it. */
    static final int EXACT_UP_TO = 10_000;
    /**
     * The least sample counted beyond that. Counting the values of the sample is a large part of a search for a common
     * word on a 100,000-post archive. With 2,000 to 4,000 matches, a value holding a tenth of them is estimated with a
     * standard error of 5-7% (on that archive: up to 13% off for such values, at most 5% for values holding half).
     */
    static final int SAMPLE_SIZE = 2_000;
    /**
     * For the facet-cost benchmark only ({@code server/src/bench/facet-cost.sh}): true counts matching documents, as
     * before counts were of results, so both ways can be timed on the same build.
     */
    static final boolean ENTITY_COUNTS = Boolean.getBoolean("blogsearch.bench.entityFacetCounts");

    private final MatchSampler matches;
    private final Facets facets;
    private final ResultFacetCounts results;
    private final boolean expired;

    private FacetPass(BlogSearcher searcher, MatchSampler matches, boolean expired, boolean grouped)
            throws IOException {
        this.matches = matches;
        this.expired = expired;
        boolean byResult = grouped && matches.exact() && !ENTITY_COUNTS;
        this.facets = byResult ? null : new SortedSetDocValuesFacetCounts(searcher.facetState(), matches.keptMatches());
        this.results = byResult ? ResultFacetCounts.of(searcher, matches.keptMatches()) : null;
    }

    /** The collector manager to search with, beside others; {@link #of} reads its result. */
    public static CollectorManager<MatchSampler, MatchSampler> manager() {
        return MatchSampler.manager(EXACT_UP_TO, SAMPLE_SIZE);
    }

    /**
     * The counts collected by a {@link #manager()} (the searcher must have facets); of results when {@code grouped}
     * (hits folded per post), else of matching documents.
     */
    public static FacetPass of(BlogSearcher searcher, MatchSampler collected, boolean expired, boolean grouped)
            throws IOException {
        return new FacetPass(searcher, collected, expired, grouped);
    }

    /** Counts the matches of {@code query} alone, without scoring, until {@code deadlineNanos}. */
    public static FacetPass run(BlogSearcher searcher, Query query, long deadlineNanos, boolean grouped)
            throws IOException {
        return run(searcher, query, deadlineNanos, EXACT_UP_TO, SAMPLE_SIZE, grouped);
    }

    /** As above, exact up to {@code exactUpTo} matches and sampling from {@code sampleSize} beyond. */
    public static FacetPass run(BlogSearcher searcher, Query query, long deadlineNanos, int exactUpTo, int sampleSize,
                         boolean grouped) throws IOException {
        TimeBudget<MatchSampler, MatchSampler> budget = new TimeBudget<>(
                MatchSampler.manager(exactUpTo, sampleSize), deadlineNanos);
        MatchSampler collected = searcher.search(query, budget);
        return new FacetPass(searcher, collected, budget.expired(), grouped);
    }

    /** The result counts of every dimension over every live document, all of them counted exactly. */
    public static Map<String, FacetResult> allResults(BlogSearcher searcher) throws IOException {
        FacetPass all = run(searcher, new MatchAllDocsQuery(), Long.MAX_VALUE, Integer.MAX_VALUE, SAMPLE_SIZE, true);
        Map<String, FacetResult> counts = new HashMap<>();
        for (String dim : searcher.dims()) {
            FacetResult top = all.top(dim);
            if (top != null) {
                counts.put(dim, top);
            }
        }
        return Map.copyOf(counts);
    }

    /** Documents matching the query (exact, unless the time budget ran out). */
    public long total() {
        return matches.total();
    }

    /**
     * The results among the matches, hits folded per post as {@code total} counts them when grouped; -1 unless they
     * were counted here (the counts are of results and every match was seen).
     */
    public long results() {
        return results == null || expired ? -1 : results.total();
    }

    /** Whether the counts are exact rather than estimated from a sample. */
    public boolean exact() {
        return matches.exact();
    }

    /** Whether the time budget ran out before every match was seen. */
    public boolean expired() {
        return expired;
    }

    /** The top values of {@code dim} among the matches, or null when the index has none. */
    public FacetResult top(String dim) throws IOException {
        if (results != null) {
            return results.top(dim, FacetCounts.MAX_VALUES);
        }
        FacetResult counts = FacetCounts.top(facets, dim);
        return exact() || counts == null ? counts : scaled(counts);
    }

    /**
     * Sample counts scaled up by the sampling rate, never above the total. (Lucene's own amortizeFacetCounts also caps
     * each value by its document frequency, one term lookup per value and segment: most of the cost it saves.)
     */
    private FacetResult scaled(FacetResult counts) {
        long total = total();
        double rate = matches.samplingRate();
        LabelAndValue[] values = new LabelAndValue[counts.labelValues.length];
        for (int i = 0; i < values.length; i++) {
            long estimate = Math.round(counts.labelValues[i].value.doubleValue() / rate);
            values[i] = new LabelAndValue(counts.labelValues[i].label, (int) Math.min(total, estimate));
        }
        return new FacetResult(counts.dim, counts.path, (int) Math.min(total, Math.round(counts.value.doubleValue()
                / rate)), values, counts.childCount);
    }
}
