package io.blogsearch.lucene.facet;

import io.blogsearch.api.FacetValue;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.schema.FacetDims;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Reads the disjunctive (drill-sideways) facet counts into the API's lists, keeping selected values even when they
 * count zero.
 */
public final class FacetCounts {

    /** Values listed per dimension; the page shows a few and offers "show more". */
    static final int MAX_VALUES = 200;

    private FacetCounts() {
    }

    /** The values of every dimension, each from its own top counts ({@code countsByDim}; absent or null: none). */
    public static Map<String, List<FacetValue>> read(Map<String, FacetResult> countsByDim, SearchRequest request,
                                              List<String> dims) {
        Map<String, List<FacetValue>> result = new LinkedHashMap<>();
        for (String dim : dims) {
            List<String> selected = request.selected(dim);
            List<FacetValue> values = new ArrayList<>();
            FacetResult counts = countsByDim.get(dim);
            if (counts != null) {
                for (LabelAndValue lv : counts.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.intValue(), selected.contains(lv.label)));
                }
            }
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            // A built-in dimension is always listed (the API's fixed shape); a taxonomy only when it has values.
            if (!values.isEmpty() || FacetDims.ALL.contains(dim)) {
                result.put(dim, values);
            }
        }
        return result;
    }

    /** The top values of every one of {@code dims} that has values in the index. */
    public static Map<String, FacetResult> top(Facets facets, List<String> dims) throws IOException {
        Map<String, FacetResult> result = new HashMap<>();
        for (String dim : dims) {
            FacetResult counts = top(facets, dim);
            if (counts != null) {
                result.put(dim, counts);
            }
        }
        return result;
    }

    /** The top values of one dimension, or null when the index has none. */
    public static FacetResult top(Facets facets, String dim) throws IOException {
        try {
            return facets.getTopChildren(MAX_VALUES, dim);
        } catch (IllegalArgumentException e) {
            // The dimension has no value in this index (e.g. no talks yet): an empty list, not an error.
            return null;
        }
    }
}
