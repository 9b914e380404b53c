package io.blogsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small Hugo site written into a temporary folder by a test, file by file. */
public final class SiteFixture {

    private final Path root;

    private SiteFixture(Path root) {
        this.root = root;
    }

    /** A site at {@code root} with a YAML config (baseURL https://example.org/, author Jane Doe). */
    public static SiteFixture create(Path root) {
        SiteFixture site = new SiteFixture(root);
        site.write("config.yaml", """
                baseURL: https://example.org/
                title: Example
                params:
                  author: Jane Doe
                taxonomies:
                  tag: tags
                  series: series
                """);
        return site;
    }

    /** The site root. */
    public Path root() {
        return root;
    }

    /** Writes a file relative to the root, creating folders. */
    public SiteFixture write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes raw bytes relative to the root. */
    public SiteFixture writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file relative to the root. */
    public SiteFixture delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML post with title, date and tags, and the given Markdown body. */
    public SiteFixture post(String path, String title, String body) {
        return write(path, "---\ntitle: \"" + title + "\"\ndate: 2020-01-02T10:00:00Z\ntags: [Test]\n---\n" + body);
    }
}
