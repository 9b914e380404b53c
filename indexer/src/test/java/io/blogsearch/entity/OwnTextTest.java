package io.blogsearch.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.extract.PageContent;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnTextTest {

    private static final String CLOSING = "<h2 id=\"help\">Help us</h2><p>Every Thursday the volunteers plan the next "
            + "release of the watering planner; say hello to the quokka keepers on the chat.</p>";

    private static Page page(String html) {
        PageContent content = ContentExtractor.extract(html, "https://example.org/p/", "https://example.org/");
        return new Page("content/post/p.md", "h", PageKind.POST, "P", null, List.of(), null, null, Map.of(),
                "https://example.org/p/", List.of(), content.body(), content.sections(), List.of(), List.of(),
                List.of(), null, Map.of(), "en", null, List.of());
    }

    private static String hashOf(Page page, String anchor) {
        return page.sections().stream().filter(s -> s.anchor().equals(anchor)).map(SectionHash::of).findFirst()
                .orElseThrow();
    }

    @Test
    void leavesOutTheRepeatedSectionWithItsHeadingAndKeepsTheRest() {
        Page page = page("<p>Intro about the meadow.</p><h2 id=\"news\">News</h2><p>The lantern is charged.</p>"
                + CLOSING + "<h2 id=\"after\">After</h2><p>A last word on ferns.</p>");
        OwnText own = OwnText.of(page, Set.of(hashOf(page, "help")));
        assertThat(own.body()).contains("Intro about the meadow", "News", "The lantern is charged", "After",
                "A last word on ferns").doesNotContain("Thursday", "quokka", "Help us");
        assertThat(own.headings()).isEqualTo("News\nAfter");
    }

    @Test
    void nothingRepeatedKeepsTheBodyAsItIs() {
        Page page = page("<p>Intro.</p>" + CLOSING);
        OwnText own = OwnText.of(page, Set.of());
        assertThat(own.body()).isEqualTo(page.body());
        assertThat(own.headings()).isEqualTo("Help us");
    }

    @Test
    void aHeadingsWordsEarlierInTheTextAreNotCut() {
        Page page = page("<p>Help us, said the intro.</p>" + CLOSING);
        OwnText own = OwnText.of(page, Set.of(hashOf(page, "help")));
        assertThat(own.body()).isEqualTo("Help us, said the intro.");
    }

    @Test
    void aTextOpeningWithItsHeadingsWordsIsCutWhole() {
        Page page = page("<p>Intro.</p><h2 id=\"help\">Help</h2><p>Help us: every Thursday the volunteers plan the "
                + "next release of the watering planner with the quokka keepers.</p>");
        OwnText own = OwnText.of(page, Set.of(hashOf(page, "help")));
        assertThat(own.body()).isEqualTo("Intro.");
    }

    @Test
    void aSectionNotFoundInTheBodyIsKept() {
        Page page = page("<p>Intro.</p>" + CLOSING);
        Section elsewhere = new Section("Help us", 2, "help", "Text the body does not hold, long enough for a hash "
                + "of its letters to be taken.", null);
        Page odd = new Page(page.path(), page.contentHash(), page.kind(), page.title(), null, List.of(), null, null,
                Map.of(), page.url(), List.of(), page.body(), List.of(elsewhere), List.of(), List.of(), List.of(),
                null, Map.of(), "en", null, List.of());
        assertThat(OwnText.of(odd, Set.of(SectionHash.of(elsewhere))).body()).isEqualTo(page.body());
    }
}
