package io.blogsearch.parse;

/** Front matter that cannot be parsed: the file is skipped. */
public final class FrontMatterException extends PageProblemException {

    /** The problem with its reason and 1-based line (0 when unknown). */
    public FrontMatterException(String reason, int line) {
        super(reason, line, true);
    }
}
