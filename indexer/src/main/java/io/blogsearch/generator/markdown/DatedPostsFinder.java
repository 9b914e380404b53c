package io.blogsearch.generator.markdown;

import io.blogsearch.generator.ContentFiles;
import io.blogsearch.generator.DatedName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the folder of posts in a Markdown site with no mapping: the folder (at most four levels down) holding the
 * most Markdown files named {@code YYYY-MM-DD-slug}, at least two of them and at least half its Markdown files.
 */
final class DatedPostsFinder {

    private static final int MAX_DEPTH = 4;

    private DatedPostsFinder() {
    }

    /** The site-relative folder, or null when no folder looks like one of dated posts. */
    static String find(Path root) {
        String best = null;
        int bestCount = 1;
        try (Stream<Path> folders = Files.walk(root, MAX_DEPTH)) {
            for (Path folder : folders.filter(Files::isDirectory).filter(f -> !hidden(root.relativize(f))).toList()) {
                int[] counts = count(folder);
                if (counts[0] > bestCount && counts[0] * 2 >= counts[1]) {
                    best = root.relativize(folder).toString().replace('\\', '/');
                    bestCount = counts[0];
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return best;
    }

    /** Dated Markdown files and all Markdown files directly in a folder. */
    private static int[] count(Path folder) {
        int dated = 0;
        int all = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (ContentFiles.MARKDOWN.contains(ContentFiles.extension(file))) {
                    all++;
                    dated += DatedName.isDated(DatedName.baseName(file.getFileName().toString())) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            return new int[] {0, 0};
        }
        return new int[] {dated, all};
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("node_modules") || name.equals("vendor")) {
                return true;
            }
        }
        return false;
    }
}
