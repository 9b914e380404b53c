package io.blogsearch.parse;

/** A shortcode whose delimiters are never closed: its text is kept as plain text. */
public final class UnclosedShortcodeException extends PageProblemException {

    /** The problem with its reason and 1-based line (0 when unknown). */
    public UnclosedShortcodeException(String reason, int line) {
        super(reason, line, false);
    }
}
