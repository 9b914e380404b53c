package io.blogsearch.server;

import io.blogsearch.engine.SearchEngine;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reindexes one at a time, whoever asks (startup, the site watcher, the admin API), and remembers the last one
 * for the metrics. Searches never wait for it: they keep using the last committed index until the refresh.
 */
public final class ReindexCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(ReindexCoordinator.class);

    private final Reindexer reindexer;
    private final SearchEngine engine;
    // Serialises writers only; IndexWriter allows one per directory.
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicReference<ReindexReport> last = new AtomicReference<>();

    /** A coordinator running the given reindexer into the index {@code engine} searches. */
    public ReindexCoordinator(Reindexer reindexer, SearchEngine engine) {
        this.reindexer = reindexer;
        this.engine = engine;
    }

    /** Reindexes now (waiting for a running reindex first) and makes the result searchable at once. */
    public ReindexReport run(String trigger) throws Exception {
        writing.lock();
        try {
            long start = System.nanoTime();
            String summary = reindexer.reindex();
            engine.refresh();
            ReindexReport report = new ReindexReport(trigger, Instant.now(), (System.nanoTime() - start) / 1_000_000,
                    summary);
            last.set(report);
            LOG.info("reindex ({}) done in {} ms: {}", trigger, report.durationMillis(), summary);
            return report;
        } finally {
            writing.unlock();
        }
    }

    /** The last finished reindex, if any. */
    public Optional<ReindexReport> last() {
        return Optional.ofNullable(last.get());
    }
}
