package io.blogsearch.generator;

import io.blogsearch.source.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Lists a site's Markdown (and HTML) files under a folder, as site-relative paths with forward slashes. */
public final class ContentFiles {

    /** Markdown extensions every generator reads. */
    public static final Set<String> MARKDOWN = Set.of("md", "markdown", "mdown", "mkd", "mdx");
    /** Folders never holding content: dependencies, build output, version control. */
    private static final Set<String> IGNORED = Set.of("node_modules", ".git", "vendor", "_site", "build", "public",
            "dist", ".docusaurus", ".jekyll-cache", ".sass-cache", "target");

    private ContentFiles() {
    }

    /** Files under {@code folder} (recursively) whose extension is one of {@code extensions}, sorted. */
    public static List<String> under(Path root, Path folder, Set<String> extensions, Predicate<String> keep)
            throws SiteException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> !ignored(folder.relativize(file)))
                    .filter(file -> extensions.contains(extension(file)) && Files.isRegularFile(file))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(keep)
                    .forEach(result::add);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException("cannot list " + folder + ": " + e.getMessage());
        }
        result.sort(null);
        return List.copyOf(result);
    }

    /** The lower-case extension of a file, without the dot. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean ignored(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (IGNORED.contains(name) || name.startsWith(".") && name.length() > 1) {
                return true;
            }
        }
        return false;
    }
}
