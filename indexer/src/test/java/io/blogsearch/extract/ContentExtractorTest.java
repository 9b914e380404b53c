package io.blogsearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Figure;
import io.blogsearch.model.Section;
import io.blogsearch.parse.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {

    private static PageContent extract(String markdown) {
        return ContentExtractor.extract(MarkdownRenderer.render(markdown), "https://e.org/post/p/", "https://e.org/");
    }

    @Test
    void splitsSectionsAtHeadingsWithTheirText() {
        PageContent content = extract("Intro.\n\n## First\n\nOne.\n\n### Sub\n\nTwo.\n\n## First\n\nThree.\n");
        assertThat(content.sections()).containsExactly(
                new Section("First", 2, "first", "One.", null),
                new Section("Sub", 3, "sub", "Two.", null),
                new Section("First", 2, "first-1", "Three.", null));
        assertThat(content.body()).isEqualTo("Intro.\nFirst\nOne.\nSub\nTwo.\nFirst\nThree.");
    }

    @Test
    void dropsScriptsStylesAndIframesButKeepsTweetText() {
        PageContent content = extract("""
                <style>iframe{display:block}</style>

                <script>alert(1)</script>

                <iframe src="https://www.youtube.com/embed/x">fallback words</iframe>

                <blockquote class="twitter-tweet"><p>Great talk on storage</p>&mdash; Fan (@fan)</blockquote>

                Visible text.
                """);
        assertThat(content.body()).contains("Great talk on storage").contains("Visible text.")
                .doesNotContain("alert").doesNotContain("display").doesNotContain("fallback");
    }

    @Test
    void extractsHtmlFiguresAndImages() {
        PageContent content = extract("""
                <figure><img src="a.jpg" alt="alt a"><figcaption><h4>Title A</h4><p>Caption A</p></figcaption></figure>

                <img src="https://cdn.example.org/b.png" title="Title B">
                """);
        assertThat(content.figures()).containsExactly(
                new Figure("Title A", "Caption A", "alt a", "https://e.org/post/p/a.jpg", null),
                new Figure("Title B", null, null, "https://cdn.example.org/b.png", null));
    }

    @Test
    void imagesWithoutTitleCaptionOrAltTextAreNoFigures() {
        PageContent content = extract("""
                <figure data-shortcode="figure" data-title=""><img src="untitled.png"></figure>

                <figure><img src="logo.svg" alt=""></figure>

                <img src="spacer.gif">

                ![](plain.png)

                ![a heron at dawn](heron.jpg)

                <figure><img src="c.png"><figcaption>Only a caption</figcaption></figure>
                """);
        assertThat(content.figures()).containsExactly(
                new Figure(null, null, "a heron at dawn", "https://e.org/post/p/heron.jpg", null),
                new Figure(null, "Only a caption", null, "https://e.org/post/p/c.png", null));
    }

    @Test
    void keepsTableTextAndStrikethroughText() {
        assertThat(extract("| h1 | h2 |\n|---|---|\n| c1 | c2 |\n\n~~old~~ new\n").body())
                .contains("h1").contains("c2").contains("old new");
    }
}
