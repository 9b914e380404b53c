package io.blogsearch.cli;

/** A reason a command cannot run (busy port, unusable index folder), reported as one line with its exit code. */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** A one-line {@code reason} and the exit code it ends the command with. */
    public StartupException(String reason, int exitCode, Throwable cause) {
        super(reason, cause);
        this.exitCode = exitCode;
    }

    /** The exit code the command ends with. */
    public int exitCode() {
        return exitCode;
    }
}
