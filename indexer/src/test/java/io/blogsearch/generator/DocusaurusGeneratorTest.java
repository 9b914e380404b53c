package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.generator.docusaurus.DocusaurusConfig;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.source.SiteException;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docusaurus's blog conventions on the fixture site and on config snippets. */
class DocusaurusGeneratorTest {

    private static final Path FIXTURE = RequiredResources.projectRoot()
            .resolve("indexer/src/test/resources/generator/docusaurus-site");

    @TempDir
    Path root;

    @Test
    void readsUrlBaseUrlAndTheBlogOptionsWithoutRunningTheConfig() throws Exception {
        DocusaurusConfig config = DocusaurusConfig.parse(Files.readString(FIXTURE.resolve("docusaurus.config.ts")));
        assertThat(config.siteUrl()).isEqualTo("https://lantern.example.dev/handbook/");
        assertThat(config.blogPath()).isEqualTo("updates");
        assertThat(config.routeBasePath()).isEqualTo("news");
        assertThat(config.title()).isEqualTo("Lantern Handbook");
        assertThat(DocusaurusConfig.parse("module.exports = {url: process.env.SITE_URL, presets: []};").siteUrl())
                .isEqualTo("/");
    }

    @Test
    void listsTheBlogFilesButPartialsAndDocs() throws Exception {
        Generators.OpenedSite opened = Generators.open(FIXTURE, SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("docusaurus");
        assertThat(opened.site().contentFiles()).containsExactly("updates/2023-04-01-spring-release.md",
                "updates/2023-06-10-kitchen-sink/index.mdx", "updates/2023-07-01-hidden.md",
                "updates/2023-08-01-work-in-progress.md", "updates/plain-note.md");
    }

    @Test
    void datesSlugsAuthorsAndTagsFollowTheBlogPlugin() throws Exception {
        Page spring = parse("updates/2023-04-01-spring-release.md");
        assertThat(spring.url()).isEqualTo("https://lantern.example.dev/handbook/news/2023/04/01/spring-release");
        assertThat(spring.date()).isEqualTo(Instant.parse("2023-04-01T00:00:00Z"));
        assertThat(spring.authors()).containsExactly("Mira Okafor");
        assertThat(spring.tags()).containsExactly("Release notes", "tooling");
        assertThat(spring.body()).doesNotContain("truncate");
        assertThat(spring.quotes()).singleElement()
                .satisfies(q -> assertThat(q.speakers()).containsExactly("Paulo Serra"));
        assertThat(spring.figures()).singleElement().satisfies(f -> assertThat(f.imageUrl())
                .isEqualTo("https://lantern.example.dev/handbook/news/2023/04/01/dial.png"));
        Page note = parse("updates/plain-note.md");
        assertThat(note.url()).isEqualTo("https://lantern.example.dev/handbook/news/notes/plain");
        assertThat(note.authors()).containsExactly("Ren Ito");
        assertThat(note.date()).isEqualTo(Instant.parse("2022-11-05T09:00:00Z"));
    }

    @Test
    void keepsMdxSyntaxOutOfTheText() throws Exception {
        Page sink = parse("updates/2023-06-10-kitchen-sink/index.mdx");
        assertThat(sink.url()).isEqualTo("https://lantern.example.dev/handbook/news/2023/06/10/kitchen-sink");
        assertThat(sink.title()).isEqualTo("Everything MDX can hold");
        assertThat(sink.authors()).containsExactly("Ren Ito");
        assertThat(sink.body()).contains("Text inside a tab is kept.").contains("Handy hint")
                .contains("Keep the wick trimmed.")
                .contains("import x from 'y'; // code keeps its imports and {braces}")
                .doesNotContain("@theme/Tabs").doesNotContain("MDX comment").doesNotContain("TabItem")
                .doesNotContain("Tweet").doesNotContain(":::");
        assertThat(sink.sections()).extracting(Section::anchor).containsExactly("everything-mdx-can-hold", "custom-id");
    }

    @Test
    void leavesDraftsAndUnlistedPostsOut() throws Exception {
        assertThat(prepare("updates/2023-08-01-work-in-progress.md").excluded()).isEqualTo("draft");
        assertThat(prepare("updates/2023-07-01-hidden.md").excluded()).isEqualTo("unlisted");
    }

    @Test
    void aConfigThatTurnsTheBlogOffIsReported() {
        SiteFixture.create(root).delete("config.yaml")
                .write("docusaurus.config.js", "module.exports = {url: 'https://x.example', presets: [['classic', "
                        + "{docs: {}, blog: false}]]};\n");
        assertThatThrownBy(() -> Generators.open(root, SourceOptions.auto())).isInstanceOf(SiteException.class)
                .hasMessageContaining("blog: false");
    }

    private static PreparedPage prepare(String path) throws Exception {
        return SourcePages.of(FIXTURE, false).prepare(path);
    }

    private static Page parse(String path) throws Exception {
        return SourcePages.of(FIXTURE, false).parse(path);
    }
}
