package io.blogsearch.write;

/**
 * A problem with one content file, as the build summary reports it.
 *
 * @param path    path relative to the site root
 * @param line    1-based line, or 0 when unknown
 * @param kind    short name of the problem, e.g. {@code FrontMatter}, {@code UnclosedShortcode}
 * @param reason  one-line reason
 * @param skipped true when the file was not indexed at all, false when indexed as well as possible
 */
public record FileProblem(String path, int line, String kind, String reason, boolean skipped) {

    /** {@code path:line: reason}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + ": " + (skipped ? "skipped, " : "") + reason;
    }
}
