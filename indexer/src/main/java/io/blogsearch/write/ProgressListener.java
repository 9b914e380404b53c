package io.blogsearch.write;

/** Told how far a build is, for a progress bar. Called from the building thread and from worker threads. */
@FunctionalInterface
public interface ProgressListener {

    /** {@code done} of {@code total} items of {@code phase} ("reading", "parsing", "writing") are finished. */
    void progress(String phase, int done, int total);

    /** A listener that ignores progress. */
    static ProgressListener none() {
        return (phase, done, total) -> {
        };
    }
}
