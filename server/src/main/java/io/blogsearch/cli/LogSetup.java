package io.blogsearch.cli;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Log levels decided from the command line before any logger exists. The line format (ISO time stamp, level,
 * logger) is in {@code simplelogger.properties}; system properties set by the user still win.
 */
final class LogSetup {

    private static final String PREFIX = "org.slf4j.simpleLogger.";
    /** The first Java whose runs Lucene tells of: before it, java.util.logging is not started for nothing. */
    private static final int NOTICES_FROM_JAVA = 21;
    /**
     * Lucene tells through java.util.logging, on Java 21 and later, how it maps files and that a newer Lucene would
     * use the JVM's vector API: news for its developers, not for a blog owner. Held here because the logging keeps
     * its loggers weakly, and a collected logger forgets its level.
     */
    private static Logger luceneNotices;

    private LogSetup() {
    }

    /** Whether {@code --debug} is among the arguments (picocli has not parsed them yet). */
    static boolean debugRequested(String[] args) {
        return Arrays.asList(args).contains("--debug");
    }

    /**
     * With {@code debug}, blogsearch's own loggers log at debug level and Lucene's notices are shown; otherwise only
     * Lucene's errors.
     */
    static void configure(boolean debug) {
        if (!debug && Runtime.version().feature() >= NOTICES_FROM_JAVA) {
            luceneNotices = Logger.getLogger("org.apache.lucene");
            luceneNotices.setLevel(Level.SEVERE);
        }
        if (debug && System.getProperty(PREFIX + "log.io.blogsearch") == null) {
            System.setProperty(PREFIX + "log.io.blogsearch", "debug");
        }
    }
}
