package io.blogsearch.search;

import io.blogsearch.schema.Fields;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** The hit collectors of each {@link SortOrder}; totals are always counted exactly. */
final class Ranking {

    private Ranking() {
    }

    /** Top {@code window} hits in the given order, collected within the time budget. */
    static TimeBudget<?, ? extends TopDocs> collectorManager(SortOrder order, int window, long budgetMillis) {
        return switch (order) {
            case RELEVANCE -> new TimeBudget<>(new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE),
                    budgetMillis);
            case NEWEST -> new TimeBudget<>(new TopFieldCollectorManager(byDate(true), window, null,
                    Integer.MAX_VALUE), budgetMillis);
            case OLDEST -> new TimeBudget<>(new TopFieldCollectorManager(byDate(false), window, null,
                    Integer.MAX_VALUE), budgetMillis);
        };
    }

    private static Sort byDate(boolean newestFirst) {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
        // Undated documents go last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }
}
