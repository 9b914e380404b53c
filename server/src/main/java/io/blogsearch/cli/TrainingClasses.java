package io.blogsearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the classes a list names, when the launcher records an AOT cache from a command's first run on Java 25 and
 * later ({@code -Dblogsearch.trainingClasses=lib/blogsearch-COMMAND.classes}): the cache then also holds the classes
 * that indexes and searches of the distribution's sample blog load, which that first run may not have (a search that
 * finds nothing cuts no snippet, an index with nothing changed parses nothing). Java 17's static archive is built from
 * the list itself. Classes are loaded and linked, never initialised: no static initialiser of ours runs for it. Any
 * class that cannot be loaded is passed over: the list may name classes of another Java.
 */
final class TrainingClasses {

    /** The system property naming the list. */
    static final String PROPERTY = "blogsearch.trainingClasses";

    private TrainingClasses() {
    }

    /** Loads the classes of the list the system property names, if any; returns how many were loaded. */
    static int loadListed() {
        String list = System.getProperty(PROPERTY);
        if (list == null || list.isBlank()) {
            return 0;
        }
        try {
            return load(Files.readAllLines(Path.of(list), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return 0; // no list: the archive holds what the run loaded
        }
    }

    /**
     * Loads each class named at the start of a line (internal names, as {@code -XX:DumpLoadedClassList} writes
     * them), skipping the lines that are not classes.
     */
    static int load(Iterable<String> lines) {
        ClassLoader loader = TrainingClasses.class.getClassLoader();
        int loaded = 0;
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("@") || line.startsWith("#")) {
                continue;
            }
            int end = line.indexOf(' ');
            String name = (end < 0 ? line : line.substring(0, end)).replace('/', '.');
            try {
                Class<?> type = Class.forName(name, false, loader);
                // linking verifies the class, which is what an archive keeps; forName alone leaves it unlinked
                type.getDeclaredMethods();
                loaded++;
            } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
                // another Java's class, or one that needs what this run does not have: the archive goes without it
            }
        }
        return loaded;
    }
}
