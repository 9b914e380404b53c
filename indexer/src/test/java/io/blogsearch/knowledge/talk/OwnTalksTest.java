package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A speaker's own list of talks: the author speaks, co-speaker lines add people, headings name the event. */
class OwnTalksTest {

    private static Page page(String title, List<String> authors, List<Section> sections) {
        return new Page("content/talks.md", "h", PageKind.PAGE, title, null, authors, null, null, Map.of(),
                "https://e.org/talks/", List.of(), "body", sections, List.of(), List.of(), List.of(), null, Map.of(),
                "en");
    }

    private static Section section(String heading, String anchor, String text) {
        return new Section(heading, 3, anchor, text, null);
    }

    private static Optional<TalkSections.Result> detect(Page page) {
        return OwnTalks.detect(page, NameShape::isPersonName);
    }

    @Test
    void theAuthorSpeaksAndCoSpeakersJoinAtTheEventOfTheHeading() {
        Page talks = page("Talks", List.of("Mira Olsen"), List.of(
                section("2031", "2031", ""),
                section("RopeCon EU 2031 - Knots Under Load", "ropecon", "Co-Speakers: Ivo Brandt, Lena Voss (Acme)\n"
                        + "Slides and video below."),
                section("Splicing for Everyone (LoomCamp 2030)", "splicing", "A talk for beginners."),
                section("About me", "about", "I tie knots.")));
        TalkSections.Result result = detect(talks).orElseThrow();
        assertThat(result.talks()).extracting(Talk::title, Talk::conference).containsExactly(
                Tuple.tuple("Knots Under Load", "RopeCon EU 2031"),
                Tuple.tuple("Splicing for Everyone", "LoomCamp 2030"));
        assertThat(result.talks().get(0).speakers()).extracting(Speaker::name)
                .containsExactly("Mira Olsen", "Ivo Brandt", "Lena Voss");
        assertThat(result.talks().get(1).speakers()).extracting(Speaker::name).containsExactly("Mira Olsen");
        assertThat(result.sections()).extracting(Section::talkAnchor)
                .containsExactly(null, "ropecon", "splicing", null);
    }

    @Test
    void aPageThatIsNoListOfTalksOrHasNoPersonAsAuthorIsLeftAlone() {
        List<Section> sections = List.of(section("RopeCon EU 2031 - Knots Under Load", "r", "Co-Speakers: Ivo Brandt"));
        assertThat(detect(page("Knot notes", List.of("Mira Olsen"), sections))).isEmpty();
        assertThat(detect(page("Talks", List.of("The Rope Team"), sections))).isEmpty();
        assertThat(detect(page("Talks", List.of("Mira Olsen"), List.of(section("Intro - Read This", "i", "")))))
                .isEmpty();
    }
}
