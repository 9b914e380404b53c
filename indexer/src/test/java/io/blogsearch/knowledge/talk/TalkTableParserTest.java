package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.parse.MarkdownRenderer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Talks listed in tables (issue 13). */
class TalkTableParserTest {

    private static List<Talk> talks(String markdown, boolean eventReport) {
        List<Section> sections = ContentExtractor.extract(MarkdownRenderer.render(markdown), "https://e.org/p/",
                "https://e.org/").sections();
        return TalkSections.detect(sections, eventReport, Set.of()).talks();
    }

    @Test
    void readsRowsOfATableOfTalks() {
        String table = """
                ## Schedule

                | Session | Speakers | When |
                |---|---|---|
                | [Knots Under Load](https://x.example.org/a) | Mira Olsen, Ropeworks & Ivo Brandt, \
                Kettle Labs | Mon 10:00 |
                | Panel: Ropes and You | by Pia Lund; Tomas Berg | Mon 11:00 |
                | Lunch | | Mon 12:00 |
                """;
        List<Talk> talks = talks(table, false);
        assertThat(talks).extracting(Talk::title).containsExactly("Knots Under Load", "Ropes and You");
        assertThat(talks.get(0).speakers()).containsExactly(new Speaker("Mira Olsen", null, "Ropeworks"),
                new Speaker("Ivo Brandt", null, "Kettle Labs"));
        assertThat(talks.get(1).speakers()).extracting(Speaker::name).containsExactly("Pia Lund", "Tomas Berg");
    }

    @Test
    void tablesOfOtherThingsByPeopleAreNoTalks() {
        String owners = """
                ## Components

                | Component | Owner |
                |---|---|
                | Rope parser | Mira Olsen |
                | Knot checker | Ivo Brandt, Kettle Labs |
                """;
        assertThat(talks(owners, true)).isEmpty();
    }

    @Test
    void theTextOfATableKeepsItsCellsApart() {
        Section section = ContentExtractor.extract(MarkdownRenderer.render("## T\n\n| A | B |\n|---|---|\n| x | y |\n"),
                "https://e.org/p/", "https://e.org/").sections().get(0);
        assertThat(section.text()).isEqualTo("A | B\nx | y");
    }
}
