package io.blogsearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteReaderTest {

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void readsYamlConfigPermalinksTaxonomiesAndAuthor() throws Exception {
        write("config.yaml", """
                baseURL: 'https://example.org'
                title: Example
                disablePathToLower: true
                params:
                  author: Jane Doe
                permalinks:
                  posts: '/:year/:title/'
                taxonomies:
                  tag: tags
                  series: series
                """);
        write("content/post/a.md", "---\ntitle: A\n---\n");
        write("content/post/img.png", "x");
        Site site = SiteReader.read(root);
        assertThat(site.baseUrl()).isEqualTo("https://example.org/");
        assertThat(site.title()).isEqualTo("Example");
        assertThat(site.permalinks()).containsEntry("posts", "/:year/:title/");
        assertThat(site.taxonomies()).containsEntry("tag", "tags").containsEntry("series", "series").hasSize(2);
        assertThat(site.defaultAuthor()).isEqualTo("Jane Doe");
        assertThat(site.disablePathToLower()).isTrue();
        assertThat(site.contentFiles()).containsExactly("content/post/a.md");
    }

    @Test
    void ignoreFilesLeavesOutWhatItsExpressionsFindInTheAbsolutePath() throws Exception {
        write("hugo.toml", """
                ignoreFiles = ["(?:^|/)OWNERS$", "README[-]+[a-z]*\\\\.md", "content/docs/tools",
                  "^content/docs/kept", "("]
                """);
        write("content/docs/a.md", "---\ntitle: A\n---\n");
        write("content/docs/README-ko.md", "x");
        write("content/docs/README.md", "x");
        write("content/docs/tools/snippets/README.md", "x");
        write("content/docs/kept.md", "x");
        Site site = SiteReader.read(root);
        // Hugo matches the absolute path: an expression anchored at content/ matches nothing
        assertThat(site.contentFiles()).containsExactly("content/docs/README.md", "content/docs/a.md",
                "content/docs/kept.md");
        assertThat(site.notices()).extracting(ConfigNotice::key).contains("ignoreFiles");
    }

    @Test
    void contentFilesInsideALeafBundleAreItsResourcesNotPages() throws Exception {
        // as Debian's hugo 0.111 builds it: only glossary/index.html is published
        write("content/docs/glossary/index.md", "---\ntitle: Glossary\n---\n");
        write("content/docs/glossary/index.de.md", "---\ntitle: Glossar\n---\n");
        write("content/docs/glossary/term.md", "---\ntitle: Term\n---\nText.\n");
        write("content/docs/glossary/more/deep.md", "---\ntitle: Deep\n---\nText.\n");
        write("content/docs/glossary/more/index.md", "---\ntitle: Inner\n---\nText.\n");
        write("content/docs/guide/_index.md", "---\ntitle: Guide\n---\nText.\n");
        write("content/docs/guide/step.md", "---\ntitle: Step\n---\nText.\n");
        write("content/index.md", "---\ntitle: Home\n---\nText.\n");
        Site site = SiteReader.read(root);
        assertThat(site.contentFiles()).containsExactly("content/docs/glossary/index.de.md",
                "content/docs/glossary/index.md", "content/docs/guide/_index.md", "content/docs/guide/step.md",
                "content/index.md");
    }

    @Test
    void aConfigFileNamedForALanguageConfiguresThatLanguage() throws Exception {
        write("config/_default/hugo.toml", "baseURL = 'https://lang.example/'\ndefaultContentLanguage = 'en'\n");
        write("config/_default/languages.en.toml", "weight = 1\nlanguageName = 'English'\n");
        write("config/_default/languages.zh-Hans.toml", "weight = 2\n[params]\ndescription = 'x'\n");
        write("config/_default/params.zh-Hans.toml", "mainSections = ['samples']\n");
        write("config/_default/menus.en.toml", "[[main]]\nname = 'Blog'\n");
        write("content/samples/a.md", "---\ntitle: A\n---\n");
        write("content/samples/a.zh-Hans.md", "---\ntitle: A\n---\n");
        Site site = SiteReader.read(root);
        assertThat(site.languages().languages()).extracting(SiteLanguages.Language::code)
                .containsExactly("en", "zh-hans");
        assertThat(site.config().path("languages").path("zh-hans").path("params").path("mainsections").isArray())
                .isTrue();
        assertThat(site.config().path("languages").path("en").path("menus").path("main").isArray()).isTrue();
    }

    @Test
    void readsConfigKeysInAnyLetterCaseAsHugoDoes() throws Exception {
        write("config/_default/hugo.toml", "BaseURL = 'https://wrong.example/'\nTitle = 'Old'\n");
        write("config.toml", """
                baseUrl = "https://case.example/"
                DefaultContentLanguage = "de"
                DisablePathToLower = true
                [Permalinks]
                Posts = "/:year/:slug/"
                [Params]
                Author = "Ann"
                """);
        write("content/posts/a.md", "---\ntitle: A\n---\n");
        Site site = SiteReader.read(root);
        assertThat(site.baseUrl()).isEqualTo("https://case.example/");
        assertThat(site.title()).isEqualTo("Old");
        assertThat(site.languages().defaultLanguage()).isEqualTo("de");
        assertThat(site.disablePathToLower()).isTrue();
        assertThat(site.permalinks()).containsEntry("posts", "/:year/:slug/");
        assertThat(site.defaultAuthor()).isEqualTo("Ann");
    }

    @Test
    void prefersHugoTomlAndDefaultsTaxonomies() throws Exception {
        write("hugo.toml", "baseURL = 'https://t.example/'\n[params]\nauthor = 'Tom'\n");
        write("config.yaml", "baseURL: https://wrong.example/\n");
        write("content/x.md", "+++\ntitle = 'x'\n+++\n");
        Site site = SiteReader.read(root);
        assertThat(site.baseUrl()).isEqualTo("https://t.example/");
        assertThat(site.defaultAuthor()).isEqualTo("Tom");
        assertThat(site.taxonomies()).containsEntry("tag", "tags").containsEntry("category", "categories");
    }

    @Test
    void mergesConfigDefaultFolder() throws Exception {
        write("config/_default/hugo.json", "{\"baseURL\": \"https://j.example/\"}");
        write("config/_default/params.yaml", "author: Ann\n");
        write("config/_default/permalinks.yaml", "posts: /:slug/\n");
        write("content/x.md", "x");
        Site site = SiteReader.read(root);
        assertThat(site.baseUrl()).isEqualTo("https://j.example/");
        assertThat(site.defaultAuthor()).isEqualTo("Ann");
        assertThat(site.permalinks()).containsEntry("posts", "/:slug/");
    }

    @Test
    void readsDataFilesKeyedByName() throws Exception {
        write("config.yaml", "title: t\n");
        write("content/x.md", "x");
        write("data/events.yaml", "events:\n  - name: Conf 2020\n");
        write("data/more/people.json", "{\"a\": 1}");
        Site site = SiteReader.read(root);
        assertThat(site.dataFile("events").path("events").get(0).path("name").asText()).isEqualTo("Conf 2020");
        assertThat(site.dataFile("more/people").path("a").asInt()).isEqualTo(1);
    }

    @Test
    void rejectsSiteWithoutContentFolder() throws Exception {
        write("config.yaml", "title: t\n");
        assertThatThrownBy(() -> SiteReader.read(root)).isInstanceOf(SiteException.class)
                .hasMessageContaining("no content directory");
    }

    @Test
    void reportsContentInFormatsItDoesNotReadOncePerFormat() throws Exception {
        write("config.yaml", "baseURL: https://example.org/\n");
        write("content/post/a.md", "---\ntitle: A\n---\nText.\n");
        write("content/post/b.adoc", "= B\n");
        write("content/post/c.adoc", "= C\n");
        write("content/notes/d.org", "* D\n");
        Site site = SiteReader.read(root);
        assertThat(site.contentFiles()).containsExactly("content/post/a.md");
        assertThat(site.notices()).extracting(ConfigNotice::line).containsExactly(
                "content/post/b.adoc: .adoc: 2 content file(s) in a format blogsearch does not read (only Markdown "
                        + "and HTML); not indexed",
                "content/notes/d.org: .org: 1 content file(s) in a format blogsearch does not read (only Markdown "
                        + "and HTML); not indexed");
    }
}
