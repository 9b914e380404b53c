package io.blogsearch.parse;

/** A front matter date Hugo refuses (e.g. {@code 2018-13-45}): the page is indexed without that date. */
public final class InvalidDateException extends PageProblemException {

    /** The problem with its reason and 1-based line (0 when unknown). */
    public InvalidDateException(String reason, int line) {
        super(reason, line, false);
    }
}
