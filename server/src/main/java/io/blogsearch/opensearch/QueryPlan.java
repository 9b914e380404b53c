package io.blogsearch.opensearch;

import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.UserQuery;
import java.util.List;

/**
 * One search as the engine sends it: the request (without filters on facets the index lacks), what the reader typed,
 * the words that get typo variants ({@link ClusterVocabulary}) and the index's facet dimensions.
 */
record QueryPlan(SearchRequest request, UserQuery user, List<String> typos, List<String> dims) {
}
