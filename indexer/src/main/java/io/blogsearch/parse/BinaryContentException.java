package io.blogsearch.parse;

/** A content file that holds binary data: the file is skipped. */
public final class BinaryContentException extends PageProblemException {

    /** The problem with its reason and 1-based line (0 when unknown). */
    public BinaryContentException(String reason, int line) {
        super(reason, line, true);
    }
}
