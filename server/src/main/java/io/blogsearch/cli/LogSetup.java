package io.blogsearch.cli;

import java.util.Arrays;

/**
 * Log levels decided from the command line before any logger exists. The line format (ISO time stamp, level,
 * logger) is in {@code simplelogger.properties}; system properties set by the user still win.
 */
final class LogSetup {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private LogSetup() {
    }

    /** Whether {@code --debug} is among the arguments (picocli has not parsed them yet). */
    static boolean debugRequested(String[] args) {
        return Arrays.asList(args).contains("--debug");
    }

    /** With {@code debug}, blogsearch's own loggers log at debug level; the libraries stay at their level. */
    static void configure(boolean debug) {
        if (debug && System.getProperty(PREFIX + "log.io.blogsearch") == null) {
            System.setProperty(PREFIX + "log.io.blogsearch", "debug");
        }
    }
}
