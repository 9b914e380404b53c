package io.blogsearch.write;

/** Another build holds the index's write lock; this build did not touch the index. */
public final class IndexLockedException extends Exception {

    /** The locked index and the lock failure. */
    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
