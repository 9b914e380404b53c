package io.blogsearch.search;

/** A search could not start within its time budget because others held every turn: the server answers 503. */
public final class SearchBusyException extends IllegalStateException {

    SearchBusyException(int concurrency, int waiting) {
        super("server busy: " + concurrency + " searches running and " + waiting
                + " more waiting took this search's whole time budget; try again shortly");
    }
}
