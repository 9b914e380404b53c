package io.blogsearch.api;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search}.
 *
 * @param query      the query as received (after trimming to the length limit)
 * @param total      number of matching entities, before grouping per post
 * @param page       the page served, from 1
 * @param size       hits per page asked for
 * @param tookMs     time spent in the search layer
 * @param hits       one hit per post at most (the best entity), in rank order
 * @param facets     per dimension, the values with counts under the other dimensions' filters
 * @param facetsExact true when the facet counts are exact; false when the query matched so many documents that they
 *                    are estimated from a random sample (see the README)
 * @param didYouMean a corrected query from the index vocabulary when there are few hits, else null
 * @param timedOut   true when the time budget ran out and the hits are partial
 */
public record SearchResponse(String query, long total, int page, int size, long tookMs, List<Hit> hits,
                             Map<String, List<FacetValue>> facets, boolean facetsExact, String didYouMean,
                             boolean timedOut) {
}
