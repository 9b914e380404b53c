package io.blogsearch.lucene.facet;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;

/**
 * The index-wide ordinals of one reader's facet values: how each segment's ordinals map to them, read once, and each
 * value's label, read on first use and kept. Every search with facets maps the values of its matches and names the
 * top values of every dimension; reading the mapping and the labels each time (the index-wide doc values of all
 * segments, a terms-dictionary seek and the path decoded per label) cost more than the counting itself.
 */
public final class FacetOrdinals {

    private final SortedSetDocValuesReaderState state;
    /** Null when the index has one segment: its ordinals are the index-wide ones. */
    private final OrdinalMap segmentsToIndex;
    /** Filled as values are named; two threads may both read one label, equally (a string is immutable). */
    private final String[] labels;

    /** The ordinals of the facet values of {@code state}. */
    public FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        SortedSetDocValues indexWide = state.getDocValues();
        this.segmentsToIndex = indexWide instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.labels = new String[state.getSize()];
    }

    /** The index-wide ordinal of each ordinal of segment {@code segment} (its position among the reader's leaves). */
    LongValues toIndex(int segment) {
        return segmentsToIndex == null ? LongValues.IDENTITY : segmentsToIndex.getGlobalOrds(segment);
    }

    /** The label (the last component of the value's path) of index-wide ordinal {@code ordinal}. */
    String label(int ordinal) throws IOException {
        String label = labels[ordinal];
        if (label == null) {
            // doc values are not shared across threads: a fresh view for each label not read before
            String[] path = FacetsConfig.stringToPath(state.getDocValues().lookupOrd(ordinal).utf8ToString());
            label = path[path.length - 1];
            labels[ordinal] = label;
        }
        return label;
    }
}
