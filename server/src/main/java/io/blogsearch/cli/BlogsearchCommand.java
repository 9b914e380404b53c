package io.blogsearch.cli;

import io.blogsearch.write.LuceneClasses;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blogsearch} command: subcommands only; {@code --help} lists them. */
@Command(name = "blogsearch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Full-text search for static-site blog archives.",
        subcommands = {CommandLine.HelpCommand.class, IndexCommand.class, ServeCommand.class, SearchCommand.class})
public final class BlogsearchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Log at debug level and print the stack trace of an error (default: one line).")
    private boolean debug;

    /** Runs the command line and exits with the subcommand's exit code. */
    public static void main(String[] args) {
        // Before the first logger exists: the logging backend reads its levels once.
        LogSetup.configure(LogSetup.debugRequested(args));
        LuceneClasses.initialise(); // before any command starts a thread that opens a reader or a writer
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run subcommands in process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BlogsearchCommand());
        commandLine.setExecutionExceptionHandler(new StartupErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
