package io.blogsearch.write;

import io.blogsearch.parse.PreparedPage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pages prepared by a build's reading pass, kept for its rendering pass within a budget of source bytes. Every
 * permalink must be known before any page renders, so without them a file is read, hashed and prepared twice; with
 * them a blog of a few megabytes is prepared once, and past the budget files are prepared again as before, so a large
 * site is never held whole.
 */
final class PreparedPages {

    /** Source bytes kept at most: a blog of some thousand posts, a few tens of megabytes of heap at the most. */
    static final long BUDGET_BYTES = 8L * 1024 * 1024;

    private final Map<String, PreparedPage> kept = new ConcurrentHashMap<>();
    private final AtomicLong bytesLeft;

    PreparedPages(long budgetBytes) {
        this.bytesLeft = new AtomicLong(budgetBytes);
    }

    /** Keeps {@code page}, prepared from {@code sourceBytes} bytes, if the budget still has room for them. */
    void offer(PreparedPage page, long sourceBytes) {
        long before = bytesLeft.getAndUpdate(left -> left >= sourceBytes ? left - sourceBytes : left);
        if (before >= sourceBytes) {
            kept.put(page.path(), page);
        }
    }

    /** The page kept for {@code path}, handed over once (its room is not given back), or null. */
    PreparedPage take(String path) {
        return kept.remove(path);
    }
}
