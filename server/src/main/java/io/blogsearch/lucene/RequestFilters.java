package io.blogsearch.lucene;

import io.blogsearch.lucene.ranking.SearchQueryBuilder;
import io.blogsearch.query.SearchRequest;
import io.blogsearch.query.UserQuery;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** What a request's filters make of a query on this index: date range, post, facet drill-downs, grouping. */
final class RequestFilters {

    private RequestFilters() {
    }

    /**
     * The request without filters on facets this index does not have: a taxonomy parameter is read by name, and a name
     * no page uses (or a parameter that is no facet at all) narrows nothing, as unknown parameters never did.
     */
    static SearchRequest known(BlogSearcher searcher, SearchRequest request) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((dim, values) -> {
            if (dim.equals(SearchRequest.POST) || searcher.dims().contains(dim)) {
                filters.put(dim, values);
            }
        });
        return filters.size() == request.filters().size() ? request : request.withFilters(filters);
    }

    /** The query narrowed to the request's date range and posts (facet values are drilled down separately). */
    static Query base(Query query, SearchRequest request) {
        List<String> posts = request.selected(SearchRequest.POST);
        if (request.from() == null && request.to() == null && posts.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (request.from() != null || request.to() != null) {
            base.add(SearchQueryBuilder.dateRange(request.from(), request.to()), Occur.FILTER);
        }
        if (!posts.isEmpty()) {
            BooleanQuery.Builder anyPost = new BooleanQuery.Builder();
            posts.forEach(post -> anyPost.add(new TermQuery(new Term(Fields.POST_ID, post)), Occur.SHOULD));
            base.add(anyPost.build(), Occur.FILTER);
        }
        return base.build();
    }

    /** The base query narrowed to the selected facet values of every dimension but {@code except} (may be null). */
    static DrillDownQuery drillDown(Query base, SearchRequest request, String except) {
        DrillDownQuery drillDown = new DrillDownQuery(FacetDims.config(), base);
        for (String dim : request.filters().keySet()) {
            if (!dim.equals(except) && !dim.equals(SearchRequest.POST)) {
                request.selected(dim).forEach(value -> drillDown.add(dim, value));
            }
        }
        return drillDown;
    }

    /** Whether the base query matches every document: nothing typed that filters, no date range, no post. */
    static boolean matchesEverything(UserQuery user, SearchRequest request) {
        return user.isEmpty() && user.excluded().isEmpty() && request.from() == null && request.to() == null
                && request.selected(SearchRequest.POST).isEmpty();
    }

    /**
     * Hits are folded per post unless the person chose entity types or one post: asking for quotes means every
     * matching quote, even several from one post.
     */
    static boolean grouped(UserQuery user, SearchRequest request) {
        return request.selected(FacetDims.TYPE).isEmpty() && request.selected(SearchRequest.POST).isEmpty()
                && user.fields().stream().noneMatch(f -> f.field() == UserQuery.QueryField.TYPE);
    }
}
