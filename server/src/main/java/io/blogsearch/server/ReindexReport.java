package io.blogsearch.server;

import java.time.Instant;

/**
 * The outcome of one reindex.
 *
 * @param trigger        what asked for it: startup, watch or admin
 * @param finishedAt     when it ended
 * @param durationMillis how long it took
 * @param summary        the indexer's summary line
 */
public record ReindexReport(String trigger, Instant finishedAt, long durationMillis, String summary) {
}
