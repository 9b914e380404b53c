package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.blogsearch.generator.docusaurus.BlogInstance;
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
        // the leading # heading is the page's title, not a section of its text
        assertThat(sink.sections()).extracting(Section::anchor).containsExactly("custom-id");
    }

    @Test
    void keepsInlineCodeAsWrittenAsMdxReadsItAsCode() throws Exception {
        blog().write("blog/2024-02-03-lists.md", """
                ---
                title: Lists
                ---
                Intro.

                ### [`<FlatList>`](/docs/flatlist)

                Prefer `<FlatList>` over `{items}`, not <Badge text="new" />.
                """);
        Page lists = SourcePages.of(root, false).parse("blog/2024-02-03-lists.md");
        assertThat(lists.sections()).extracting(Section::anchor).containsExactly("flatlist");
        assertThat(lists.body()).contains("Prefer <FlatList> over {items}").doesNotContain("Badge");
    }

    @Test
    void namesHeadingsAsGithubSluggerDoesKeepingCombiningMarks() throws Exception {
        blog().write("blog/2024-04-01-marks.md", """
                ---
                title: Marks
                ---
                ## \u2702\uFE0F Cut it

                ## हिन्दी में

                ## Cut it

                ## Cut it {#cut-it-1}

                ## ²

                # Later

                ## Later
                """);
        Page marks = parse(root, "blog/2024-04-01-marks.md");
        // the variation selector after an emoji and Devanagari vowel signs are marks, which github-slugger keeps;
        // an explicit id does not push later ids on, a heading that slugs to nothing has no anchor, and neither
        // has a # heading, whose slug still numbers the next repeat
        assertThat(marks.sections()).extracting(Section::anchor)
                .containsExactly("\uFE0F-cut-it", "हिन्दी-में", "cut-it", "cut-it-1", "later-1");
    }

    @Test
    void aLeadingHeadingTitlesThePostAndLeavesItsText() throws Exception {
        blog().write("blog/2024-03-01-first.md", """
                ---
                authors: [ren]
                ---
                import Note from '@site/src/Note';

                # The `first` post {#first}

                Opening words.

                ## Details

                More.
                """)
                .write("blog/2024-03-02-titled.md", """
                ---
                title: From front matter
                ---
                # Shown as the title instead

                Text.
                """)
                .write("blog/2024-03-03-untitled-musings.md", """
                ---
                tags: [x]
                ---
                A post without a heading at its top.

                ```bash
                # a shell comment, not a title
                ```

                # A later heading
                """);
        Page first = parse(root, "blog/2024-03-01-first.md");
        assertThat(first.title()).isEqualTo("The first post");
        assertThat(first.sections()).extracting(Section::anchor).containsExactly("details");
        assertThat(first.body()).contains("Opening words.").doesNotContain("The first post");
        Page titled = parse(root, "blog/2024-03-02-titled.md");
        assertThat(titled.title()).isEqualTo("From front matter");
        assertThat(titled.body()).doesNotContain("Shown as the title");
        Page untitled = parse(root, "blog/2024-03-03-untitled-musings.md");
        assertThat(untitled.title()).isEqualTo("untitled-musings");
        assertThat(untitled.body()).contains("a shell comment");
    }

    @Test
    void followsTrailingSlashAndShortDatesInFileNames() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("docusaurus.config.js", "module.exports = {url: 'https://x.example', baseUrl: '/',"
                        + " trailingSlash: true};\n")
                .write("blog/2021-8-5-short.md", "---\ntitle: Short\n---\nText.\n")
                .write("blog/archive/2019-01-02-old/2020-03-04-moved.md", "---\ntitle: Moved\n---\nText.\n");
        Page brief = parse(root, "blog/2021-8-5-short.md");
        assertThat(brief.url()).isEqualTo("https://x.example/blog/2021/8/5/short/");
        assertThat(brief.date()).isEqualTo(Instant.parse("2021-08-05T00:00:00Z"));
        // the plugin takes the last date of the path, the folders before it staying in the slug
        Page moved = parse(root, "blog/archive/2019-01-02-old/2020-03-04-moved.md");
        assertThat(moved.url()).isEqualTo("https://x.example/blog/2020/03/04/archive/2019-01-02-old/moved/");
        assertThat(DocusaurusConfig.parse("export default {trailingSlash: false};").trailingSlash()).isFalse();
    }

    @Test
    void readsTranslationsOfTheConfiguredLocalesUnderTheirLocalePath() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("docusaurus.config.js", """
                        module.exports = {url: 'https://x.example', baseUrl: '/site/',
                          i18n: {defaultLocale: 'en', locales: ['en', 'pt-BR'], localeConfigs: {en: {label: 'EN'}}}};
                        """)
                .write("blog/2024-05-01-hello.md", "---\ntitle: Hello\n---\nText.\n")
                .write("i18n/pt-BR/docusaurus-plugin-content-blog/2024-05-01-hello.md",
                        "---\ntitle: Olá\n---\nTexto.\n")
                .write("i18n/de/docusaurus-plugin-content-blog/2024-05-01-hello.md", "---\ntitle: Hallo\n---\nText.\n");
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        // de is not a configured locale: Docusaurus builds no German site
        assertThat(opened.site().contentFiles()).containsExactly("blog/2024-05-01-hello.md",
                "i18n/pt-BR/docusaurus-plugin-content-blog/2024-05-01-hello.md");
        Page hello = parse(root, "blog/2024-05-01-hello.md");
        assertThat(hello.url()).isEqualTo("https://x.example/site/blog/2024/05/01/hello");
        assertThat(hello.lang()).isEqualTo("en");
        Page ola = parse(root, "i18n/pt-BR/docusaurus-plugin-content-blog/2024-05-01-hello.md");
        assertThat(ola.url()).isEqualTo("https://x.example/site/pt-BR/blog/2024/05/01/hello");
        assertThat(ola.lang()).isEqualTo("pt-br");
        assertThat(ola.date()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        // a locale moved elsewhere (its own path or URL) is not followed
        assertThat(DocusaurusConfig.parse("export default {i18n: {defaultLocale: 'en', locales: ['en', 'fr'],"
                + " localeConfigs: {fr: {baseUrl: '/'}}}};").translations()).isEmpty();
    }

    @Test
    void indexesEveryBlogPluginInstanceUnderItsOwnRoute() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("docusaurus.config.js", """
                        module.exports = {
                          url: 'https://x.example', baseUrl: '/',
                          i18n: {defaultLocale: 'en', locales: ['en', 'fr']},
                          themeConfig: {blog: {sidebar: {groupByYear: true}}},
                          plugins: [
                            ['@docusaurus/plugin-content-blog', {id: 'changelog', path: './changelog',
                              routeBasePath: 'releases', feedOptions: {title: 'x'},
                              authorsMapPath: '../people/authors.yml'}],
                            ['@docusaurus/plugin-content-blog', {id: 'project', path: 'posts/project',
                              routeBasePath: 'projects'}],
                          ],
                          presets: [['classic', {blog: {path: 'posts', routeBasePath: 'writing'}}]],
                        };
                        """)
                .write("posts/2024-01-02-note.md", "---\ntitle: Note\n---\nText.\n")
                .write("posts/project/2024-02-03-lamp.md", "---\ntitle: Lamp\n---\nText.\n")
                .write("changelog/2024-03-04-v2.md", "---\ntitle: v2\nauthors: [ada]\n---\nText.\n")
                .write("people/authors.yml", "ada:\n  name: Ada Quill\n")
                .write("i18n/fr/docusaurus-plugin-content-blog-changelog/2024-03-04-v2.md",
                        "---\ntitle: v2\n---\nTexte.\n");
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        assertThat(opened.site().contentFiles()).containsExactly("posts/2024-01-02-note.md",
                "changelog/2024-03-04-v2.md", "i18n/fr/docusaurus-plugin-content-blog-changelog/2024-03-04-v2.md",
                "posts/project/2024-02-03-lamp.md");
        assertThat(parse(root, "posts/2024-01-02-note.md").url())
                .isEqualTo("https://x.example/writing/2024/01/02/note");
        // a blog inside another blog's folder is its own
        assertThat(parse(root, "posts/project/2024-02-03-lamp.md").url())
                .isEqualTo("https://x.example/projects/2024/02/03/lamp");
        assertThat(parse(root, "changelog/2024-03-04-v2.md")).satisfies(page -> {
            assertThat(page.url()).isEqualTo("https://x.example/releases/2024/03/04/v2");
            // authorsMapPath is relative to the blog's folder
            assertThat(page.authors()).containsExactly("Ada Quill");
        });
        Page v2 = parse(root, "i18n/fr/docusaurus-plugin-content-blog-changelog/2024-03-04-v2.md");
        assertThat(v2.url()).isEqualTo("https://x.example/fr/releases/2024/03/04/v2");
        assertThat(v2.lang()).isEqualTo("fr");
        // the classic preset runs its blog even when its options do not mention it
        assertThat(DocusaurusConfig.parse("export default {presets: [['classic', {docs: {}}]], plugins: [["
                + "'@docusaurus/plugin-content-blog', {id: 'news', path: 'news'}]]};").blogs())
                .extracting(BlogInstance::id, BlogInstance::path)
                .containsExactly(tuple("default", "blog"), tuple("news", "news"));
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

    /** A Docusaurus site of its own in the test's folder, with the default blog folder. */
    private SiteFixture blog() {
        return SiteFixture.create(root).delete("config.yaml")
                .write("docusaurus.config.js", "module.exports = {url: 'https://x.example', baseUrl: '/'};\n");
    }

    private static Page parse(Path site, String path) throws Exception {
        return SourcePages.of(site, false).parse(path);
    }

    private static PreparedPage prepare(String path) throws Exception {
        return SourcePages.of(FIXTURE, false).prepare(path);
    }

    private static Page parse(String path) throws Exception {
        return SourcePages.of(FIXTURE, false).parse(path);
    }
}
