package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.language.LanguageFixtures;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteReader;
import io.blogsearch.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageParserTest {

    @TempDir
    Path root;

    private Page parse(SiteFixture fixture, String path) throws Exception {
        return parseAll(fixture, false).get(path);
    }

    private Map<String, Page> parseAll(SiteFixture fixture, boolean drafts) throws Exception {
        Site site = SiteReader.read(fixture.root());
        PageParser parser = new PageParser(site, drafts, Instant.parse("2024-01-01T00:00:00Z"));
        Map<String, PreparedPage> prepared = new HashMap<>();
        Map<String, String> urls = new HashMap<>();
        for (String file : site.contentFiles()) {
            PreparedPage page = parser.prepare(file, "hash", Files.readAllBytes(site.root().resolve(file)));
            if (page.excluded() == null) {
                prepared.put(file, page);
                urls.put(file, page.url());
            }
        }
        RefResolver refs = new RefResolver(urls);
        Map<String, Page> pages = new HashMap<>();
        prepared.forEach((file, page) -> pages.put(file, parser.render(page, refs).page()));
        return pages;
    }

    @Test
    void readsFrontMatterFieldsAuthorsAndTaxonomies() throws Exception {
        SiteFixture site = SiteFixture.create(root).write("content/post/a.md", """
                ---
                title: Hello
                summary: The summary
                publishDate: 2019-02-03
                lastmod: 2019-03-04
                authors: [Ann, Bob]
                tags: [Rook, Ceph]
                categories: News
                keywords: [storage]
                series: [Intro]
                aliases: [/old/a/]
                ---
                Text.
                """).write("content/post/b.md", "---\ntitle: B\nparams:\n  author: Carl\n---\nx\n")
                .write("content/post/c.md", "---\ntitle: C\n---\nx\n");
        Page a = parse(site, "content/post/a.md");
        assertThat(a.title()).isEqualTo("Hello");
        assertThat(a.description()).isEqualTo("The summary");
        assertThat(a.date()).isEqualTo(Instant.parse("2019-02-03T00:00:00Z"));
        assertThat(a.lastmod()).isEqualTo(Instant.parse("2019-03-04T00:00:00Z"));
        assertThat(a.authors()).containsExactly("Ann", "Bob");
        assertThat(a.taxonomies()).containsEntry("tags", List.of("Rook", "Ceph"))
                .containsEntry("categories", List.of("News"))
                .containsEntry("keywords", List.of("storage"))
                .containsEntry("series", List.of("Intro"));
        assertThat(a.aliases()).containsExactly("/old/a/");
        assertThat(parse(site, "content/post/b.md").authors()).containsExactly("Carl");
        assertThat(parse(site, "content/post/c.md").authors()).containsExactly("Jane Doe");
    }

    @Test
    void anUnsignedPageIsByItsLanguagesAuthorAsTheSiteParamsOfThatLanguageSay() throws Exception {
        // hugo-coder's example site: the Portuguese site has its own author
        SiteFixture site = SiteFixture.create(root).write("config.yaml", """
                baseURL: https://example.org/
                params:
                  author: John Doe
                languages:
                  en: {weight: 1}
                  pt-br:
                    weight: 2
                    params: {author: João Ninguém}
                  de:
                    weight: 3
                    params:
                      author: {name: Hans Niemand}
                """).write("content/contact.md", "---\ntitle: Contact\n---\nx\n")
                .write("content/contact.pt-br.md", "---\ntitle: Contato\n---\nx\n")
                .write("content/contact.de.md", "---\ntitle: Kontakt\n---\nx\n");
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages.get("content/contact.md").authors()).containsExactly("John Doe");
        assertThat(pages.get("content/contact.pt-br.md").authors()).containsExactly("João Ninguém");
        assertThat(pages.get("content/contact.de.md").authors()).containsExactly("Hans Niemand");
    }

    @Test
    void aPlainHtmlDocumentIsAFileHugoCopiesNotAPage() throws Exception {
        // Congo's example site keeps a saved Lighthouse report beside its docs page
        SiteFixture site = SiteFixture.create(root)
                .write("content/docs/v2/_index.md", "---\ntitle: Version 2\n---\nWhat is new.\n")
                .write("content/docs/v2/lighthouse.html", "\n<html lang=\"en\"><head><title>Report</title></head>"
                        + "<body><p>Performance 100</p></body></html>\n")
                .write("content/docs/v2/notes.html", "---\ntitle: Notes\n---\n<p>Written in HTML.</p>\n");
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages).doesNotContainKey("content/docs/v2/lighthouse.html");
        assertThat(pages.get("content/docs/v2/notes.html").body()).isEqualTo("Written in HTML.");
    }

    @Test
    void alertsLoseTheirDesignatorWhenTheThemeHasABlockquoteHook() throws Exception {
        String post = "---\ntitle: A\n---\n> [!WARNING]\n> Back up first.\n";
        SiteFixture site = SiteFixture.create(root).write("content/post/a.md", post);
        assertThat(parse(site, "content/post/a.md").body()).contains("[!WARNING]");
        site.write("config.yaml", "theme: stack\n")
                .write("themes/stack/layouts/_markup/render-blockquote.html", "<blockquote>{{ .Text }}</blockquote>");
        assertThat(parse(site, "content/post/a.md").body()).isEqualTo("Back up first.");
    }

    @Test
    void readsFrontMatterKeysInAnyLetterCaseAsHugoDoes() throws Exception {
        SiteFixture site = SiteFixture.create(root).write("content/post/a.md", """
                ---
                Title: Pruning in March
                Date: 2019-02-03
                Tags: [Orchard]
                Draft: true
                ---
                Text.
                """).write("content/post/b.md", """
                ---
                Title: Upper
                title: Lower
                ---
                Text.
                """);
        assertThat(parse(site, "content/post/a.md")).isNull();
        Page a = parseAll(site, true).get("content/post/a.md");
        assertThat(a.title()).isEqualTo("Pruning in March");
        assertThat(a.date()).isEqualTo(Instant.parse("2019-02-03T00:00:00Z"));
        assertThat(a.taxonomies()).containsEntry("tags", List.of("Orchard"));
        assertThat(parse(site, "content/post/b.md").title()).isEqualTo("Lower");
    }

    @Test
    void buildsPermalinksLikeHugo() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .write("content/post/2018/My Post.md", "---\ntitle: x\n---\n")
                .write("content/post/bundle/index.md", "---\ntitle: Bundle\n---\n")
                .write("content/post/slugged.md", "---\ntitle: x\nslug: nice-slug\n---\n")
                .write("content/post/urled.md", "---\ntitle: x\nurl: /custom/path/\n---\n")
                .write("content/about.md", "---\ntitle: About\n---\n")
                .write("content/post/_index.md", "---\ntitle: Posts\n---\n");
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages.get("content/post/2018/My Post.md").url()).isEqualTo("https://example.org/post/2018/my-post/");
        assertThat(pages.get("content/post/bundle/index.md").url()).isEqualTo("https://example.org/post/bundle/");
        assertThat(pages.get("content/post/slugged.md").url()).isEqualTo("https://example.org/post/nice-slug/");
        assertThat(pages.get("content/post/urled.md").url()).isEqualTo("https://example.org/custom/path/");
        assertThat(pages.get("content/about.md").url()).isEqualTo("https://example.org/about/");
        assertThat(pages.get("content/post/_index.md").url()).isEqualTo("https://example.org/post/");
    }

    @Test
    void aDateKeepsTheDayItIsWrittenOnInItsOffsetOrTheSitesTimeZone() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .write("config.yaml", """
                        baseURL: https://example.org/
                        timeZone: Asia/Tokyo
                        permalinks:
                          post: /:year/:month/:day/:slug/
                        """)
                .write("content/post/seoul.md", "---\ntitle: x\nslug: seoul\ndate: 2023-01-01T01:00:00+09:00\n---\n")
                .write("content/post/tokyo.md", "---\ntitle: x\nslug: tokyo\ndate: 2023-01-01 01:00\n---\n")
                .write("content/post/utc.md", "---\ntitle: x\nslug: utc\ndate: 2023-01-01T01:00:00Z\n---\n");
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages.get("content/post/seoul.md").url()).isEqualTo("https://example.org/2023/01/01/seoul/");
        assertThat(pages.get("content/post/seoul.md").date()).isEqualTo(Instant.parse("2022-12-31T16:00:00Z"));
        assertThat(pages.get("content/post/tokyo.md").url()).isEqualTo("https://example.org/2023/01/01/tokyo/");
        assertThat(pages.get("content/post/tokyo.md").date()).isEqualTo(Instant.parse("2022-12-31T16:00:00Z"));
        assertThat(pages.get("content/post/utc.md").url()).isEqualTo("https://example.org/2023/01/01/utc/");
    }

    @Test
    void appliesPermalinkPatternsOfTheSection() throws Exception {
        SiteFixture site = SiteFixture.create(root).write("config.yaml", """
                baseURL: https://example.org/blog/
                disablePathToLower: true
                permalinks:
                  posts: /:year/:month/:day/:slug/
                  notes: /:section/:title/
                  docs: /d/:filename/
                """)
                .write("content/posts/a.md", "---\ntitle: Ignored Title\nslug: my-slug\ndate: 2018-05-04\n---\n")
                .write("content/posts/b.md", "---\ntitle: The B Post!\ndate: 2018-05-04\n---\n")
                .write("content/notes/n.md", "---\ntitle: KubeCon Copenhagen 2018 - Day 3\n---\n")
                .write("content/docs/Guide/index.md", "---\ntitle: G\n---\n");
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages.get("content/posts/a.md").url()).isEqualTo("https://example.org/blog/2018/05/04/my-slug/");
        assertThat(pages.get("content/posts/b.md").url()).isEqualTo("https://example.org/blog/2018/05/04/The-B-Post/");
        // Hugo 0.111 builds /notes/KubeCon-Copenhagen-2018-Day-3/: spaces beside a hyphen add no hyphen.
        assertThat(pages.get("content/notes/n.md").url())
                .isEqualTo("https://example.org/blog/notes/KubeCon-Copenhagen-2018-Day-3/");
        assertThat(pages.get("content/docs/Guide/index.md").url()).isEqualTo("https://example.org/blog/d/Guide/");
    }

    @Test
    void tellsPostsFromPagesAndSectionLists() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .post("content/post/a.md", "A", "x").post("content/post/b.md", "B", "x")
                .post("content/post/c/index.md", "C", "x")
                .post("content/events/list.md", "Events", "x")
                .post("content/about.md", "About", "x")
                .post("content/post/_index.md", "Posts", "x");
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages.get("content/post/a.md").kind()).isEqualTo(PageKind.POST);
        assertThat(pages.get("content/post/c/index.md").kind()).isEqualTo(PageKind.POST);
        assertThat(pages.get("content/events/list.md").kind()).isEqualTo(PageKind.PAGE);
        assertThat(pages.get("content/about.md").kind()).isEqualTo(PageKind.PAGE);
        assertThat(pages.get("content/post/_index.md").kind()).isEqualTo(PageKind.SECTION_LIST);
    }

    @Test
    void skipsDraftsUnlessAskedAndExpiredPages() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .write("content/post/draft.md", "---\ntitle: D\ndraft: true\n---\nx\n")
                .write("content/post/expired.md", "---\ntitle: E\nexpiryDate: 2020-01-01\n---\nx\n")
                .write("content/post/live.md", "---\ntitle: L\nexpiryDate: 2099-01-01\n---\nx\n");
        assertThat(parseAll(site, false)).containsOnlyKeys("content/post/live.md");
        assertThat(parseAll(site, true)).containsOnlyKeys("content/post/live.md", "content/post/draft.md");
    }

    @Test
    void leavesFuturePostsOutUntilTheirDateUnlessTheSiteBuildsTheFuture() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .write("content/post/dated.md", "---\ntitle: F\ndate: 2024-06-01\n---\nx\n")
                .write("content/post/scheduled.md",
                        "---\ntitle: S\ndate: 2023-06-01\npublishDate: 2024-02-01\n---\nx\n")
                .write("content/post/past.md", "---\ntitle: P\ndate: 2023-12-31\n---\nx\n");
        assertThat(parseAll(site, false)).containsOnlyKeys("content/post/past.md");
        site.write("config.yaml", "baseURL: https://example.org/\nbuildFuture: true\nbuildExpired: true\n")
                .write("content/post/expired.md", "---\ntitle: E\nexpiryDate: 2020-01-01\n---\nx\n");
        assertThat(parseAll(site, false)).containsOnlyKeys("content/post/past.md", "content/post/dated.md",
                "content/post/scheduled.md", "content/post/expired.md");
    }

    @Test
    void resolvesRefShortcodesToTheTargetsPermalink() throws Exception {
        SiteFixture site = SiteFixture.create(root)
                .post("content/post/target.md", "Target", "x")
                .post("content/post/source.md", "Source", "See [it]({{< ref \"/post/target.md\" >}}) and "
                        + "[rel]({{< relref \"target\" >}}).\n");
        Page page = parse(site, "content/post/source.md");
        assertThat(page.body()).isEqualTo("See it and rel.");
        assertThat(page.body()).doesNotContain("{{");
    }

    @Test
    void indexesBundleImagesAgainstTheBundlePermalink() throws Exception {
        SiteFixture site = SiteFixture.create(root).post("content/post/trip/index.md", "Trip",
                "## Day one\n\n{{< figure src=\"pic.png\" title=\"The view\" caption=\"From the top\" >}}\n\n"
                        + "![A map](/img/map.png \"Map\")\n");
        Page page = parse(site, "content/post/trip/index.md");
        assertThat(page.figures()).hasSize(2);
        assertThat(page.figures().get(0).title()).isEqualTo("The view");
        assertThat(page.figures().get(0).caption()).isEqualTo("From the top");
        assertThat(page.figures().get(0).imageUrl()).isEqualTo("https://example.org/post/trip/pic.png");
        assertThat(page.figures().get(0).sectionAnchor()).isEqualTo("day-one");
        assertThat(page.figures().get(1).alt()).isEqualTo("A map");
        assertThat(page.figures().get(1).title()).isEqualTo("Map");
        assertThat(page.figures().get(1).imageUrl()).isEqualTo("https://example.org/img/map.png");
    }

    @Test
    void truncatesHugePagesAndReportsIt() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        String line = "word ".repeat(20) + "\n";
        site.write("content/post/huge.md",
                "---\ntitle: Huge\n---\n" + line.repeat(PageParser.MAX_PAGE_BYTES / line.length() + 100));
        Site read = SiteReader.read(root);
        byte[] bytes = Files.readAllBytes(root.resolve("content/post/huge.md"));
        PreparedPage prepared = new PageParser(read, false, Instant.now()).prepare("content/post/huge.md", "h", bytes);
        assertThat(prepared.problems()).singleElement().isInstanceOf(PageTooLargeException.class);
        assertThat(prepared.frontMatter().body().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(PageParser.MAX_PAGE_BYTES);
    }

    @Test
    void keepsTheFirstFourMebibytesOfAHugePageWhoseBodyIsOneLine() throws Exception {
        // issue 16: the body of a page over the limit on a single line was cut away whole
        SiteFixture site = SiteFixture.create(root);
        String words = "lantern ".repeat(PageParser.MAX_PAGE_BYTES / 8 + 20_000);
        site.write("content/post/oneline.md", "---\ntitle: One line\n---\n" + words + "\n");
        Site read = SiteReader.read(root);
        byte[] bytes = Files.readAllBytes(root.resolve("content/post/oneline.md"));
        PreparedPage prepared = new PageParser(read, false, Instant.now()).prepare("content/post/oneline.md", "h",
                bytes);
        String body = prepared.frontMatter().body();
        assertThat(body.getBytes(StandardCharsets.UTF_8).length)
                .isGreaterThan(PageParser.MAX_PAGE_BYTES - 1024).isLessThanOrEqualTo(PageParser.MAX_PAGE_BYTES);
        assertThat(body).endsWith("lantern ");
        assertThat(prepared.problems()).singleElement().isInstanceOf(PageTooLargeException.class)
                .extracting(Throwable::getMessage).asString().matches(".*only the first 409[56] KiB are indexed");
    }

    @Test
    void cutsALongLineWithoutSpacesBetweenCharacters() throws Exception {
        SiteFixture site = SiteFixture.create(root);
        site.write("content/post/cjk.md",
                "---\ntitle: Wide\n---\n" + "\u6f22".repeat(PageParser.MAX_PAGE_BYTES / 3 + 10));
        Site read = SiteReader.read(root);
        byte[] bytes = Files.readAllBytes(root.resolve("content/post/cjk.md"));
        PreparedPage prepared = new PageParser(read, false, Instant.now()).prepare("content/post/cjk.md", "h", bytes);
        assertThat(prepared.problems()).singleElement().isInstanceOf(PageTooLargeException.class);
        assertThat(prepared.frontMatter().body()).hasSizeGreaterThan(PageParser.MAX_PAGE_BYTES / 3 - 100)
                .doesNotContain("\uFFFD");
    }

    @Test
    void reportsAnInvalidDateWithItsFileLineAndIndexesThePageWithoutIt() throws Exception {
        // issue 16: Hugo refuses date = 2018-13-45; it was accepted silently
        SiteFixture site = SiteFixture.create(root)
                .write("content/post/toml.md", "+++\ntitle = \"Toml\"\ndate = 2018-13-45\n+++\nLantern text.\n")
                .write("content/post/yaml.md", "---\ntitle: Yaml\ntags: [a]\ndate: 2018-02-30\n---\nLantern.\n")
                .write("content/post/good.md", "---\ntitle: Good\ndate: 2018-02-28\n---\nLantern.\n");
        Site read = SiteReader.read(root);
        PageParser parser = new PageParser(read, false, Instant.parse("2024-01-01T00:00:00Z"));
        PreparedPage toml = parser.prepare("content/post/toml.md", "h",
                Files.readAllBytes(root.resolve("content/post/toml.md")));
        PreparedPage yaml = parser.prepare("content/post/yaml.md", "h",
                Files.readAllBytes(root.resolve("content/post/yaml.md")));
        PreparedPage good = parser.prepare("content/post/good.md", "h",
                Files.readAllBytes(root.resolve("content/post/good.md")));
        assertThat(toml.problems()).singleElement().isInstanceOf(InvalidDateException.class)
                .satisfies(p -> assertThat(p.line()).isEqualTo(3))
                .satisfies(p -> assertThat(p.getMessage()).contains("2018-13-45"));
        assertThat(toml.date()).isNull();
        assertThat(toml.excluded()).isNull();
        assertThat(yaml.problems()).singleElement().isInstanceOf(InvalidDateException.class)
                .satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(good.problems()).isEmpty();
        assertThat(parse(site, "content/post/toml.md").body()).contains("Lantern text.");
    }

    @Test
    void aPageWithoutLangOnASiteWithoutLanguagesIsInTheLanguageOfItsText() throws Exception {
        String german = LanguageFixtures.repeated(
                LanguageFixtures.GERMAN, 3);
        SiteFixture site = SiteFixture.create(root)
                .write("hugo.yaml", "title: T\nlanguageCode: en-us\n")
                .write("content/post/de.md", "---\ntitle: Schuppen\n---\n" + german)
                .write("content/post/tagged.md", "---\ntitle: Schuppen\nlang: fr\n---\n" + german)
                .write("content/post/en.md", "---\ntitle: Shed\n---\n"
                        + LanguageFixtures.ENGLISH.repeat(3));
        Map<String, Page> pages = parseAll(site, false);
        assertThat(pages.get("content/post/de.md").lang()).isEqualTo("de");
        assertThat(pages.get("content/post/tagged.md").lang()).isEqualTo("fr");
        assertThat(pages.get("content/post/en.md").lang()).isEqualTo("en");
    }

    @Test
    void aSiteThatDeclaresLanguagesIsNotSecondGuessed() throws Exception {
        String german = LanguageFixtures.repeated(
                LanguageFixtures.GERMAN, 3);
        SiteFixture site = SiteFixture.create(root)
                .write("hugo.yaml", "title: T\ndefaultContentLanguage: en\nlanguages:\n  en: {weight: 1}\n"
                        + "  fr: {weight: 2}\n")
                .write("content/post/de.md", "---\ntitle: Schuppen\n---\n" + german);
        assertThat(parse(site, "content/post/de.md").lang()).isEqualTo("en");
    }
}
