package io.blogsearch.engine;

/** No committed index is open yet: the server answers 503 until one appears. */
public final class IndexNotReadyException extends IllegalStateException {

    /** The index at {@code where} (a folder, or an index on a cluster) is missing or has no commit. */
    public IndexNotReadyException(String where) {
        this("no index at " + where + " yet", true);
    }

    private IndexNotReadyException(String message, boolean whole) {
        super(message);
    }

    /** The index cannot be searched now for {@code reason} (a whole sentence, e.g. the cluster's answer). */
    public static IndexNotReadyException because(String reason) {
        return new IndexNotReadyException(reason, true);
    }
}
