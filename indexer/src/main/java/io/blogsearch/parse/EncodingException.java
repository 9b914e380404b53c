package io.blogsearch.parse;

/** Content that is not valid UTF-8: its bad bytes are replaced and the rest indexed. */
public final class EncodingException extends PageProblemException {

    /** The problem with its reason and 1-based line (0 when unknown). */
    public EncodingException(String reason, int line) {
        super(reason, line, false);
    }
}
