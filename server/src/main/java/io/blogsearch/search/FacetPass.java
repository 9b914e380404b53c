package io.blogsearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Query;

/**
 * The documents matching a query, counted with their facet values. Up to {@link #EXACT_UP_TO} matches the counts are
 * exact; beyond that they are estimated from a random sample of {@link #SAMPLE_SIZE} matches (Lucene's
 * {@link RandomSamplingFacetsCollector}, scaled by the sampling rate and capped by the total), because counting the
 * values of half a million documents costs tens of milliseconds on every keystroke. The total is always exact. The
 * sample's seed is fixed, so a query gives the same estimate every time.
 */
final class FacetPass {

    /** Matches counted exactly: a blog of a thousand posts (some six thousand entities) never goes past it. */
    static final int EXACT_UP_TO = 10_000;
    /**
     * Matches counted beyond that. Counting their values was the largest part of a search on a 100,000-post archive
     * with a sample of 10,000; with 2,500 a value holding a tenth of the matches is still estimated within about 6%.
     */
    static final int SAMPLE_SIZE = 2_500;
    private static final long SEED = 0x5eed_b10c5L;

    private final RandomSamplingFacetsCollector collector;
    private final int exactUpTo;
    private final Facets facets;
    private final long total;
    private final boolean expired;

    private FacetPass(BlogSearcher searcher, RandomSamplingFacetsCollector collector, int exactUpTo,
                      boolean expired) throws IOException {
        this.collector = collector;
        this.exactUpTo = exactUpTo;
        long matches = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getOriginalMatchingDocs()) {
            matches += docs.totalHits;
        }
        this.total = matches;
        this.expired = expired;
        // Every match up to exactUpTo, else the sample only.
        this.facets = new SortedSetDocValuesFacetCounts(searcher.facetState(),
                exact() ? everyMatch(collector) : collector);
    }

    /** The collector manager to search with, beside others; {@link #of} reads its result. */
    static CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> manager() {
        return manager(SAMPLE_SIZE);
    }

    private static CollectorManager<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> manager(
            int sampleSize) {
        return RandomSamplingFacetsCollector.createManager(sampleSize, SEED);
    }

    /** The counts collected by a {@link #manager()} (the searcher must have facets). */
    static FacetPass of(BlogSearcher searcher, RandomSamplingFacetsCollector collected, boolean expired)
            throws IOException {
        return new FacetPass(searcher, collected, EXACT_UP_TO, expired);
    }

    /** Counts the matches of {@code query} alone, without scoring, until {@code deadlineNanos}. */
    static FacetPass run(BlogSearcher searcher, Query query, long deadlineNanos) throws IOException {
        return run(searcher, query, deadlineNanos, EXACT_UP_TO, SAMPLE_SIZE);
    }

    /** As above, exact up to {@code exactUpTo} matches and sampling {@code sampleSize} beyond (at most exactUpTo). */
    static FacetPass run(BlogSearcher searcher, Query query, long deadlineNanos, int exactUpTo, int sampleSize)
            throws IOException {
        TimeBudget<RandomSamplingFacetsCollector, RandomSamplingFacetsCollector> budget = new TimeBudget<>(
                manager(sampleSize), deadlineNanos);
        RandomSamplingFacetsCollector collector = searcher.search(query, budget);
        return new FacetPass(searcher, collector, exactUpTo, budget.expired());
    }

    /** A view of the collected matches that gives every match rather than the sample. */
    private static FacetsCollector everyMatch(RandomSamplingFacetsCollector collector) {
        List<FacetsCollector.MatchingDocs> all = collector.getOriginalMatchingDocs();
        return new FacetsCollector() {
            @Override
            public List<MatchingDocs> getMatchingDocs() {
                return all;
            }
        };
    }

    /** Documents matching the query (exact, unless the time budget ran out). */
    long total() {
        return total;
    }

    /** Whether the counts are exact rather than estimated from a sample. */
    boolean exact() {
        return total <= exactUpTo;
    }

    /** Whether the time budget ran out before every match was seen. */
    boolean expired() {
        return expired;
    }

    /** The top values of {@code dim} among the matches, or null when the index has none. */
    FacetResult top(String dim) throws IOException {
        FacetResult counts = FacetCounts.top(facets, dim);
        return exact() || counts == null ? counts : scaled(counts);
    }

    /**
     * Sample counts scaled up by the sampling rate, never above the total. (Lucene's own amortizeFacetCounts also caps
     * each value by its document frequency, one term lookup per value and segment: most of the cost it saves.)
     */
    private FacetResult scaled(FacetResult counts) {
        double rate = collector.getSamplingRate();
        LabelAndValue[] values = new LabelAndValue[counts.labelValues.length];
        for (int i = 0; i < values.length; i++) {
            long estimate = Math.round(counts.labelValues[i].value.doubleValue() / rate);
            values[i] = new LabelAndValue(counts.labelValues[i].label, (int) Math.min(total, estimate));
        }
        return new FacetResult(counts.dim, counts.path, (int) Math.min(total, Math.round(counts.value.doubleValue()
                / rate)), values, counts.childCount);
    }
}
