package io.blogsearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import io.blogsearch.api.FacetValue;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.schema.FacetDims;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the facet aggregations of {@link SearchBody} into the API's facets, as the Lucene engine lists them: every
 * built-in dimension (a taxonomy only when it has values), values by count, selected values always present; counts are
 * of results (posts once, with their folded entities) when hits are folded per post, else of documents.
 */
final class FacetReader {

    /** Most values listed per dimension. */
    static final int MAX_VALUES = 200;
    /** Name of the aggregation counting the results under every filter. */
    static final String RESULTS = "_results";

    private FacetReader() {
    }

    /** The facets of an answer's aggregations. */
    static Map<String, List<FacetValue>> read(JsonNode aggregations, SearchRequest request, List<String> dims,
                                              boolean grouped) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : dims) {
            List<String> selected = request.selected(dim);
            List<FacetValue> values = new ArrayList<>();
            for (JsonNode bucket : aggregations.path(dim).path("values").path("buckets")) {
                String value = bucket.path("key_as_string").asText(bucket.path("key").asText());
                long count = grouped ? bucket.path("results").path("value").asLong()
                        : bucket.path("doc_count").asLong();
                values.add(new FacetValue(value, (int) count, selected.contains(value)));
            }
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, 0, true));
                }
            }
            if (!values.isEmpty() || FacetDims.ALL.contains(dim)) {
                facets.put(dim, values);
            }
        }
        return facets;
    }

    /** Whether every count of results is below the threshold up to which OpenSearch counts them exactly. */
    static boolean exact(Map<String, List<FacetValue>> facets, boolean grouped) {
        return !grouped || facets.values().stream().flatMap(List::stream)
                .allMatch(value -> value.count() <= SearchBody.PRECISION);
    }

    /** The number of results (posts) under every filter, when hits are folded per post. */
    static long results(JsonNode aggregations) {
        return aggregations.path(RESULTS).path("results").path("value").asLong();
    }
}
