package io.blogsearch.engine;

/** No committed index is open yet: the server answers 503 until one appears. */
public final class IndexNotReadyException extends IllegalStateException {

    /** The index at {@code where} (a folder, or an index on a cluster) is missing or has no commit. */
    public IndexNotReadyException(String where) {
        super("no index at " + where + " yet");
    }
}
