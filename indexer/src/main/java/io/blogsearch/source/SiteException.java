package io.blogsearch.source;

/** The site as a whole is unusable (no content folder, unreadable config); the build cannot start. */
public final class SiteException extends Exception {

    /** A site problem with a one-line reason. */
    public SiteException(String reason) {
        super(reason);
    }
}
