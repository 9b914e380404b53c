package io.blogsearch.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

/**
 * A per-request time budget at the collector: once the deadline passes, every segment stops collecting and the hits
 * so far are returned as partial. (IndexSearcher's own timeout scores in windows, which DrillSideways' scorer does
 * not support, so the budget lives here.)
 */
public final class TimeBudget<C extends Collector, R> implements CollectorManager<TimeBudget.Budgeted<C>, R> {

    /** Documents collected between two clock reads. */
    private static final int CHECK_EVERY = 256;

    private final CollectorManager<C, R> delegate;
    private final long deadlineNanos;
    private final AtomicBoolean expired = new AtomicBoolean();

    /** A budget ending at {@code deadlineNanos} ({@link System#nanoTime()} clock), shared by a request's passes. */
    public TimeBudget(CollectorManager<C, R> delegate, long deadlineNanos) {
        this.delegate = delegate;
        this.deadlineNanos = deadlineNanos;
    }

    /** Whether the budget ran out during collection. */
    public boolean expired() {
        return expired.get();
    }

    @Override
    public Budgeted<C> newCollector() throws IOException {
        return new Budgeted<>(delegate.newCollector(), this);
    }

    @Override
    public R reduce(Collection<Budgeted<C>> collectors) throws IOException {
        List<C> inner = new ArrayList<>(collectors.size());
        collectors.forEach(c -> inner.add(c.inner));
        return delegate.reduce(inner);
    }

    private boolean overdue() {
        if (expired.get()) {
            return true;
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            expired.set(true);
            return true;
        }
        return false;
    }

    /** A collector that stops its segment once the budget is spent. */
    static final class Budgeted<C extends Collector> extends FilterCollector {

        private final C inner;
        private final TimeBudget<C, ?> budget;

        Budgeted(C inner, TimeBudget<C, ?> budget) {
            super(inner);
            this.inner = inner;
            this.budget = budget;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (budget.overdue()) {
                throw new CollectionTerminatedException();
            }
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                private int collected;

                @Override
                public void collect(int doc) throws IOException {
                    if (++collected % CHECK_EVERY == 0 && budget.overdue()) {
                        throw new CollectionTerminatedException();
                    }
                    in.collect(doc);
                }

                @Override
                public void collect(DocIdStream stream) throws IOException {
                    // A window of matches at once (a disjunction counted without scores): passed on whole, with one
                    // clock read per window, rather than one call per document through this wrapper.
                    if (budget.overdue()) {
                        throw new CollectionTerminatedException();
                    }
                    in.collect(stream);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    // Keeps the sort optimisation (skipping documents that cannot make the top by date).
                    return in.competitiveIterator();
                }
            };
        }
    }
}
