package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample blog built by Debian's {@code hugo} (with a theme of the usual kind, {@code generator/hugo-theme}) and
 * indexed with {@code --html} gives the same posts, section anchors, quotes, figures and talks as its sources.
 */
class BuiltSampleBlogParityIT {

    @TempDir
    static Path work;
    private static IndexProbe source;
    private static IndexProbe built;
    private static BuildSummary builtSummary;

    @BeforeAll
    static void buildAndIndexBoth() throws Exception {
        Path hugo = RequiredResources.hugo();
        Path site = work.resolve("site");
        copy(RequiredResources.sampleBlog(), site);
        copy(RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator/hugo-theme"),
                site.resolve("layouts"));
        Process build = new ProcessBuilder(hugo.toString(), "--quiet", "--source", site.toString(), "--destination",
                work.resolve("public").toString()).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).as("hugo finishes").isTrue();
        assertThat(build.exitValue()).as("hugo build: " + output).isZero();
        new IndexBuilder(IndexOptions.of(RequiredResources.sampleBlog(), work.resolve("source-index"))).build();
        builtSummary = new IndexBuilder(IndexOptions.of(work.resolve("public"), work.resolve("html-index"))
                .withSource(new SourceOptions("html", null, null))).build();
        source = IndexProbe.open(work.resolve("source-index"));
        built = IndexProbe.open(work.resolve("html-index"));
    }

    @Test
    void theSamePostsWithTheirUrls() {
        assertThat(builtSummary.problems()).isEmpty();
        assertThat(posts(built).keySet()).isEqualTo(posts(source).keySet());
    }

    @Test
    void theSameSectionAnchorsFiguresQuotesAndTalks() {
        assertThat(urls(built, DocType.SECTION)).isEqualTo(urls(source, DocType.SECTION));
        assertThat(values(built, DocType.FIGURE, Fields.FIGURE_IMAGE))
                .isEqualTo(values(source, DocType.FIGURE, Fields.FIGURE_IMAGE));
        assertThat(values(built, DocType.QUOTE, Fields.SPEAKER))
                .isEqualTo(values(source, DocType.QUOTE, Fields.SPEAKER));
        assertThat(values(built, DocType.TALK, Fields.TALK_TITLE))
                .isEqualTo(values(source, DocType.TALK, Fields.TALK_TITLE));
    }

    @Test
    void postsKeepTheirDatesAndTags() {
        Map<String, Document> fromSource = posts(source);
        posts(built).forEach((url, post) -> {
            assertThat(post.get(Fields.DATE)).as(url).isEqualTo(fromSource.get(url).get(Fields.DATE));
            assertThat(Set.of(post.getValues(Fields.TAG))).as(url)
                    .isEqualTo(Set.of(fromSource.get(url).getValues(Fields.TAG)));
        });
    }

    /** Posts (pages with a date, as a list page has none) by URL. */
    private static Map<String, Document> posts(IndexProbe probe) {
        return probe.all(DocType.POST).stream().filter(d -> "post".equals(d.get(Fields.PAGE_KIND)))
                .collect(Collectors.toMap(d -> d.get(Fields.URL), Function.identity(), (a, b) -> a, TreeMap::new));
    }

    private static Set<String> urls(IndexProbe probe, DocType type) {
        return probe.all(type).stream().filter(d -> posts(probe).containsKey(d.get(Fields.POST_URL)))
                .map(d -> d.get(Fields.URL)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> values(IndexProbe probe, DocType type, String field) {
        return probe.all(type).stream().filter(d -> posts(probe).containsKey(d.get(Fields.POST_URL)))
                .map(d -> d.get(Fields.POST_URL) + " " + String.join(", ", d.getValues(field)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
