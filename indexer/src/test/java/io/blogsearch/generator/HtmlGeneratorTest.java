package io.blogsearch.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.parse.PageProblemException;
import io.blogsearch.parse.PreparedPage;
import io.blogsearch.parse.RefResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built pages read with jsoup: main content, metadata, sections, quotes, figures; list pages left out. */
class HtmlGeneratorTest {

    private static final String BASE = "https://rail.example.org/";

    @TempDir
    Path root;
    private ContentParser parser;

    @BeforeEach
    void readSite() throws Exception {
        BuiltHtmlFixture.write(root);
        Generators.OpenedSite opened = Generators.open(root, new SourceOptions("html", BASE, null));
        parser = opened.generator().parser(opened.site(), false, Instant.now());
    }

    @Test
    void readsAPostsMetadataAndMainContent() throws Exception {
        Page post = parse("posts/night-trains/index.html");
        assertThat(post.kind()).isEqualTo(PageKind.POST);
        assertThat(post.url()).isEqualTo(BASE + "posts/night-trains/");
        assertThat(post.title()).isEqualTo("Night trains");
        assertThat(post.description()).isEqualTo("Sleeping across Europe.");
        assertThat(post.date()).isEqualTo(Instant.parse("2024-02-10T07:00:00Z"));
        assertThat(post.dateOffset()).isEqualTo(ZoneOffset.ofHours(1)); // its day as the page shows it
        assertThat(post.tags()).containsExactly("travel", "rail", "overnight");
        assertThat(post.authors()).containsExactly("Lena Brandt");
        assertThat(post.lang()).isEqualTo("en-gb");
        assertThat(post.body()).contains("The couchette rocks gently").doesNotContain("Home")
                .doesNotContain("Related posts").doesNotContain("Copyright").doesNotContain("10 Feb");
        assertThat(post.sections()).extracting(Section::anchor).containsExactly("booking", "arrival");
        assertThat(post.quotes()).singleElement()
                .satisfies(q -> assertThat(q.speakers()).containsExactly("Jon Arvidsson"));
        assertThat(post.figures()).singleElement().satisfies(f -> assertThat(f.imageUrl())
                .isEqualTo(BASE + "posts/night-trains/cabin.jpg"));
    }

    @Test
    void prefersTheMarkedBodyThenTheDensestTextBlock() throws Exception {
        Page about = parse("about.html");
        assertThat(about.kind()).isEqualTo(PageKind.PAGE);
        assertThat(about.body()).contains("One sleepy traveller.").doesNotContain("written on trains");
        assertThat(about.sections()).extracting(Section::anchor).containsExactly("who");
        Page plain = parse("plain.html");
        assertThat(plain.body()).contains("Timetables change every December.").doesNotContain("header")
                .doesNotContain("Footer");
    }

    @Test
    void leavesListPagesAndPagesThatPointElsewhereOut() throws Exception {
        assertThat(prepare("tags/rail/index.html").excluded()).isEqualTo("list page");
        assertThat(prepare("page/2/index.html").excluded()).isEqualTo("list page");
        assertThat(prepare("index.html").excluded()).isEqualTo("list page");
        assertThat(prepare("drafts/secret.html").excluded()).isEqualTo("noindex");
        assertThat(prepare("old-name/index.html").excluded()).isEqualTo("canonical elsewhere");
        assertThat(prepare("posts/night-trains/index.html").excluded()).isNull();
    }

    @Test
    void aPageWithoutTextIsReportedWithItsProblem() {
        BuiltHtmlFixture.write(root).write("empty.html", "<html><body><nav>Menu</nav></body></html>");
        assertThatThrownBy(() -> prepare("empty.html")).isInstanceOf(PageProblemException.class)
                .hasMessageContaining("no text");
    }

    @Test
    void takesThePageSetAndDatesFromTheSitemap() throws Exception {
        BuiltHtmlFixture.write(root).write("sitemap.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>https://rail.example.org/posts/night-trains/</loc><lastmod>2024-03-01</lastmod></url>
                <url><loc>https://rail.example.org/plain.html</loc><lastmod>2023-12-01T10:00:00Z</lastmod></url>
                </urlset>
                """);
        Generators.OpenedSite opened = Generators.open(root, new SourceOptions("html", null, null));
        assertThat(opened.site().baseUrl()).isEqualTo(BASE);
        assertThat(opened.site().contentFiles()).containsExactly("plain.html", "posts/night-trains/index.html");
        parser = opened.generator().parser(opened.site(), false, Instant.now());
        assertThat(parse("plain.html").date()).isEqualTo(Instant.parse("2023-12-01T10:00:00Z"));
    }

    @Test
    void aSitemapWrittenForAnotherHostStillGivesThePagesAndDates() throws Exception {
        BuiltHtmlFixture.write(root).write("sitemap.xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <url><loc>http://localhost:1313/plain.html</loc><lastmod>2023-12-01</lastmod></url>
                </urlset>
                """);
        Generators.OpenedSite opened = Generators.open(root, new SourceOptions("html", BASE, null));
        assertThat(opened.site().contentFiles()).containsExactly("plain.html");
        parser = opened.generator().parser(opened.site(), false, Instant.now());
        Page plain = parse("plain.html");
        assertThat(plain.url()).isEqualTo(BASE + "plain.html");
        assertThat(plain.date()).isEqualTo(Instant.parse("2023-12-01T00:00:00Z"));
    }

    private PreparedPage prepare(String path) throws Exception {
        return parser.prepare(path, "h", Files.readAllBytes(root.resolve(path)));
    }

    private Page parse(String path) throws Exception {
        return parser.render(prepare(path), new RefResolver(Map.of())).page();
    }
}
