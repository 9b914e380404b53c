package io.blogsearch.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Lists a site's content files: Markdown and HTML under {@code content/} and every mounted content folder. */
final class ContentFileLister {

    private static final List<String> CONTENT_EXTENSIONS = List.of("md", "markdown", "mdown", "html", "htm");
    /** Content formats Hugo renders through external tools (asciidoctor, emacs, rst2html, pandoc). */
    private static final List<String> UNREAD_EXTENSIONS = List.of("adoc", "asciidoc", "ad", "org", "rst", "pandoc",
            "pdc");

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

    /**
     * The Markdown and HTML files of the content folders that {@code ignored} keeps (Hugo's {@code ignoreFiles}),
     * without the resources of leaf bundles ({@link BundleResources}), relative to the root, sorted; content in a
     * format Hugo renders but blogsearch does not read (AsciiDoc, Org, reStructuredText, Pandoc) becomes one notice
     * per format.
     */
    static List<String> contentFiles(Path root, List<Path> contentRoots, Predicate<Path> ignored,
                                     List<ConfigNotice> notices) throws SiteException {
        List<String> result = new ArrayList<>();
        Map<String, List<String>> unread = new TreeMap<>();
        for (Path content : contentRoots) {
            // find() hands over the attributes the walk read anyway: no second stat per file. A link that is not
            // a readable file (a loop, a dangling link) is listed too, so reading it fails and the build reports it.
            try (Stream<Path> files = Files.find(content, Integer.MAX_VALUE,
                    (file, attributes) -> (isContentFile(file) || isUnreadFormat(file)) && (attributes.isRegularFile()
                            || attributes.isSymbolicLink() && !Files.isDirectory(file)))) {
                files.filter(file -> !ignored.test(file)).forEach(file -> {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (isContentFile(file)) {
                        result.add(relative);
                    } else {
                        unread.computeIfAbsent(SiteReader.extension(file), key -> new ArrayList<>()).add(relative);
                    }
                });
            } catch (IOException e) {
                throw new SiteException("cannot list " + content + ": " + e.getMessage());
            }
        }
        unread.forEach((extension, files) -> notices.add(new ConfigNotice(files.stream().sorted().findFirst()
                .orElseThrow(), "." + extension, files.size() + " content file(s) in a format blogsearch does not "
                + "read (only Markdown and HTML); not indexed")));
        result.sort(null);
        Set<String> roots = new HashSet<>();
        contentRoots.forEach(content -> roots.add(root.relativize(content).toString().replace('\\', '/')));
        return BundleResources.pagesOnly(List.copyOf(result), roots);
    }

    private static boolean isUnreadFormat(Path file) {
        return UNREAD_EXTENSIONS.contains(SiteReader.extension(file)) && !file.getFileName().toString().startsWith(".");
    }

    static boolean isContentFile(Path file) {
        return CONTENT_EXTENSIONS.contains(SiteReader.extension(file))
                && !file.getFileName().toString().startsWith(".");
    }
}
