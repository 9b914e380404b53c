package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.testing.RequiredResources;
import io.blogsearch.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's conventions on the fixture site and on small sites written per case. */
class JekyllGeneratorTest {

    private static final Path FIXTURE = RequiredResources.projectRoot()
            .resolve("indexer/src/test/resources/generator/jekyll-site");

    @TempDir
    Path root;

    @Test
    void recognisesJekyllAndListsPostsDraftsAndPagesWithFrontMatter() throws Exception {
        Generators.OpenedSite opened = Generators.open(FIXTURE, SourceOptions.auto());
        assertThat(opened.generator().name()).isEqualTo("jekyll");
        assertThat(opened.site().baseUrl()).isEqualTo("https://garden.example.com/blog/");
        assertThat(opened.site().contentFiles()).containsExactly("_drafts/seed-catalogue.md",
                "_posts/2021-03-14-pruning-fruit-trees.md", "_posts/2022-09-20-compost-heap.md", "about.md",
                "recipes/_posts/2022-07-01-green-tomato-chutney.md");
    }

    @Test
    void keepsLiquidOutOfTheTextAndReadsDateTagsAndCategories() throws Exception {
        Page post = fixture().parse("_posts/2021-03-14-pruning-fruit-trees.md");
        assertThat(post.kind()).isEqualTo(PageKind.POST);
        assertThat(post.date()).isEqualTo(Instant.parse("2021-03-14T00:00:00Z"));
        assertThat(post.authors()).containsExactly("Tove Marsh");
        assertThat(post.tags()).containsExactly("pruning", "tools");
        assertThat(post.taxonomies().get("categories")).containsExactly("Orchard");
        assertThat(post.body()).contains("Late winter is when the sap is low,").contains("sharpen --blade secateurs")
                .contains("Liquid braces kept literally: {{ like this }}")
                .doesNotContain("site.title").doesNotContain("{%").doesNotContain("Liquid comment");
        assertThat(post.quotes()).singleElement()
                .satisfies(q -> assertThat(q.speakers()).containsExactly("Agnes Holm"));
        assertThat(post.figures()).extracting(f -> f.imageUrl()).containsExactly(
                "https://garden.example.com/blog/assets/pear.png",
                "https://garden.example.com/blog/assets/seedlings.png");
        Page chutney = fixture().parse("recipes/_posts/2022-07-01-green-tomato-chutney.md");
        assertThat(chutney.taxonomies().get("categories")).containsExactly("recipes");
    }

    @Test
    void draftsOnlyWhenAskedAndDatedByTheirFile() throws Exception {
        SourcePages parser = fixture();
        assertThat(parser.prepare("_drafts/seed-catalogue.md").excluded()).isEqualTo("draft");
        Page draft = SourcePages.of(FIXTURE, true).parse("_drafts/seed-catalogue.md");
        assertThat(draft.kind()).isEqualTo(PageKind.POST);
        assertThat(draft.date()).isEqualTo(Files.getLastModifiedTime(FIXTURE.resolve("_drafts/seed-catalogue.md"))
                .toInstant());
    }

    @Test
    void followsEachPermalinkStyle() throws Exception {
        Map<String, String> expected = Map.of(
                "date", "/news/2020/02/03/First-Light.html",
                "pretty", "/news/2020/02/03/First-Light/",
                "ordinal", "/news/2020/034/First-Light.html",
                "none", "/news/First-Light.html",
                "/:year/:i_month/:i_day/:slug", "/2020/2/3/first-light");
        for (Map.Entry<String, String> style : expected.entrySet()) {
            SiteFixture site = SiteFixture.create(root).delete("config.yaml")
                    .write("_config.yml", "url: https://sky.example.org\npermalink: \"" + style.getKey() + "\"\n")
                    .write("_posts/2020-02-03-First-Light.md", "---\ncategory: News\n---\nDawn.\n");
            assertThat(SourcePages.of(site.root(), false).parse("_posts/2020-02-03-First-Light.md").url())
                    .as(style.getKey()).isEqualTo("https://sky.example.org" + style.getValue());
        }
    }

    @Test
    void thePostsCollectionsPermalinkComesBeforeTheSitesStyle() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("_config.yml", "url: https://sky.example.org\npermalink: pretty\ncollections:\n  posts:\n"
                        + "    permalink: \"/news/:year/:month/:day/:title/\"\n    output: true\n")
                .write("_posts/2020-02-03-first-light.md", "---\ncategories: [release]\n---\nDawn.\n")
                .write("about.md", "---\ntitle: About\n---\nUs.\n");
        SourcePages site = SourcePages.of(root, false);
        assertThat(site.prepare("_posts/2020-02-03-first-light.md").url())
                .isEqualTo("https://sky.example.org/news/2020/02/03/first-light/");
        assertThat(site.prepare("about.md").url()).isEqualTo("https://sky.example.org/about/");
    }

    @Test
    void theSitesTimezoneDatesAndLinksEveryPostAsJekyllDoes() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("_config.yml", "url: https://sky.example.org\ntimezone: Asia/Tokyo\n"
                        + "permalink: /:year/:month/:day/:title.html\n")
                .write("_posts/2020-02-03-dawn.md", "---\ntitle: Dawn\ndate: 2020-02-02 23:30:00 +0000\n---\nEarly.\n")
                .write("_posts/2020-02-05-noon.md", "---\ntitle: Noon\n---\nLater.\n");
        SourcePages site = SourcePages.of(root, false);
        // 23:30 UTC on the 2nd is 08:30 on the 3rd in Tokyo, where Jekyll shows and links it
        assertThat(site.prepare("_posts/2020-02-03-dawn.md").url())
                .isEqualTo("https://sky.example.org/2020/02/03/dawn.html");
        assertThat(site.parse("_posts/2020-02-03-dawn.md").dateOffset()).isEqualTo(ZoneOffset.ofHours(9));
        Page noon = site.parse("_posts/2020-02-05-noon.md");
        assertThat(noon.date()).isEqualTo(Instant.parse("2020-02-04T15:00:00Z"));
        assertThat(noon.url()).isEqualTo("https://sky.example.org/2020/02/05/noon.html");
    }

    @Test
    void frontMatterDefaultsApplyByPathAndTypeUnderTheFilesOwn() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("_config.yml", "url: https://sky.example.org\ndefaults:\n"
                        + "  - scope: {path: \"\"}\n    values: {author: Ada Vance}\n"
                        + "  - scope: {path: \"\", type: posts}\n    values: {permalink: \"/log/:title/\"}\n"
                        + "  - scope: {path: guides}\n    values: {author: Ben Ortiz, permalink: \"/g/:basename/\"}\n")
                .write("_posts/2020-02-03-first-light.md", "---\ntitle: First light\n---\nDawn.\n")
                .write("_posts/2020-02-04-second.md", "---\nauthor: Cleo Park\npermalink: /own/\n---\nNoon.\n")
                .write("guides/mounts.md", "---\ntitle: Mounts\n---\nSteady.\n")
                .write("about.md", "---\ntitle: About\n---\nUs.\n");
        SourcePages site = SourcePages.of(root, false);
        Page first = site.parse("_posts/2020-02-03-first-light.md");
        assertThat(first.url()).isEqualTo("https://sky.example.org/log/first-light/");
        assertThat(first.authors()).containsExactly("Ada Vance");
        Page second = site.parse("_posts/2020-02-04-second.md");
        assertThat(second.url()).as("the file's own front matter wins").isEqualTo("https://sky.example.org/own/");
        assertThat(second.authors()).containsExactly("Cleo Park");
        Page guide = site.parse("guides/mounts.md");
        assertThat(guide.url()).as("the longer path wins").isEqualTo("https://sky.example.org/g/mounts/");
        assertThat(guide.authors()).containsExactly("Ben Ortiz");
        assertThat(site.parse("about.md").url()).as("a posts default is no page's")
                .isEqualTo("https://sky.example.org/about.html");
    }

    @Test
    void documentsOfRenderedCollectionsArePagesAtTheCollectionsPermalink() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("_config.yml", "url: https://sky.example.org\npermalink: pretty\ncollections:\n"
                        + "  guides:\n    output: true\n    permalink: /:collection/:path/\n"
                        + "  talks:\n    output: true\n  drafts_of_notes:\n    output: false\n"
                        + "defaults:\n  - scope: {type: guides}\n    values: {author: Ada Vance}\n")
                .write("_guides/mounts/equatorial.md", "---\ntitle: Equatorial mounts\n---\nPolar alignment.\n")
                .write("_guides/filters.md", "---\ntitle: Filters\npermalink: /kit/filters/\n---\nNarrowband.\n")
                .write("_guides/notes.md", "No front matter: a static file, as Jekyll copies it.\n")
                .write("_talks/dark-skies.md", "---\ntitle: Dark skies\n---\nLight pollution.\n")
                .write("_drafts_of_notes/idea.md", "---\ntitle: Idea\n---\nLater.\n");
        Generators.OpenedSite opened = Generators.open(root, SourceOptions.auto());
        assertThat(opened.site().contentFiles()).contains("_guides/mounts/equatorial.md", "_guides/filters.md",
                "_talks/dark-skies.md").doesNotContain("_guides/notes.md", "_drafts_of_notes/idea.md");
        SourcePages site = SourcePages.of(root, false);
        Page equatorial = site.parse("_guides/mounts/equatorial.md");
        assertThat(equatorial.kind()).isEqualTo(PageKind.PAGE);
        assertThat(equatorial.url()).isEqualTo("https://sky.example.org/guides/mounts/equatorial/");
        assertThat(equatorial.authors()).as("defaults scoped to the collection's type").containsExactly("Ada Vance");
        assertThat(site.prepare("_guides/filters.md").url()).isEqualTo("https://sky.example.org/kit/filters/");
        assertThat(site.prepare("_talks/dark-skies.md").url()).as("no permalink: the site's style ends it")
                .isEqualTo("https://sky.example.org/talks/dark-skies/");
    }

    @Test
    void leavesFuturePostsAndUnpublishedPagesOut() throws Exception {
        SiteFixture.create(root).delete("config.yaml").write("_config.yml", "title: T\n")
                .write("_posts/2099-01-01-later.md", "---\ntitle: Later\n---\nSoon.\n")
                .write("hidden.md", "---\npublished: false\n---\nNo.\n");
        SourcePages parser = SourcePages.of(root, false);
        assertThat(parser.prepare("_posts/2099-01-01-later.md").excluded()).isEqualTo("future");
        assertThat(parser.prepare("hidden.md").excluded()).isEqualTo("unpublished");
        assertThat(parser.prepare("hidden.md").url()).isEqualTo("/hidden.html");
    }

    @Test
    void aKramdownAttributeListNextToAHeadingGivesItsId() throws Exception {
        SiteFixture.create(root).delete("config.yaml").write("_config.yml", "title: T\n")
                .write("notes.md", "---\ntitle: Notes\n---\n## Frost dates\n{: #frost}\n\nLate.\n\n"
                        + "{: .wide #sowing-guide}\n### Sowing\n\nEarly.\n\n## Harvest\n\nSome text.\n"
                        + "{: .note #not-a-heading}\n\n## Storage ##\n{:toc}\n");
        Page page = SourcePages.of(root, false).parse("notes.md");
        assertThat(page.sections()).extracting(Section::anchor)
                .containsExactly("frost", "sowing-guide", "harvest", "storage");
        assertThat(page.body()).doesNotContain("{:").doesNotContain("not-a-heading");
    }

    @Test
    void headingIdsAreKramdownsAndAHeadingLiquidWritesHasNone() throws Exception {
        SiteFixture.create(root).delete("config.yaml").write("_config.yml", "title: T\n")
                .write("notes.md", "---\ntitle: Notes\n---\n## हिन्दी नोट\n\nA.\n\n## Same\n\nB.\n\n"
                        + "## Same {#same-1}\n\nC.\n\n## Same\n\nD.\n\n## Setup {% include badge.html v=\"2\" %}\n\n"
                        + "E.\n\n## {{ page.season }}\n\nF.\n\n## Kept {{ site.x }} {#kept}\n\nG.\n\n"
                        + "```\n# {{ shell }}\n```\n");
        Page page = SourcePages.of(root, false).parse("notes.md");
        // kramdown counts repeats per generated id and not explicit ones, so two headings share same-1
        assertThat(page.sections()).extracting(Section::anchor)
                .containsExactly("हिन्दी-नोट", "same", "same-1", "same-1", "kept");
        assertThat(page.body()).contains("Setup").endsWith("#").doesNotContain("liquid");
    }

    @Test
    void headingsInsideAnHtmlElementReadAsMarkdownHaveKramdownsOwnIds() throws Exception {
        SiteFixture.create(root).delete("config.yaml").write("_config.yml", "title: T\n")
                .write("notes.md", "---\ntitle: Notes\n---\n<div dir=\"rtl\" markdown=\"1\">\n\n## مرحبا\n\nA.\n\n"
                        + "## مرحبا بكم\n\nB.\n\n## 2 Plain Words!\n\nC.\n\n</div>\n\n## مرحبا\n\nD.\n");
        Page page = SourcePages.of(root, false).parse("notes.md");
        assertThat(page.sections()).extracting(Section::anchor)
                .containsExactly("section", "section-1", "plain-words", "مرحبا");
    }

    @Test
    void authorHandlesAreNamedByTheConfigsAuthorsThenTheDataFile() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("_config.yml", "title: T\nauthors:\n  tove:\n    name: Tove Marsh\n  ana:\n    site: x\n")
                .write("_data/authors.yml", "ana:\n  name: Ana Lind\ntove:\n  name: Someone Else\n")
                .write("_posts/2021-05-01-beans.md", "---\nauthor: [tove, ana, zed]\n---\nRunner beans.\n");
        Page post = SourcePages.of(root, false).parse("_posts/2021-05-01-beans.md");
        assertThat(post.authors()).containsExactly("Tove Marsh", "Ana Lind", "zed");
    }

    @Test
    void anUnquotedTimestampWithoutAZoneIsUtcAsRubysYamlReadsItAndOtherDatesAreInTheTimezone() throws Exception {
        SiteFixture.create(root).delete("config.yaml")
                .write("_config.yml", "url: https://sky.example.org\ntimezone: Asia/Tokyo\n"
                        + "permalink: /:year/:month/:day/:title.html\n")
                .write("_posts/2020-03-04-late.md", "---\ntitle: Late\ndate: 2020-03-04 23:30:00\n---\nA.\n")
                .write("_posts/2020-03-04-quoted.md", "---\ntitle: Q\ndate: \"2020-03-04 23:30:00\"\n---\nB.\n")
                .write("_posts/2020-03-04-short.md", "---\ntitle: S\ndate: 2020-03-04 23:30\n---\nC.\n");
        SourcePages site = SourcePages.of(root, false);
        // 23:30 UTC is 08:30 the next day in Tokyo, where Jekyll links it
        Page late = site.parse("_posts/2020-03-04-late.md");
        assertThat(late.date()).isEqualTo(Instant.parse("2020-03-04T23:30:00Z"));
        assertThat(late.url()).isEqualTo("https://sky.example.org/2020/03/05/late.html");
        assertThat(site.parse("_posts/2020-03-04-quoted.md").date()).isEqualTo(Instant.parse("2020-03-04T14:30:00Z"));
        assertThat(site.parse("_posts/2020-03-04-short.md").url())
                .isEqualTo("https://sky.example.org/2020/03/04/short.html");
    }

    @Test
    void aFileInPostsWithoutADayInItsNameIsNoPost() throws Exception {
        SiteFixture.create(root).delete("config.yaml").write("_config.yml", "title: T\n")
                .write("_posts/how-to-write-a-post.md", "---\ntitle: Template\n---\nText.\n")
                .write("_posts/2021-05-01-beans.md", "---\ntitle: Beans\n---\nRunner beans.\n")
                .write("_drafts/undated.md", "---\ntitle: Undated\n---\nSoon.\n");
        assertThat(Generators.open(root, SourceOptions.auto()).site().contentFiles())
                .containsExactly("_drafts/undated.md", "_posts/2021-05-01-beans.md");
    }

    @Test
    void theConfigsShowDraftsAndUnpublishedBuildWhatTheirFlagsWould() throws Exception {
        SiteFixture.create(root).delete("config.yaml").write("_config.yml", "show_drafts: true\nunpublished: true\n")
                .write("_drafts/seedlings.md", "---\ntitle: Seedlings\n---\nSoon.\n")
                .write("_posts/2021-05-01-beans.md", "---\ntitle: Beans\npublished: false\n---\nRunner beans.\n");
        SourcePages parser = SourcePages.of(root, false);
        assertThat(parser.prepare("_drafts/seedlings.md").excluded()).isNull();
        assertThat(parser.prepare("_posts/2021-05-01-beans.md").excluded()).isNull();
    }

    /** The fixture site as its generator reads it, drafts left out. */
    private static SourcePages fixture() throws Exception {
        return SourcePages.of(FIXTURE, false);
    }
}
