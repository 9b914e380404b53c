package io.blogsearch.lucene.facet;

import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.lucene.hits.CopyGroups;
import io.blogsearch.lucene.hits.ResultCount;
import io.blogsearch.schema.FacetDims;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of the results a reader can page through when hits are folded per post, as {@link ResultCount} counts
 * the total: a value counts each post among whose matching documents one carries it once, and each document of no
 * post once; a repeated section counts once, unless a post of one of its copies is counted anyway. The post of a
 * document comes from doc values read once per reader ({@link BlogSearcher#postOrdinal}), not stored fields.
 * The entity type is the exception: choosing a type lists every matching entity of it, so its values count documents.
 */
public final class ResultFacetCounts {

    private final Results[] byOrdinal;
    private final Results all = new Results();
    private final SortedSetDocValuesReaderState state;
    private final FacetOrdinals ordinals;

    private ResultFacetCounts(SortedSetDocValuesReaderState state, FacetOrdinals ordinals) {
        this.state = state;
        this.ordinals = ordinals;
        this.byOrdinal = new Results[state.getSize()];
    }

    /** Counts the results among {@code matches} per facet value, and all of them. */
    static ResultFacetCounts of(BlogSearcher searcher, FacetsCollector matches) throws IOException {
        ResultFacetCounts counts = new ResultFacetCounts(searcher.facetState(), searcher.facetOrdinals());
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            if (segment.bits == null || segment.totalHits == 0) {
                continue;
            }
            // Each segment's own ordinals, mapped to the index's: the index-wide view would find the segment of
            // every document again.
            SortedSetDocValues values = DocValues.getSortedSet(segment.context.reader(), counts.state.getField());
            LongValues global = counts.ordinals.toIndex(segment.context.ord);
            DocIdSetIterator docs = segment.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int post = searcher.postOrdinal(segment.context, doc);
                int copies = searcher.copyGroup(segment.context, doc);
                counts.all.add(post, copies);
                if (values.advanceExact(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        counts.results((int) global.get(values.nextOrd())).add(post, copies);
                    }
                }
            }
        }
        return counts;
    }

    private Results results(int ordinal) {
        Results results = byOrdinal[ordinal];
        if (results == null) {
            results = new Results();
            byOrdinal[ordinal] = results;
        }
        return results;
    }

    /** The results among all the matches, as {@link ResultCount} counts them. */
    long total() {
        return all.count();
    }

    /** The top values of {@code dim} by results, most first (ties in label order), or null when the index has none. */
    FacetResult top(String dim, int topN) throws IOException {
        boolean byResult = !FacetDims.TYPE.equals(dim);
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return null;
        }
        List<int[]> counted = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            Results results = byOrdinal[ord];
            if (results != null) {
                counted.add(new int[] {ord, (int) (byResult ? results.count() : results.documents)});
            }
        }
        counted.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        List<LabelAndValue> top = new ArrayList<>();
        for (int[] entry : counted.subList(0, Math.min(topN, counted.size()))) {
            top.add(new LabelAndValue(ordinals.label(entry[0]), entry[1]));
        }
        // The dimension's own count is not used: -1, as Lucene reports it for a multi-valued dimension.
        return new FacetResult(dim, new String[0], -1, top.toArray(new LabelAndValue[0]), counted.size());
    }

    /** The results carrying one value, counted as {@link ResultCount} counts all of them. */
    private static final class Results {
        private final BitSet posts = new BitSet();
        private CopyGroups copyGroups;
        private long loose;
        private long documents;

        void add(int post, int copies) {
            documents++;
            if (copies >= 0) {
                if (copyGroups == null) {
                    copyGroups = new CopyGroups();
                }
                copyGroups.add(copies, post);
            } else if (post >= 0) {
                posts.set(post);
            } else {
                loose++;
            }
        }

        long count() {
            return posts.cardinality() + loose + (copyGroups == null ? 0 : copyGroups.uncounted(posts));
        }
    }
}
