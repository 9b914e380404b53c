package io.blogsearch.query;

import io.blogsearch.schema.FacetDims;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A validated search: the typed text, facet filters (OR within a dimension, AND across), a date range and paging.
 *
 * @param text    what the person typed, possibly empty (browse newest first)
 * @param filters facet dimension ({@link FacetDims}) to the selected values; absent dimensions are unfiltered
 * @param from    earliest date, inclusive, or null
 * @param to      latest date, inclusive, or null
 * @param sort    order, or null for the default (relevance with text, newest without)
 * @param page    page number from 1
 * @param size    hits per page
 */
public record SearchRequest(String text, Map<String, List<String>> filters, LocalDate from, LocalDate to,
                            SortOrder sort, int page, int size) {

    /**
     * Filter key (beside the facet dimensions) for the entities of given posts, by source path: what "+n more in this
     * post" opens. Hits are then not folded per post.
     */
    public static final String POST = "post";
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        text = text == null ? "" : text;
        filters = Map.copyOf(filters);
    }

    /** A first page of the given text without filters. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Map.of(), null, null, null, 1, DEFAULT_SIZE);
    }

    /** The selected values of one dimension, empty when unfiltered. */
    public List<String> selected(String dim) {
        return filters.getOrDefault(dim, List.of());
    }

    /**
     * The sort actually used: the one asked for, else relevance when something typed scores documents and newest
     * first when nothing does (nothing typed, or only filters, exclusions or characters that are not words).
     */
    public SortOrder effectiveSort(boolean scored) {
        if (sort != null) {
            return sort;
        }
        return scored ? SortOrder.RELEVANCE : SortOrder.NEWEST;
    }

    /** This request with another filter set, keeping everything else. */
    public SearchRequest withFilters(Map<String, List<String>> newFilters) {
        return new SearchRequest(text, newFilters, from, to, sort, page, size);
    }
}
