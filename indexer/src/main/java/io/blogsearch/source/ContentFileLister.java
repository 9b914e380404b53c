package io.blogsearch.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists a site's content files: Markdown and HTML under {@code content/} and every mounted content folder. */
final class ContentFileLister {

    private static final List<String> CONTENT_EXTENSIONS = List.of("md", "markdown", "mdown", "html", "htm");

    private ContentFileLister() {
    }

    /** {@code content/} and every mounted or per-language content folder inside the site that exists. */
    static List<Path> contentRoots(Path root, SiteLanguages languages) {
        List<Path> roots = new ArrayList<>();
        roots.add(root.resolve("content"));
        languages.mounts().forEach(mount -> roots.add(root.resolve(mount.source()).normalize()));
        List<Path> existing = new ArrayList<>();
        for (Path candidate : roots) {
            boolean inside = candidate.startsWith(root) && !candidate.equals(root);
            boolean covered = existing.stream().anyMatch(candidate::startsWith);
            if (inside && !covered && Files.isDirectory(candidate)) {
                existing.removeIf(other -> other.startsWith(candidate));
                existing.add(candidate);
            }
        }
        return existing;
    }

    static List<String> contentFiles(Path root, List<Path> contentRoots) throws SiteException {
        List<String> result = new ArrayList<>();
        for (Path content : contentRoots) {
            // find() hands over the attributes the walk read anyway: no second stat per file. A link that is not
            // a readable file (a loop, a dangling link) is listed too, so reading it fails and the build reports it.
            try (Stream<Path> files = Files.find(content, Integer.MAX_VALUE,
                    (file, attributes) -> isContentFile(file) && (attributes.isRegularFile()
                            || attributes.isSymbolicLink() && !Files.isDirectory(file)))) {
                files.map(file -> root.relativize(file).toString().replace('\\', '/')).forEach(result::add);
            } catch (IOException e) {
                throw new SiteException("cannot list " + content + ": " + e.getMessage());
            }
        }
        result.sort(null);
        return List.copyOf(result);
    }

    static boolean isContentFile(Path file) {
        return CONTENT_EXTENSIONS.contains(SiteReader.extension(file)) && !file.getFileName().toString().startsWith(".");
    }
}
