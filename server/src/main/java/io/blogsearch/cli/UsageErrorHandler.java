package io.blogsearch.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Reports a bad flag as one line naming it, {@code blogsearch serve: <reason>}, and where help is; exit code 2. The
 * full usage is one {@code --help} away rather than printed under every typo.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    /** Exit code of a usage error. */
    static final int USAGE = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage() + " (see " + name + " --help)");
        if (LogSetup.debugRequested(args)) {
            e.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }
}
