package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import io.blogsearch.testing.IndexProbe;
import io.blogsearch.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blogsearch index} on sites that are not Hugo: {@code --generator}, {@code --base-url}, {@code --config}. */
class IndexCommandGeneratorIT {

    @TempDir
    Path root;
    @TempDir
    Path index;
    @TempDir
    Path elsewhere;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return BlogsearchCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private SiteFixture datedPosts() {
        return SiteFixture.create(root).delete("config.yaml")
                .write("site/posts/2021-04-05-spring.md", "---\ntitle: Spring\n---\nBuds.\n")
                .write("site/posts/2021-09-10-autumn.md", "---\ntitle: Autumn\n---\nLeaves.\n");
    }

    @Test
    void indexesAFolderOfDatedPostsAtTheGivenBaseUrl() throws Exception {
        datedPosts();
        int exit = run("index", "--site", root.toString(), "--index", index.toString(),
                "--base-url", "https://seasons.example.org");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Indexed 2 pages (2 posts)");
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.all(DocType.POST)).extracting(d -> d.get(Fields.URL)).containsExactlyInAnyOrder(
                    "https://seasons.example.org/site/2021/04/05/spring/",
                    "https://seasons.example.org/site/2021/09/10/autumn/");
        }
    }

    @Test
    void readsTheMappingFromAConfigFileOutsideTheSite() throws Exception {
        datedPosts();
        Path config = elsewhere.resolve("mapping.yaml");
        Files.writeString(config, "source:\n  posts: site/posts\n  permalink: /:slug.html\n"
                + "  baseUrl: https://seasons.example.org/\n");
        int exit = run("index", "--site", root.toString(), "--index", index.toString(), "--generator", "markdown",
                "--config", config.toString());
        assertThat(exit).as(err.toString()).isZero();
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.all(DocType.POST)).extracting(d -> d.get(Fields.URL)).containsExactlyInAnyOrder(
                    "https://seasons.example.org/spring.html", "https://seasons.example.org/autumn.html");
        }
    }

    @Test
    void refusesAnUnknownGeneratorAndABadBaseUrlWithOneLine() {
        datedPosts();
        assertThat(run("index", "--site", root.toString(), "--index", index.toString(), "--generator", "gatsby"))
                .isEqualTo(IndexCommand.SITE_UNUSABLE);
        assertThat(err.toString().strip()).startsWith("blogsearch index: unknown generator 'gatsby'")
                .doesNotContain("\n");
        err.getBuffer().setLength(0);
        assertThat(run("index", "--site", root.toString(), "--index", index.toString(), "--base-url", "not a url"))
                .isEqualTo(IndexCommand.USAGE);
        assertThat(err.toString()).contains("--base-url");
    }

    @Test
    void indexesBuiltHtmlAndAsksForEitherSiteOrHtml() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("notes/first/index.html", "<html><head><meta property=\"article:published_time\" "
                        + "content=\"2022-03-04\"><title>First</title></head><body><main><h1>First</h1>"
                        + "<h2 id=\"part\">Part</h2><p>Built text.</p></main></body></html>");
        int exit = run("index", "--html", root.toString(), "--index", index.toString(),
                "--base-url", "https://built.example.org/");
        assertThat(exit).as(err.toString()).isZero();
        try (IndexProbe probe = IndexProbe.open(index)) {
            assertThat(probe.all(DocType.POST)).extracting(d -> d.get(Fields.URL))
                    .containsExactly("https://built.example.org/notes/first/");
        }
        assertThat(run("index", "--index", index.toString())).isEqualTo(IndexCommand.USAGE);
        assertThat(run("index", "--site", root.toString(), "--html", root.toString(), "--index", index.toString()))
                .isEqualTo(IndexCommand.USAGE);
        assertThat(err.toString()).contains("either --site PATH (sources) or --html DIR");
    }
}
