package io.blogsearch.engine;

import java.nio.file.Path;

/** No committed index is open yet: the server answers 503 until one appears. */
public final class IndexNotReadyException extends IllegalStateException {

    /** The index at {@code indexDir} is missing or has no commit. */
    public IndexNotReadyException(Path indexDir) {
        super("no index at " + indexDir + " yet");
    }
}
