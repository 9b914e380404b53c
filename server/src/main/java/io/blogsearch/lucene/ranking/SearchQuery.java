package io.blogsearch.lucene.ranking;

import io.blogsearch.query.UserQuery;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The Lucene side of a {@link UserQuery}.
 *
 * @param query     what selects and ranks documents (without the facet filters of the request)
 * @param matching  the documents {@code query} selects, unscored: what counting them walks, cheaper than the query
 * @param highlight the same words on the stored, highlighted fields, for snippets; null when nothing is scored
 * @param words     the unstemmed free words, for "did you mean"
 */
public record SearchQuery(Query query, Query matching, Query highlight, List<String> words) {
}
