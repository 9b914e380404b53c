package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.write.BuildSummary;
import io.blogsearch.write.FileProblem;
import io.blogsearch.write.IndexBuilder;
import io.blogsearch.write.IndexOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll, Docusaurus, Zola and Hexo sites indexed end to end: a broken post reported with its line, then
 * incremental runs.
 */
class SourceGeneratorsIndexIT {

    private static final Path GENERATOR =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator");

    @TempDir
    Path work;

    @Test
    void jekyllSiteReportsABrokenPostAndRebuildsOnlyTheEditedOne() throws Exception {
        Path site = copy("jekyll-site");
        Files.writeString(site.resolve("_posts/2023-01-01-broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
        BuildSummary first = build(site);
        assertThat(first.posts()).isEqualTo(3);
        assertThat(first.excluded()).isEqualTo(1); // the draft
        assertThat(first.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("_posts/2023-01-01-broken.md");
            assertThat(problem.line()).isPositive();
        });
        Files.writeString(site.resolve("about.md"), "---\ntitle: About this garden\n---\nNow with a greenhouse.\n");
        BuildSummary second = build(site);
        assertThat(second.parsed()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.problems()).extracting(FileProblem::path).containsExactly("_posts/2023-01-01-broken.md");
        try (IndexProbe probe = IndexProbe.open(work.resolve("index"))) {
            assertThat(probe.find(DocType.PAGE, Fields.TEXT_EXACT, "greenhouse")).singleElement()
                    .satisfies(d -> assertThat(d.get(Fields.URL)).isEqualTo("https://garden.example.com/blog/about/"));
        }
    }

    @Test
    void docusaurusSiteIndexesItsPostsWithSectionsAndQuotes() throws Exception {
        BuildSummary summary = build(copy("docusaurus-site"));
        assertThat(summary.problems()).extracting(FileProblem::path).isEmpty();
        assertThat(summary.posts()).isEqualTo(3);
        assertThat(summary.excluded()).isEqualTo(2);
        assertThat(summary.quotes()).isEqualTo(1);
        try (IndexProbe probe = IndexProbe.open(work.resolve("index"))) {
            // the leading # heading is the post's title, not a section: the text under it is the post's opening
            assertThat(probe.find(DocType.SECTION, Fields.TEXT_EXACT, "wick")).isEmpty();
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "wick")).singleElement().satisfies(d ->
                    assertThat(d.get(Fields.URL)).isEqualTo(
                            "https://lantern.example.dev/handbook/news/2023/06/10/kitchen-sink"));
        }
    }

    @Test
    void zolaSiteIndexesItsPostsUnderZolasUrlsAndAnchors() throws Exception {
        Path site = copy("zola-site");
        BuildSummary first = build(site);
        assertThat(first.problems()).extracting(FileProblem::path).isEmpty();
        assertThat(first.posts()).isEqualTo(4);
        assertThat(first.excluded()).isEqualTo(4); // a draft, a drafted section and its page, an empty section
        try (IndexProbe probe = IndexProbe.open(work.resolve("index"))) {
            assertThat(probe.find(DocType.SECTION, Fields.TEXT_EXACT, "globulars")).singleElement().satisfies(d ->
                    assertThat(d.get(Fields.URL)).isEqualTo(
                            "https://stargazers.example.net/blog/messier-marathon/#timing-first-contact-totality"));
            assertThat(probe.find(DocType.POST, Fields.TEXT_EXACT, "meteors")).singleElement().satisfies(d ->
                    assertThat(d.get(Fields.URL)).isEqualTo(
                            "https://stargazers.example.net/2021/08/12/perseids-from-the-field/"));
        }
        Files.writeString(site.resolve("content/archive/_index.md"), "+++\ntitle = \"Old archive\"\n+++\n");
        BuildSummary second = build(site);
        assertThat(second.posts()).isEqualTo(5); // the section is no draft now: its dated page is back
    }

    @Test
    void hexoSiteIndexesPostsAndPagesAtHexosUrlsAndReportsABrokenPost() throws Exception {
        Path site = copy("hexo-site");
        Files.writeString(site.resolve("source/_posts/2023-09-01-broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
        BuildSummary first = build(site);
        assertThat(first.posts()).isEqualTo(3);
        assertThat(first.pages()).isEqualTo(6);
        assertThat(first.excluded()).isEqualTo(2); // the draft and the unpublished post
        assertThat(first.quotes()).isEqualTo(1);
        assertThat(first.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("source/_posts/2023-09-01-broken.md");
            assertThat(problem.line()).isPositive();
        });
        try (IndexProbe probe = IndexProbe.open(work.resolve("index"))) {
            assertThat(probe.find(DocType.SECTION, Fields.TEXT_EXACT, "periwinkles")).singleElement().satisfies(d ->
                    assertThat(d.get(Fields.URL)).isEqualTo(
                            "https://tides.example.org/journal/2023/05/low-tide-walk/#What-we-found"));
            assertThat(probe.find(DocType.PAGE, Fields.TEXT_EXACT, "datum")).singleElement().satisfies(d ->
                    assertThat(d.get(Fields.URL)).isEqualTo(
                            "https://tides.example.org/journal/guides/reading-tide-tables"));
            assertThat(probe.find(DocType.PAGE, Fields.TEXT_EXACT, "skip_render")).isEmpty();
        }
        Files.writeString(site.resolve("source/about/index.md"), "---\ntitle: About\n---\nNow with a boat.\n");
        BuildSummary second = build(site);
        assertThat(second.parsed()).isEqualTo(1);
        assertThat(second.problems()).extracting(FileProblem::path)
                .containsExactly("source/_posts/2023-09-01-broken.md");
    }

    private BuildSummary build(Path site) throws Exception {
        return new IndexBuilder(IndexOptions.of(site, work.resolve("index"))).build();
    }

    private Path copy(String name) throws IOException {
        Path from = GENERATOR.resolve(name);
        Path to = work.resolve(name);
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
        return to;
    }
}
