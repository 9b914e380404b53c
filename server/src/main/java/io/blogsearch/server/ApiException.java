package io.blogsearch.server;

/** An error with its own HTTP status (401, 404, 409, 503 ...), answered as {@code {"error": message}}. */
public final class ApiException extends RuntimeException {

    private final int status;

    /** An error answered with the given status. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
