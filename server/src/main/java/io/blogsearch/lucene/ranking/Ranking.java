package io.blogsearch.lucene.ranking;

import io.blogsearch.lucene.TimeBudget;
import io.blogsearch.query.SortOrder;
import io.blogsearch.schema.Fields;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The hit collectors of each {@link SortOrder}. Hits are counted exactly up to {@code countUpTo}: beyond it Lucene may
 * skip documents that cannot make the window (by the date index), and the caller counts the total itself.
 */
public final class Ranking {

    private Ranking() {
    }

    /** Top {@code window} hits in the given order, collected until {@code deadlineNanos}. */
    public static TimeBudget<?, ? extends TopDocs> collectorManager(SortOrder order, int window, int countUpTo,
                                                            long deadlineNanos) {
        return switch (order) {
            case RELEVANCE -> new TimeBudget<>(new TopScoreDocCollectorManager(window, null, countUpTo),
                    deadlineNanos);
            case NEWEST -> new TimeBudget<>(new TopFieldCollectorManager(byDate(true), window, null, countUpTo),
                    deadlineNanos);
            case OLDEST -> new TimeBudget<>(new TopFieldCollectorManager(byDate(false), window, null, countUpTo),
                    deadlineNanos);
        };
    }

    private static Sort byDate(boolean newestFirst) {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, newestFirst);
        // Undated documents go last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }
}
