package io.blogsearch.opensearch;

import java.io.IOException;

/**
 * The cluster answered with an error status (the message carries OpenSearch's reason), refused the credentials, or
 * could not be reached at all (status 0). Messages never hold credentials.
 */
public final class OpenSearchException extends IOException {

    private final int status;

    /** An error answer with its HTTP status. */
    public OpenSearchException(int status, String message) {
        super("OpenSearch answered " + status + ": " + message);
        this.status = status;
    }

    /** The cluster could not be reached (connection refused, TLS handshake failed, timeout). */
    public OpenSearchException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
    }

    /** Whether the cluster refused the credentials (401) or their rights (403). */
    public boolean refusedCredentials() {
        return status == 401 || status == 403;
    }

    /** The HTTP status of the answer, 0 when there was none. */
    public int status() {
        return status;
    }
}
