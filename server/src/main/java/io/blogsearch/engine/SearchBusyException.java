package io.blogsearch.engine;

/** A search could not start within its time budget because others held every turn: the server answers 503. */
public final class SearchBusyException extends IllegalStateException {

    /** Busy with {@code concurrency} searches running and {@code waiting} more waiting. */
    public SearchBusyException(int concurrency, int waiting) {
        super("server busy: " + concurrency + " searches running and " + waiting
                + " more waiting took this search's whole time budget; try again shortly");
    }
}
