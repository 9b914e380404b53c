package io.blogsearch.search;

import io.blogsearch.schema.Fields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** The hit collectors of each {@link SortOrder}; totals are always counted exactly. */
final class Ranking {

    private Ranking() {
    }

    /** Top {@code window} hits in the given order. */
    static CollectorManager<?, ? extends TopDocs> collectorManager(SortOrder order, int window) {
        return switch (order) {
            case RELEVANCE -> new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
            case NEWEST -> new TopFieldCollectorManager(byDate(true), window, null, Integer.MAX_VALUE);
            case OLDEST -> new TopFieldCollectorManager(byDate(false), window, null, Integer.MAX_VALUE);
        };
    }

    private static Sort byDate(boolean newestFirst) {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
        // Undated documents go last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }
}
