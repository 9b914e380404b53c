package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.source.SiteException;
import io.blogsearch.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Markdown folder mapped by blogsearch.yaml, and one found by its dated file names. */
class MarkdownFolderGeneratorTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path root;

    private SiteFixture mappedSite() {
        SiteFixture site = SiteFixture.create(root);
        site.delete("config.yaml");
        site.write("blogsearch.yaml", """
                source:
                  baseUrl: https://notes.example.net/
                  posts: writing/entries
                  pages: [about]
                  permalink: /writing/:year/:month/:slug/
                  fields:
                    date: published
                    author: writer
                    tags: labels
                """);
        site.write("writing/entries/2022-05-06-tuning-the-loom.md", """
                ---
                title: Tuning the loom
                published: 2022-05-07
                writer: Oskar Lind
                labels: [weaving, tools]
                ---
                Intro.

                ## Warp and weft

                > Tension is everything.
                > — Ida Berg

                ![A loom](loom.png "The loom")
                """);
        site.write("writing/entries/untitled-idea.md", "---\ntitle: An undated idea\n---\nText.\n");
        site.write("writing/entries/2022-08-01-half-done.md", "---\ntitle: Half done\ndraft: true\n---\nDraft.\n");
        site.write("about/me.md", "---\ntitle: About me\n---\nI weave.\n");
        site.write("README.md", "not part of the site\n");
        return site;
    }

    @Test
    void readsPostsWithTheMappedFieldsAndPermalink() throws Exception {
        mappedSite();
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("markdown");
        assertThat(opened.site().contentFiles()).containsExactly("about/me.md",
                "writing/entries/2022-05-06-tuning-the-loom.md", "writing/entries/2022-08-01-half-done.md",
                "writing/entries/untitled-idea.md");
        Page post = parse(opened, "writing/entries/2022-05-06-tuning-the-loom.md");
        assertThat(post.kind()).isEqualTo(PageKind.POST);
        assertThat(post.url()).isEqualTo("https://notes.example.net/writing/2022/05/tuning-the-loom/");
        assertThat(post.date()).isEqualTo(Instant.parse("2022-05-07T00:00:00Z"));
        assertThat(post.authors()).containsExactly("Oskar Lind");
        assertThat(post.tags()).containsExactly("weaving", "tools");
        assertThat(post.sections()).extracting(Section::anchor).containsExactly("warp-and-weft");
        assertThat(post.quotes()).singleElement().satisfies(q -> assertThat(q.speakers()).containsExactly("Ida Berg"));
        assertThat(post.figures()).hasSize(1);
    }

    @Test
    void theMappingInTheSiteConfigIsTheSameInEveryRunSoUnchangedFilesAreReused() throws Exception {
        mappedSite();
        var fields = new ArrayList<String>();
        Generators.open(root, SourceOptions.auto()).site().config().path("markdownMapping").path("fields")
                .fieldNames().forEachRemaining(fields::add);
        assertThat(fields).hasSizeGreaterThan(3).isSorted();
    }

    @Test
    void undatedPostsAndPagesGetPathUrlsAndDraftsAreLeftOut() throws Exception {
        mappedSite();
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        assertThat(parse(opened, "writing/entries/untitled-idea.md").url())
                .isEqualTo("https://notes.example.net/writing/entries/untitled-idea/");
        Page page = parse(opened, "about/me.md");
        assertThat(page.kind()).isEqualTo(PageKind.PAGE);
        assertThat(page.url()).isEqualTo("https://notes.example.net/about/me/");
        ContentParser parser = opened.generator().parser(opened.site(), false, NOW);
        assertThat(parser.prepare("writing/entries/2022-08-01-half-done.md", "h",
                read("writing/entries/2022-08-01-half-done.md")).excluded()).isEqualTo("draft");
    }

    @Test
    void baseUrlOptionOverridesTheMapping() throws Exception {
        mappedSite();
        Generators.OpenedSite opened = Generators.open(root,
                new SourceOptions(null, "https://mirror.example.org/sub", null));
        assertThat(parse(opened, "writing/entries/2022-05-06-tuning-the-loom.md").url())
                .isEqualTo("https://mirror.example.org/sub/writing/2022/05/tuning-the-loom/");
    }

    @Test
    void findsTheFolderOfDatedPostsWithoutAMapping() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        site.delete("config.yaml");
        site.write("journal/posts/2020-01-02-first.md", "---\ntitle: First\ndate: 2020-01-02\n---\nOne.\n");
        site.write("journal/posts/2020-02-03-second.md", "---\ntitle: Second\n---\nTwo.\n");
        site.write("journal/README.md", "How to write.\n");
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        assertThat(opened.site().contentFiles()).containsExactly("journal/posts/2020-01-02-first.md",
                "journal/posts/2020-02-03-second.md");
        Page second = parse(opened, "journal/posts/2020-02-03-second.md");
        assertThat(second.url()).isEqualTo("/journal/2020/02/03/second/");
        assertThat(second.date()).isEqualTo(Instant.parse("2020-02-03T00:00:00Z"));
    }

    @Test
    void namesWhatIsMissingWhenNothingIsRecognised() {
        SiteFixture.create(root).delete("config.yaml").write("notes.txt", "nothing here");
        assertThatThrownBy(() -> Generators.open(root, SourceOptions.auto())).isInstanceOf(SiteException.class)
                .hasMessageContaining("cannot tell which generator").hasMessageContaining("--generator");
        assertThatThrownBy(() -> Generators.open(root, new SourceOptions("eleventy", null, null)))
                .hasMessageContaining("unknown generator 'eleventy'");
        assertThatThrownBy(() -> Generators.open(root, new SourceOptions(null, null, root.resolve("none.yaml"))))
                .hasMessageContaining("none.yaml does not exist");
    }

    private Page parse(Generators.OpenedSite opened, String path) throws Exception {
        ContentParser parser = opened.generator().parser(opened.site(), false, NOW);
        PreparedPage prepared = parser.prepare(path, "hash", read(path));
        return parser.render(prepared, new RefResolver(Map.of())).page();
    }

    private byte[] read(String path) throws Exception {
        return Files.readString(root.resolve(path)).getBytes(StandardCharsets.UTF_8);
    }
}
