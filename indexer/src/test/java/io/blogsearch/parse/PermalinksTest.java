package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Permalinks as Hugo builds them, from Hugo's documentation (content-management/urls) and re-expressing the cases
 * of Hugo's own permalink tests (resources/page/permalinks_test.go): a page bundle {@code test-page} in section
 * {@code blue}, dated 2012-04-06 03:01:59, with a title and the slug "The Slug".
 */
class PermalinksTest {

    private static final String PAGE = """
            ---
            title: Spf13 Vim 3.0 Release and new website
            date: 2012-04-06T03:01:59Z
            slug: The Slug
            ---
            Text.
            """;

    @TempDir
    Path root;

    private String url(String config, String path, String page) throws Exception {
        String withBase = config.contains("baseURL") ? config : "baseURL: https://example.org/\n" + config;
        SiteFixture site = SiteFixture.create(root).write("config.yaml", withBase).write(path, page);
        Site read = SiteReader.read(site.root());
        PageParser parser = new PageParser(read, false, Instant.parse("2030-01-01T00:00:00Z"));
        return parser.prepare(path, "hash", page.getBytes(StandardCharsets.UTF_8)).url();
    }

    private String pattern(String pattern) throws Exception {
        return url("baseURL: https://example.org/\npermalinks:\n  page:\n    blue: '" + pattern + "'\n",
                "content/blue/test-page/index.md", PAGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ":title | spf13-vim-3.0-release-and-new-website/",
        "/:year-:month-:title | 2012-04-spf13-vim-3.0-release-and-new-website/",
        "/:year/:yearday/:month/:monthname/:day/:weekday/:weekdayname/ | 2012/97/04/april/06/5/friday/",
        "/:section/ | blue/",
        "/:title/ | spf13-vim-3.0-release-and-new-website/",
        "/:slug/ | the-slug/",
        "/:slugorfilename/ | the-slug/",
        "/:filename/ | test-page/",
        "/:06-:1-:2-:Monday | 12-4-6-friday/",
        "/:2006_01_02_15_04_05.000 | 2012_04_06_03_01_59.000/",
        "/\\:filename | :filename/",
        "/special\\::slug/ | special:the-slug/",
        "/:contentbasename/ | test-page/",
        "/:slugorcontentbasename/ | the-slug/",
    })
    void expandsEveryTokenOfHugosPermalinkTests(String pattern, String expected) throws Exception {
        assertThat(pattern(pattern)).isEqualTo("https://example.org/" + expected);
    }

    /** As Hugo 0.111 publishes them: a pattern's expansion is a folder ({@code public/b/d.html/index.html}). */
    @Test
    void aPatternWithoutTrailingSlashIsStillPublishedAsAFolder() throws Exception {
        String config = "permalinks:\n  posts: ':contentbasename'\n  blog: /b/:filename.html\n";
        assertThat(url(config, "content/posts/my-post/index.md", PAGE)).isEqualTo("https://example.org/my-post/");
        assertThat(url(config, "content/blog/d.md", PAGE)).isEqualTo("https://example.org/b/d.html/");
        assertThat(url("uglyURLs: true\n" + config, "content/posts/my-post/index.md", PAGE))
                .isEqualTo("https://example.org/my-post.html");
    }

    @Test
    void aFilenameDateRuleDatesAnUndatedPageAndGivesItsSlug() throws Exception {
        String config = """
                timeZone: Asia/Tokyo
                frontmatter:
                  date: [date, ':filename', ':default']
                permalinks:
                  posts: /:section/:year/:month/:day/:slug/
                """;
        String undated = "---\ntitle: Page Title\n---\nText.\n";
        assertThat(url(config, "content/posts/2018-05-29-named-post.md", undated))
                .isEqualTo("https://example.org/posts/2018/05/29/named-post/");
        assertThat(url(config, "content/posts/2018-05-29_bundled/index.md", undated))
                .isEqualTo("https://example.org/posts/2018/05/29/bundled/");
        // the front matter slug wins; a written date comes first; a name that is no date gives neither
        assertThat(url(config, "content/posts/2018-05-29-named-post.md", "---\ntitle: T\nslug: own\n---\nText.\n"))
                .isEqualTo("https://example.org/posts/2018/05/29/own/");
        assertThat(url(config, "content/posts/2018-05-29-named-post.md", "---\ntitle: T\ndate: 2020-01-02\n---\n"))
                .isEqualTo("https://example.org/posts/2020/01/02/t/");
        assertThat(url(config, "content/posts/2015-03-00-odd-name.md", undated))
                .isEqualTo("https://example.org/posts/1/01/01/page-title/");
    }

    @Test
    void withoutAFrontmatterConfigTheDateFallsBackToPublishDateThenLastmod() throws Exception {
        String config = "permalinks:\n  posts: /:year/:month/:slug/\n";
        assertThat(url(config, "content/posts/a.md", "---\ntitle: A\npublished: 2019-07-08\n---\n"))
                .isEqualTo("https://example.org/2019/07/a/");
        assertThat(url(config, "content/posts/a.md", "---\ntitle: A\nmodified: 2021-03-04\n---\n"))
                .isEqualTo("https://example.org/2021/03/a/");
        // no :filename rule unless configured: the file name is only a name
        assertThat(url(config, "content/posts/2018-05-29-a.md", "---\ntitle: A\n---\n"))
                .isEqualTo("https://example.org/1/01/a/");
    }

    @Test
    void slugFallsBackToTheTitleAndSlugOrFileNameToTheBundleFolder() throws Exception {
        String config = """
                permalinks:
                  page:
                    posts: /:slug
                    recipes: /:slugorfilename
                    docs: /:slugorcontentbasename/
                """;
        String untitledSlug = "---\ntitle: Page Title\ndate: 2012-04-06\n---\nText.\n";
        assertThat(url(config, "content/posts/page-filename/index.md", untitledSlug))
                .isEqualTo("https://example.org/page-title/");
        assertThat(url(config, "content/recipes/page-filename/index.md", untitledSlug))
                .isEqualTo("https://example.org/page-filename/");
        assertThat(url(config, "content/docs/page-filename.md", untitledSlug))
                .isEqualTo("https://example.org/page-filename/");
    }

    @Test
    void sectionsTokenAndItsSlices() throws Exception {
        String page = "content/a/b/c/test-page/index.md";
        String config = "permalinks:\n  a: '/:sections/'\n";
        assertThat(url(config, page, PAGE)).isEqualTo("https://example.org/a/b/c/");
        assertThat(url("permalinks:\n  a: '/:sections[last]/'\n", page, PAGE)).isEqualTo("https://example.org/c/");
        assertThat(url("permalinks:\n  a: '/:sections[0]/:sections[last]/'\n", page, PAGE))
                .isEqualTo("https://example.org/a/c/");
        assertThat(url("permalinks:\n  a: '/:sections[1:]/:slug/'\n", page, PAGE))
                .isEqualTo("https://example.org/b/c/the-slug/");
    }

    @Test
    void slicesSectionsLenientlyAsHugoDoes() {
        List<String> four = List.of("a", "b", "c", "d");
        assertThat(PermalinkPattern.slice(four, "[1:3]")).containsExactly("b", "c");
        assertThat(PermalinkPattern.slice(four, "[1:]")).containsExactly("b", "c", "d");
        assertThat(PermalinkPattern.slice(four, "[:2]")).containsExactly("a", "b");
        assertThat(PermalinkPattern.slice(four, "[:]")).containsExactly("a", "b", "c", "d");
        assertThat(PermalinkPattern.slice(four, "[last]")).containsExactly("d");
        assertThat(PermalinkPattern.slice(four, "[:last]")).containsExactly("a", "b", "c");
        assertThat(PermalinkPattern.slice(List.of("a"), "[:last]")).isEmpty();
        assertThat(PermalinkPattern.slice(List.of("a"), "[1]")).isEmpty();
        assertThat(PermalinkPattern.slice(four, "[1:5]")).containsExactly("b", "c", "d");
        assertThat(PermalinkPattern.slice(four, "[-1:5]")).containsExactly("a", "b", "c", "d");
        assertThat(PermalinkPattern.slice(four, "[5:]")).isEmpty();
        assertThat(PermalinkPattern.slice(four, "[]")).isEmpty();
        assertThat(PermalinkPattern.slice(four, "foo")).isEmpty();
    }

    @Test
    void readsTheOlderSectionMapAndTheMapsPerKind() throws Exception {
        String page = "---\ntitle: Hello World\ndate: 2024-03-05\n---\nText.\n";
        assertThat(url("permalinks:\n  posts: /:year/:month/:title/\n", "content/posts/hello.md", page))
                .isEqualTo("https://example.org/2024/03/hello-world/");
        String perKind = """
                permalinks:
                  page:
                    posts: /articles/:year/:slug/
                  section:
                    posts: /articles/
                """;
        assertThat(url(perKind, "content/posts/hello.md", page))
                .isEqualTo("https://example.org/articles/2024/hello-world/");
        assertThat(url(perKind, "content/posts/_index.md", page)).isEqualTo("https://example.org/articles/");
    }

    @Test
    void readsTheListOfTargetedRulesInOrder() throws Exception {
        String config = """
                permalinks:
                  - target: {kind: page, path: '/posts/2024/**'}
                    pattern: /new/:slug/
                  - target: {kind: page, path: '/posts/**'}
                    pattern: /old/:slug/
                """;
        String page = "---\ntitle: Hello World\ndate: 2024-03-05\n---\nText.\n";
        assertThat(url(config, "content/posts/2024/hello.md", page)).isEqualTo("https://example.org/new/hello-world/");
        assertThat(url(config, "content/posts/2019/hello.md", page)).isEqualTo("https://example.org/old/hello-world/");
    }

    @Test
    void aPatternForAnotherSectionLeavesHugosDefaultPath() throws Exception {
        String page = "---\ntitle: Hello World\ndate: 2024-03-05\n---\nText.\n";
        assertThat(url("permalinks:\n  posts: /:year/:title/\n", "content/post/2016/hello.md", page))
                .isEqualTo("https://example.org/post/2016/hello/");
    }

    @Test
    void reportsAnUnknownTokenAndKeepsTheDefaultPath() throws Exception {
        String page = "---\ntitle: Hello\n---\nText.\n";
        assertThat(url("permalinks:\n  page:\n    blog: /blog/:fred/\n", "content/blog/hello.md", page))
                .isEqualTo("https://example.org/blog/hello/");
        Site site = SiteReader.read(root);
        assertThat(site.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.file()).isEqualTo("config.yaml");
            assertThat(notice.key()).isEqualTo("permalinks.page.blog");
            assertThat(notice.message()).contains(":fred");
        });
    }

    @Test
    void urlFrontMatterIsKeptAsWrittenWithTheSlashHugoAddsToAPathWithoutExtension() throws Exception {
        String config = "baseURL: https://example.org/\n";
        assertThat(url(config, "content/about.md", "---\ntitle: About\nurl: /about-me/\n---\nText.\n"))
                .isEqualTo("https://example.org/about-me/");
        // Hugo writes /about-me/index.html and links it with the slash
        assertThat(url(config, "content/about.md", "---\ntitle: About\nurl: /about-me\n---\nText.\n"))
                .isEqualTo("https://example.org/about-me/");
        assertThat(url(config, "content/about.md", "---\ntitle: About\nurl: /docs/v1.2\n---\nText.\n"))
                .isEqualTo("https://example.org/docs/v1.2");
        assertThat(url(config, "content/about.md", "---\ntitle: About\nurl: /Mixed/Case.html\n---\nText.\n"))
                .isEqualTo("https://example.org/Mixed/Case.html");
    }

    @Test
    void slugReplacesTheLastSegment() throws Exception {
        assertThat(url("baseURL: https://example.org/\n", "content/posts/post-1.md",
                "---\ntitle: My First Post\nslug: my-first-post\n---\nText.\n"))
                .isEqualTo("https://example.org/posts/my-first-post/");
    }

    @Test
    void uglyUrlsEndInHtmlForTheSiteOrForOneSection() throws Exception {
        String page = "---\ntitle: Post 1\n---\nText.\n";
        assertThat(url("uglyURLs: true\n", "content/posts/post-1.md", page))
                .isEqualTo("https://example.org/posts/post-1.html");
        assertThat(url("uglyURLs: true\n", "content/posts/_index.md", page)).isEqualTo("https://example.org/posts/");
        assertThat(url("uglyURLs:\n  posts: true\n", "content/posts/post-1.md", page))
                .isEqualTo("https://example.org/posts/post-1.html");
        assertThat(url("uglyURLs:\n  posts: true\n", "content/notes/n.md", page))
                .isEqualTo("https://example.org/notes/n/");
    }

    @Test
    void aBaseUrlWithASubPathPrefixesEveryLink() throws Exception {
        String page = "---\ntitle: Hello World\ndate: 2024-03-05\n---\nText.\n";
        assertThat(url("baseURL: https://example.org/blog\n", "content/posts/hello.md", page))
                .isEqualTo("https://example.org/blog/posts/hello/");
        assertThat(url("baseURL: https://example.org/blog/\npermalinks:\n  posts: /:year/:title/\n",
                "content/posts/hello.md", page)).isEqualTo("https://example.org/blog/2024/hello-world/");
        assertThat(url("baseURL: https://example.org/blog/\n", "content/about.md",
                "---\ntitle: About\nurl: /about/\n---\nText.\n")).isEqualTo("https://example.org/blog/about/");
    }

    @Test
    void keepsCaseWithDisablePathToLower() throws Exception {
        String page = "---\ntitle: Hello World\ndate: 2024-03-05\n---\nText.\n";
        assertThat(url("disablePathToLower: true\npermalinks:\n  Posts: /:title/\n", "content/Posts/Hello.md", page))
                .isEqualTo("https://example.org/Hello-World/");
        assertThat(url("disablePathToLower: false\n", "content/Posts/Hello.md", page))
                .isEqualTo("https://example.org/posts/hello/");
    }
}
