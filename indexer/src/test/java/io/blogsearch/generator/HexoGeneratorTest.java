package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.generator.hexo.UnsetPlaceholderException;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hexo's conventions on the fixture site and on small sites written per case. Every URL, date, language and anchor
 * expected here is where Hexo 8 (with hexo-renderer-marked 7) wrote the page when it built the same files.
 */
class HexoGeneratorTest {

    private static final Path FIXTURE = RequiredResources.projectRoot()
            .resolve("indexer/src/test/resources/generator/hexo-site");
    private static final Path JEKYLL = RequiredResources.projectRoot()
            .resolve("indexer/src/test/resources/generator/jekyll-site");
    private static final String BASE = "https://tides.example.org/journal/";

    @TempDir
    Path root;

    @Test
    void recognisesHexoBeforeJekyllAndListsTheFilesHexoRenders() throws Exception {
        Generators.OpenedSite opened = Generators.open(FIXTURE, SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("hexo");
        assertThat(opened.site().baseUrl()).isEqualTo(BASE);
        assertThat(opened.site().title()).isEqualTo("Tide Pool Journal");
        // no scaffolds/, themes/, source/_partials/ (hidden) or source/demo/ (skip_render)
        assertThat(opened.site().contentFiles()).containsExactly("source/_drafts/kelp-forests.md",
                "source/_posts/2023-04-02-low-tide-walk.md", "source/_posts/2023-06-10-moon-and-tides.md",
                "source/_posts/2023-07-01-unpublished-idea.md", "source/_posts/field-notes/hermit-crabs.md",
                "source/about/index.md", "source/fr/index.md", "source/guides/reading-tide-tables.md");
        assertThat(Generators.open(JEKYLL, SourceOptions.auto()).generator().name()).isEqualTo("jekyll");
    }

    @Test
    void leavesJekyllSitesToJekyll() throws Exception {
        // a Jekyll site with posts at the top and a package.json for its front-end tools
        SiteFixture jekyll = site("title: Garden\n").write("_posts/2024-01-02-beans.md", "---\ntitle: B\n---\nB.\n")
                .write("package.json", "{\"devDependencies\": {\"sass\": \"^1.0.0\"}}");
        assertThat(Generators.open(jekyll.root(), SourceOptions.auto()).generator().name()).isEqualTo("jekyll");
        // Octopress, a Jekyll site, keeps its posts in source/_posts and says so with source:
        Path octopress = root.resolve("octopress");
        SiteFixture.create(octopress).delete("config.yaml").write("_config.yml", "source: source\n")
                .write("source/_posts/2012-01-02-hello.markdown", "---\ntitle: H\n---\nH.\n");
        assertThat(Generators.open(octopress, SourceOptions.auto()).generator().name()).isEqualTo("jekyll");
        // the same folders without Jekyll's signs, or with a hexo dependency, are Hexo's
        Path hexo = root.resolve("hexo");
        SiteFixture.create(hexo).delete("config.yaml").write("_config.yml", "title: H\n")
                .write("source/_posts/hello.md", "---\ntitle: H\n---\nH.\n");
        assertThat(Generators.open(hexo, SourceOptions.auto()).generator().name()).isEqualTo("hexo");
        jekyll.write("package.json", "{\"dependencies\": {\"hexo\": \"^8.0.0\"}}")
                .write("source/_posts/hello.md", "---\ntitle: H\n---\nH.\n");
        assertThat(Generators.open(jekyll.root(), SourceOptions.auto()).generator().name()).isEqualTo("hexo");
    }

    @Test
    void publishesPostsAndPagesWhereHexoWritesThem() throws Exception {
        Map<String, String> expected = Map.of(
                "source/_posts/2023-04-02-low-tide-walk.md", "2023/05/low-tide-walk/",
                "source/_posts/field-notes/hermit-crabs.md", "2022/09/field-notes-hermit-crabs/",
                "source/_posts/2023-06-10-moon-and-tides.md", "moon/",
                "source/about/index.md", "about/",
                "source/fr/index.md", "fr/",
                "source/guides/reading-tide-tables.md", "guides/reading-tide-tables");
        SourcePages parser = fixture();
        for (Map.Entry<String, String> page : expected.entrySet()) {
            assertThat(parser.prepare(page.getKey()).url()).as(page.getKey()).isEqualTo(BASE + page.getValue());
        }
        assertThat(parser.prepare("source/about/index.md").kind()).isEqualTo(PageKind.PAGE);
        assertThat(parser.prepare("source/_posts/2023-06-10-moon-and-tides.md").kind()).isEqualTo(PageKind.POST);
    }

    @Test
    void expandsHexosPlaceholdersAndPrettyUrlSettings() throws Exception {
        site("url: https://ph.example.com\npermalink: :category/:i_month/:i_day/:post_title-:hash/:lang/:name/:mystery"
                + "\npermalink_defaults:\n  lang: en\npost_asset_folder: true\nfilename_case: 1\n")
                .write("source/_posts/lorem/hello-world.md", "---\ntitle: Hello, World! Ça va?\n"
                        + "date: 2013-07-04 17:01:34\ncategories: [Foo Bar, Baz]\n---\nText.\n")
                .write("source/_posts/second.md", "---\ntitle: Second\ndate: 2014-11-05 08:00:00\nlang: fr\n"
                        + "mystery: found\n---\nText.\n")
                .write("source/docs/index.md", "---\ntitle: Docs\n---\nDocs.\n")
                .write("source/docs/setup.md", "---\ntitle: Setup\npermalink: guide/setup\n---\nSetup.\n");
        SourcePages parser = SourcePages.of(root, false);
        PreparedPage hello = parser.prepare("source/_posts/lorem/hello-world.md");
        assertThat(hello.url()).isEqualTo(
                "https://ph.example.com/foo-bar/baz/7/4/hello-world-ca-va-4597f84b6347/en/hello-world/undefined/");
        assertThat(hello.problems()).singleElement().isInstanceOf(UnsetPlaceholderException.class)
                .satisfies(problem -> assertThat(problem.getMessage()).contains(":mystery"));
        assertThat(parser.prepare("source/_posts/second.md").url())
                .isEqualTo("https://ph.example.com/uncategorized/11/5/second-77cd705923b1/fr/second/found/");
        // trailing_index and trailing_html are on by default: Hexo links the file itself
        assertThat(parser.prepare("source/docs/index.md").url()).isEqualTo("https://ph.example.com/docs/index.html");
        assertThat(parser.prepare("source/docs/setup.md").url()).isEqualTo("https://ph.example.com/guide/setup.html");
    }

    @Test
    void readsThePostSlugBackThroughNewPostName() throws Exception {
        site("url: https://news.example.com\npermalink: news/:year/:month/:day/:title/\n"
                + "new_post_name: :year-:month-:day-:title.md\n")
                .write("source/_posts/2020-12-17-garden-3-1-released.md", "---\ntitle: Garden 3.1\n---\nOut.\n")
                .write("source/_posts/undated-note.md", "---\ntitle: Note\ndate: 2021-01-05\n---\nNote.\n");
        SourcePages parser = SourcePages.of(root, false);
        PreparedPage release = parser.prepare("source/_posts/2020-12-17-garden-3-1-released.md");
        assertThat(release.url()).isEqualTo("https://news.example.com/news/2020/12/17/garden-3-1-released/");
        assertThat(release.date()).isEqualTo(Instant.parse("2020-12-17T00:00:00Z"));
        assertThat(parser.prepare("source/_posts/undated-note.md").url())
                .isEqualTo("https://news.example.com/news/2021/01/05/undated-note/");
    }

    @Test
    void datesPostsInTheSiteTimezone() throws Exception {
        // written 2023-05-01 00:30 in Tokyo: April in UTC, May in the URL
        Page walk = fixture().parse("source/_posts/2023-04-02-low-tide-walk.md");
        assertThat(walk.date()).isEqualTo(Instant.parse("2023-04-30T15:30:00Z"));
        assertThat(walk.lastmod()).isEqualTo(Instant.parse("2023-05-03T00:00:00Z"));
        assertThat(fixture().parse("source/about/index.md").date()).isNull();
    }

    @Test
    void leavesDraftsAndUnpublishedPostsOutUnlessAsked() throws Exception {
        SourcePages parser = fixture();
        assertThat(parser.prepare("source/_drafts/kelp-forests.md").excluded()).isEqualTo("draft");
        assertThat(parser.prepare("source/_posts/2023-07-01-unpublished-idea.md").excluded()).isEqualTo("draft");
        assertThat(parser.prepare("source/_posts/2023-06-10-moon-and-tides.md").excluded()).isNull();
        SourcePages withDrafts = SourcePages.of(FIXTURE, true);
        assertThat(withDrafts.prepare("source/_drafts/kelp-forests.md").excluded()).isNull();
        site("future: false\nrender_drafts: true\n")
                .write("source/_posts/later.md", "---\ntitle: L\ndate: 2099-01-01\n---\nL.\n")
                .write("source/_drafts/idea.md", "---\ntitle: I\n---\nI.\n");
        SourcePages configured = SourcePages.of(root, false);
        assertThat(configured.prepare("source/_posts/later.md").excluded()).isEqualTo("future");
        assertThat(configured.prepare("source/_drafts/idea.md").excluded()).isNull();
    }

    @Test
    void takesTagsAndCategoriesFromFrontMatterOnly() throws Exception {
        Page walk = fixture().parse("source/_posts/2023-04-02-low-tide-walk.md");
        assertThat(walk.tags()).containsExactly("rockpools", "walks");
        // a path of categories: the post is filed under both
        assertThat(walk.taxonomies().get("categories")).containsExactly("Coast", "North Shore");
        // a list of paths, and one tag as text
        Page crabs = fixture().parse("source/_posts/field-notes/hermit-crabs.md");
        assertThat(crabs.taxonomies().get("categories")).containsExactly("Creatures", "Crustaceans", "Guides");
        assertThat(crabs.tags()).containsExactly("crabs");
        // no folder becomes a category (not _posts, not source)
        assertThat(fixture().parse("source/_posts/2023-06-10-moon-and-tides.md").taxonomies())
                .doesNotContainKey("categories");
        assertThat(fixture().parse("source/guides/reading-tide-tables.md").taxonomies())
                .isEqualTo(Map.of("tags", List.of("tables")));
        assertThat(walk.authors()).containsExactly("Marisol Quintero");
    }

    @Test
    void takesTheLanguageOfAFolderTheThemeTranslates() throws Exception {
        assertThat(fixture().parse("source/fr/index.md").lang()).isEqualTo("fr");
        assertThat(fixture().parse("source/about/index.md").lang()).isEqualTo("en");
        // without translations in the theme, a folder says nothing
        site("language: de\n").write("source/fr/index.md", "---\ntitle: F\n---\nF.\n");
        assertThat(SourcePages.of(root, false).parse("source/fr/index.md").lang()).isEqualTo("de");
    }

    @Test
    void namesHeadingsAsHexoRendererMarkedDoes() throws Exception {
        assertThat(fixture().parse("source/_posts/2023-04-02-low-tide-walk.md").sections())
                .extracting(Section::anchor)
                .containsExactly("What-we-found", "Don’t-forget-the-tide-table", "What-we-found-1");
        assertThat(fixture().parse("source/guides/reading-tide-tables.md").sections()).extracting(Section::anchor)
                .containsExactly("Heights-and-times", "Spring-–-and-neap-tides");
        assertThat(fixture().parse("source/_posts/field-notes/hermit-crabs.md").sections())
                .extracting(Section::anchor).containsExactly("Shell-sizes");
    }

    @Test
    void turnsTagPluginsIntoTextAndAttributesQuotesToPeopleOnly() throws Exception {
        Page walk = fixture().parse("source/_posts/2023-04-02-low-tide-walk.md");
        assertThat(walk.body()).contains("return (low - now).total_seconds() / 60")
                .contains("Read the older entry about hermit crabs too.")
                .contains("Template braces like {{ tide }} stay as written here.")
                .doesNotContain("{%").doesNotContain("codeblock").doesNotContain("dQw4w9WgXcQ");
        assertThat(walk.quotes()).extracting(Quote::speaker).containsExactly("Wendell Okafor");
        Page crabs = fixture().parse("source/_posts/field-notes/hermit-crabs.md");
        assertThat(crabs.quotes()).isEmpty(); // a handle, not a person's name
        assertThat(crabs.body()).contains("Saw a queue of seven crabs");
    }

    private SiteFixture site(String config) {
        return SiteFixture.create(root).delete("config.yaml").write("_config.yml", config)
                .write("scaffolds/post.md", "---\ntitle: {{ title }}\n---\n");
    }

    /** The fixture site as its generator reads it, drafts left out. */
    private static SourcePages fixture() throws Exception {
        return SourcePages.of(FIXTURE, false);
    }
}
