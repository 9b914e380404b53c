package io.blogsearch.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the sample blog with the installed {@code hugo} (Debian's package) and checks that every URL and anchor
 * the index holds for it exists in Hugo's output: a page at that path, an element with that id on it.
 */
class SampleBlogHugoBuildIT {

    @TempDir
    Path work;

    @Test
    void everyIndexedUrlAndAnchorExistsInHugosOutput() throws Exception {
        Path hugo = RequiredResources.hugo();
        Path publicDir = work.resolve("public");
        Process build = new ProcessBuilder(hugo.toString(), "--quiet", "--source",
                RequiredResources.sampleBlog().toString(), "--destination", publicDir.toString())
                .redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("hugo finishes").isTrue();
        assertThat(build.exitValue()).as("hugo build: " + output).isZero();

        Path index = work.resolve("index");
        new IndexBuilder(IndexOptions.of(RequiredResources.sampleBlog(), index).withFull(true)).build();
        List<String> missing = new ArrayList<>();
        Map<String, String> pages = new HashMap<>();
        int checked = 0;
        try (IndexProbe probe = IndexProbe.open(index)) {
            for (DocType type : DocType.values()) {
                for (Document document : probe.all(type)) {
                    checked++;
                    String url = document.get(Fields.URL);
                    String problem = check(url, publicDir, pages);
                    if (problem != null) {
                        missing.add(type.value() + " " + document.get(Fields.ID) + ": " + problem);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    /** Null when the URL's page (and anchor) exist in Hugo's output, else what is missing. */
    private static String check(String url, Path publicDir, Map<String, String> pages) throws IOException {
        URI uri = URI.create(url);
        assertThat(uri.getHost()).isEqualTo("blog.example.org");
        String path = uri.getPath();
        Path file = publicDir.resolve(path.substring(1));
        if (path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return "no page " + path + " in hugo's output";
        }
        String html = pages.computeIfAbsent(path, key -> read(key, publicDir));
        String anchor = uri.getFragment();
        if (anchor != null && !html.contains(" id=\"" + anchor + "\"") && !html.contains(" id=" + anchor + ">")) {
            return "no element with id " + anchor + " on " + path;
        }
        return null;
    }

    private static String read(String path, Path publicDir) {
        Path file = publicDir.resolve(path.substring(1));
        try {
            return Files.readString(path.endsWith("/") ? file.resolve("index.html") : file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
