package io.blogsearch.cli;

import io.blogsearch.opensearch.OpenSearchException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an error that ends a command as one line on stderr, {@code blogsearch serve: <reason>}; the stack trace
 * follows only with {@code --debug}. A {@link StartupException} chooses its exit code; anything else is 1.
 */
final class StartupErrorHandler implements IExecutionExceptionHandler {

    /** Exit code of an unexpected error. */
    static final int UNEXPECTED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        boolean debug = parsed.hasMatchedOption("--debug") || debugIn(parsed);
        if (e instanceof StartupException startup) {
            err.println(command + ": " + startup.getMessage());
            printTrace(e, err, debug);
            err.flush();
            return startup.exitCode();
        }
        OpenSearchException cluster = clusterFailure(e);
        if (cluster != null) {
            // the cluster refused or could not be reached: a fact about the setup, not a bug
            err.println(command + ": " + cluster.getMessage());
            printTrace(e, err, debug);
            err.flush();
            return UNEXPECTED;
        }
        err.println(command + ": unexpected error: " + e + (debug ? "" : " (--debug shows the stack trace)"));
        printTrace(e, err, debug);
        err.flush();
        return UNEXPECTED;
    }

    private static OpenSearchException clusterFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenSearchException failure) {
                return failure;
            }
        }
        return null;
    }

    private static boolean debugIn(ParseResult parsed) {
        for (ParseResult sub = parsed; sub != null; sub = sub.subcommand()) {
            if (sub.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static void printTrace(Exception e, PrintWriter err, boolean debug) {
        if (debug) {
            e.printStackTrace(err);
        }
    }
}
