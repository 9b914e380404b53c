package io.blogsearch.opensearch.write;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one committed build did in the cluster.
 *
 * @param index         the concrete entity index written
 * @param rebuilt       whether it was a new index the alias now points at
 * @param documents     entity and state documents sent
 * @param pagesReplaced source files whose documents were written
 * @param pagesDeleted  source files whose documents were removed
 */
public record WriteReport(String index, boolean rebuilt, int documents, int pagesReplaced, int pagesDeleted) {

    /** Counts a build's writes as they happen; {@link #committed} makes the report. */
    static final class Counter {
        private final AtomicInteger replaced = new AtomicInteger();
        private final AtomicInteger deleted = new AtomicInteger();
        private volatile WriteReport report;

        void replaced() {
            replaced.incrementAndGet();
        }

        void deleted() {
            deleted.incrementAndGet();
        }

        void committed(String index, boolean rebuilt, int documents) {
            report = new WriteReport(index, rebuilt, documents, replaced.get(), deleted.get());
        }

        /** The report of the commit, or null before one. */
        WriteReport report() {
            return report;
        }
    }
}
