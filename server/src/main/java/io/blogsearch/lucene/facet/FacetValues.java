package io.blogsearch.lucene.facet;

import io.blogsearch.lucene.Analysis;
import io.blogsearch.schema.FacetDims;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Every value of the suggestable facet dimensions with its index-wide count, most frequent first. */
public final class FacetValues {

    /** Dimensions whose values are offered as suggestions. */
    public static final List<String> SUGGESTED = List.of(FacetDims.SPEAKER, FacetDims.CONFERENCE, FacetDims.TAG);
    private static final int MAX_VALUES = 100_000;

    private final Map<String, List<Entry>> byDim;

    private FacetValues(Map<String, List<Entry>> byDim) {
        this.byDim = byDim;
    }

    /** A value, its count, and its words normalized for prefix matching. */
    public record Entry(String value, int count, String normalized) {
    }

    /** The values of an index from its facet state and its index-wide counts (both null for an empty index). */
    public static FacetValues of(SortedSetDocValuesReaderState state, Facets counts) throws IOException {
        Map<String, List<Entry>> byDim = new HashMap<>();
        if (state == null) {
            return new FacetValues(byDim);
        }
        for (String dim : SUGGESTED) {
            List<Entry> entries = new ArrayList<>();
            FacetResult result = state.getOrdRange(dim) == null ? null
                    : counts.getTopChildren(MAX_VALUES, dim);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    entries.add(new Entry(lv.label, lv.value.intValue(), String.join(" ",
                            Analysis.exactTokens(lv.label))));
                }
            }
            byDim.put(dim, List.copyOf(entries));
        }
        return new FacetValues(byDim);
    }

    /** The values of a dimension, most frequent first. */
    public List<Entry> values(String dim) {
        return byDim.getOrDefault(dim, List.of());
    }
}
