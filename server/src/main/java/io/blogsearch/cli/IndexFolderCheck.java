package io.blogsearch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks at start that the folder given as {@code --index} can be served: a folder that does not exist yet is fine
 * (it is waited for), a file, an unreadable folder or a folder holding a broken index is not.
 */
final class IndexFolderCheck {

    /** Exit code of {@code serve} when it cannot start. */
    static final int CANNOT_START = 1;

    private IndexFolderCheck() {
    }

    /** Throws a {@link StartupException} with a one-line reason when {@code index} cannot be served. */
    static void check(Path index) {
        if (!Files.exists(index)) {
            return;
        }
        if (!Files.isDirectory(index)) {
            throw fail(index, "is not a folder");
        }
        if (!Files.isReadable(index) || !Files.isExecutable(index)) {
            throw fail(index, "cannot be read (check its permissions)");
        }
        try {
            Engines.checkLuceneIndex(index);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("cannot start: --index " + index + " holds no readable index ("
                    + oneLine(e) + "); remove it and run blogsearch index again", CANNOT_START, e);
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
