package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import io.blogsearch.testing.RequiredResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Built output of generators that blogsearch reads only as HTML, in the shapes they really write: our own posts built
 * with Eleventy 3.1.6 ({@code eleventy-base-blog} 9.0.0), Astro 5.18.2 (its {@code examples/blog}) and MkDocs 1.6.1
 * with Material 9.7.6's blog plugin, trimmed of styles and scripts ({@code eleventy-built}, {@code astro-built},
 * {@code mkdocs-built}).
 */
class OtherGeneratorsBuiltTest {

    private static final Path GENERATOR =
            RequiredResources.projectRoot().resolve("indexer/src/test/resources/generator");
    private static final String BASE = "https://blog.example.org/";

    @Test
    void eleventyFeedListedInTheSitemapIsNoPage() throws Exception {
        assertThat(open("eleventy-built").site().contentFiles()).contains("blog/tide-tables/index.html")
                .doesNotContain("feed/feed.xml");
    }

    @Test
    void eleventyHomeArchiveAndTagPagesDatedByTheirItemsAreLists() throws Exception {
        Generators.OpenedSite site = open("eleventy-built");
        assertThat(prepare(site, "eleventy-built", "index.html").excluded()).isEqualTo("list page");
        assertThat(prepare(site, "eleventy-built", "blog/index.html").excluded()).isEqualTo("list page");
        assertThat(prepare(site, "eleventy-built", "tags/sailing/index.html").excluded()).isEqualTo("list page");
        assertThat(prepare(site, "eleventy-built", "blog/tide-tables/index.html").excluded()).isNull();
    }

    @Test
    void eleventyPostTakesItsTagsFromItsBylineLinksAndLeavesTheBylineAndNextLinksOut() throws Exception {
        Page post = parse(open("eleventy-built"), "eleventy-built", "blog/tide-tables/index.html");
        assertThat(post.kind()).isEqualTo(PageKind.POST);
        assertThat(post.title()).isEqualTo("Notes on reading tide tables");
        assertThat(post.date()).isEqualTo(Instant.parse("2024-07-09T00:00:00Z"));
        assertThat(post.tags()).containsExactly("sailing", "notes");
        assertThat(post.body()).contains("rule of twelfths", "Dunstan Pryce").doesNotContain("9 July 2024")
                .doesNotContain("Previous").doesNotContain("Winter cycling without misery")
                .doesNotContain("/tags/sailing/");
        assertThat(parse(open("eleventy-built"), "eleventy-built", "blog/clavier-mecanique/index.html").lang())
                .isEqualTo("fr");
    }

    @Test
    void astroArchiveIsAListAndAPostsDateLineIsNotItsText() throws Exception {
        Generators.OpenedSite site = open("astro-built");
        assertThat(prepare(site, "astro-built", "blog/index.html").excluded()).isEqualTo("list page");
        assertThat(prepare(site, "astro-built", "index.html").excluded()).isNull();
        Page post = parse(site, "astro-built", "blog/winter-cycling/index.html");
        assertThat(post.kind()).isEqualTo(PageKind.POST);
        assertThat(post.date()).isEqualTo(Instant.parse("2024-05-18T00:00:00Z"));
        assertThat(post.body()).contains("mudguards fix that").doesNotContain("May 18, 2024");
        assertThat(post.figures()).singleElement().satisfies(f -> assertThat(f.caption()).startsWith("Lobster"));
    }

    @Test
    void mkdocsPostsAreDatedByTheirMetadataColumnAndTitledWithoutPermalinkMarks() throws Exception {
        Generators.OpenedSite site = open("mkdocs-built");
        Page post = parse(site, "mkdocs-built", "blog/2024/07/09/notes-on-reading-tide-tables/index.html");
        assertThat(post.kind()).isEqualTo(PageKind.POST);
        assertThat(post.title()).isEqualTo("Notes on reading tide tables");
        assertThat(post.date()).isEqualTo(Instant.parse("2024-07-09T00:00:00Z"));
        assertThat(post.sections()).extracting(Section::heading).containsExactly("The rule of twelfths", "Slack water");
        assertThat(post.sections()).extracting(Section::anchor).containsExactly("the-rule-of-twelfths", "slack-water");
        // the category link sits in the site's navigation, beside the links to every other category: not evidence
        assertThat(post.taxonomies()).isEmpty();
        assertThat(post.body()).doesNotContain("¶").doesNotContain("Back to index").doesNotContain("Baking");
    }

    @Test
    void mkdocsPercentEncodedUrlsMapToTheirFilesAndTeaserPagesAreLists() throws Exception {
        Generators.OpenedSite site = open("mkdocs-built");
        String french = "blog/2024/09/21/réparer-un-clavier-mécanique/index.html";
        assertThat(site.site().contentFiles()).contains(french);
        assertThat(prepare(site, "mkdocs-built", french).excluded()).isNull();
        assertThat(prepare(site, "mkdocs-built", "blog/category/sailing/index.html").excluded())
                .isEqualTo("list page");
        assertThat(prepare(site, "mkdocs-built", "blog/index.html").excluded()).isEqualTo("list page");
        assertThat(prepare(site, "mkdocs-built", "about/index.html").excluded()).isNull();
    }

    private static Generators.OpenedSite open(String fixture) throws Exception {
        return Generators.open(GENERATOR.resolve(fixture), new SourceOptions("html", BASE, null));
    }

    private static PreparedPage prepare(Generators.OpenedSite site, String fixture, String path) throws Exception {
        ContentParser parser = site.generator().parser(site.site(), false, Instant.now());
        return parser.prepare(path, "h", Files.readAllBytes(GENERATOR.resolve(fixture).resolve(path)));
    }

    private static Page parse(Generators.OpenedSite site, String fixture, String path) throws Exception {
        ContentParser parser = site.generator().parser(site.site(), false, Instant.now());
        return parser.render(prepare(site, fixture, path), new RefResolver(Map.of())).page();
    }
}
