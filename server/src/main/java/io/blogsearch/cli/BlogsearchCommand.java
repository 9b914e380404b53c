package io.blogsearch.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code blogsearch} command: subcommands only; {@code --help} lists them. */
@Command(name = "blogsearch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Full-text search for static-site blog archives.",
        subcommands = CommandLine.HelpCommand.class)
public final class BlogsearchCommand implements Runnable {

    /** The subcommands in the order {@code --help} lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = Map.of(
            "index", IndexCommand::new, "serve", ServeCommand::new, "search", SearchCommand::new);
    private static final String[] ORDER = {"index", "serve", "search"};

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Log at debug level and print the stack trace of an error (default: one line).")
    private boolean debug;

    /** Runs the command line and exits with the subcommand's exit code. */
    public static void main(String[] args) {
        // Before the first logger exists: the logging backend reads its levels once.
        LogSetup.configure(LogSetup.debugRequested(args));
        StartupWarmUp warmUp = StartupWarmUp.start();
        CommandLine commandLine = commandLine(args);
        // The command starts once Lucene's classes are initialised, before it starts a thread that opens a reader
        // or a writer.
        commandLine.setExecutionStrategy(parsed -> {
            warmUp.await();
            return new CommandLine.RunLast().execute(parsed);
        });
        int status = commandLine.execute(args);
        TrainingClasses.loadListed();
        System.exit(status);
    }

    /** The configured command line with every subcommand, for tests that run subcommands in process. */
    public static CommandLine commandLine() {
        return withSubcommands(ORDER);
    }

    /**
     * The command line for {@code args}: when they name a subcommand, only its model is built (picocli reflects over
     * every option of every subcommand it is given, a cost each run pays at start); otherwise all, for help and for
     * the error that suggests a name.
     */
    static CommandLine commandLine(String[] args) {
        String named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        return withSubcommands(SUBCOMMANDS.containsKey(named) ? new String[] {named} : ORDER);
    }

    private static CommandLine withSubcommands(String[] subcommands) {
        CommandLine commandLine = new CommandLine(new BlogsearchCommand());
        for (String name : subcommands) {
            commandLine.addSubcommand(name, SUBCOMMANDS.get(name).get());
        }
        commandLine.setExecutionExceptionHandler(new StartupErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
