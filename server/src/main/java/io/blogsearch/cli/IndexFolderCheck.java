package io.blogsearch.cli;

import io.blogsearch.engine.SearchEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks at start that the folder given as {@code --index} can be served: a folder that does not exist yet is fine
 * (it is waited for), a file, an unreadable folder or a folder holding a broken index is not. The index is opened
 * once, by the engine that serves it.
 */
final class IndexFolderCheck {

    /** Exit code of {@code serve} when it cannot start. */
    static final int CANNOT_START = 1;

    private IndexFolderCheck() {
    }

    /**
     * The engine {@code opener} opens over {@code index}, opening the index once; a {@link StartupException} with a
     * one-line reason when the folder or the index in it cannot be served.
     */
    static SearchEngine open(Path index, Opener opener) {
        check(index);
        try {
            return opener.open();
        } catch (IOException | RuntimeException e) {
            throw new StartupException("cannot start: --index " + index + " holds no readable index ("
                    + oneLine(e) + "); remove it and run blogsearch index again", CANNOT_START, e);
        }
    }

    /** Opens the engine, throwing when the folder holds an index that cannot be opened. */
    @FunctionalInterface
    interface Opener {
        SearchEngine open() throws IOException;
    }

    /** Throws a {@link StartupException} when {@code index} exists but is no folder this process can read. */
    private static void check(Path index) {
        if (!Files.exists(index)) {
            return;
        }
        if (!Files.isDirectory(index)) {
            throw fail(index, "is not a folder");
        }
        if (!Files.isReadable(index) || !Files.isExecutable(index)) {
            throw fail(index, "cannot be read (check its permissions)");
        }
    }

    private static StartupException fail(Path index, String why) {
        return new StartupException("cannot start: --index " + index + " " + why, CANNOT_START, null);
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
