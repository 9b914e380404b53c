package io.blogsearch.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall time of each step of a build, logged at debug level when the build ends ({@code --debug}), so whoever
 * tunes the build sees where its time goes without a profiler.
 */
final class PhaseClock {

    private static final Logger LOG = LoggerFactory.getLogger(PhaseClock.class);

    private final List<String> phases = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the step named {@code phase}, which began when the previous one ended (or at construction). */
    void lap(String phase) {
        long now = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            phases.add(String.format(Locale.ROOT, "%s %.3f s", phase, (now - last) / 1e9));
        }
        last = now;
    }

    /** Logs the steps timed so far on one line. */
    void log() {
        LOG.debug("build steps: {}", String.join(", ", phases));
    }
}
