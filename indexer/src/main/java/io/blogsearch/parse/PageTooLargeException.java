package io.blogsearch.parse;

/** A page above the size limit: only its beginning is indexed. */
public final class PageTooLargeException extends PageProblemException {

    /** The problem with its reason and 1-based line (0 when unknown). */
    public PageTooLargeException(String reason, int line) {
        super(reason, line, false);
    }
}
