package io.blogsearch.opensearch;

import java.io.IOException;

/** The cluster answered with an error status; the message carries OpenSearch's reason. */
public final class OpenSearchException extends IOException {

    private final int status;

    /** An error answer with its HTTP status. */
    public OpenSearchException(int status, String message) {
        super("OpenSearch answered " + status + ": " + message);
        this.status = status;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
