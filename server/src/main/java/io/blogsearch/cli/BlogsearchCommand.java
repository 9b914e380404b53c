package io.blogsearch.cli;

import io.blogsearch.write.LuceneClasses;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blogsearch} command: subcommands only; {@code --help} lists them. */
@Command(name = "blogsearch",
        mixinStandardHelpOptions = true,
        version = "blogsearch 0.1.0",
        description = "Full-text search for static-site blog archives.",
        subcommands = {CommandLine.HelpCommand.class, IndexCommand.class, ServeCommand.class, SearchCommand.class})
public final class BlogsearchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with the subcommand's exit code. */
    public static void main(String[] args) {
        LuceneClasses.initialise(); // before any command starts a thread that opens a reader or a writer
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run subcommands in process. */
    public static CommandLine commandLine() {
        return new CommandLine(new BlogsearchCommand());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
