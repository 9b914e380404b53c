package io.blogsearch.parse;

/**
 * A problem with one content file, with the line where it was found when known. The build counts it, reports
 * it with the file's path and goes on: {@link #skipsFile()} says whether the file was left out or indexed as
 * well as possible.
 */
public class PageProblemException extends Exception {

    private final int line;
    private final boolean skipsFile;

    /** A problem at {@code line} (1-based; 0 when unknown). */
    public PageProblemException(String reason, int line, boolean skipsFile) {
        super(reason);
        this.line = line;
        this.skipsFile = skipsFile;
    }

    /** 1-based line of the problem in the file, 0 when unknown. */
    public int line() {
        return line;
    }

    /** True when the file is not indexed at all, false when it is indexed as well as possible. */
    public boolean skipsFile() {
        return skipsFile;
    }

    /** A short name of the kind of problem, for the summary. */
    public String kind() {
        return getClass().getSimpleName().replace("Exception", "");
    }
}
