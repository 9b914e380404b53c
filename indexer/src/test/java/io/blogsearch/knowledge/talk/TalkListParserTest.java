package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.extract.ContentExtractor;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import io.blogsearch.parse.MarkdownRenderer;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Talks listed in list items rather than headings (issue 13). */
class TalkListParserTest {

    private static TalkSections.Result detect(String markdown, boolean eventReport) {
        List<Section> sections = ContentExtractor.extract(MarkdownRenderer.render(markdown), "https://e.org/p/",
                "https://e.org/").sections();
        return TalkSections.detect(sections, eventReport, Set.of());
    }

    private static final String LIST = """
            ## Sessions we are looking forward to

            - **[Knots Under Load](https://sched.example.org/a)**<br>
              by Mira Olsen, Ropeworks<br> Tuesday, May 7 • 11:00 - 11:30
            - **[⚡ Lightning Talk: Splicing in Five Minutes](https://sched.example.org/b)**<br> by
              Ivo Brandt, Kettle Labs & Lena Voss, Independent<br> Tuesday, May 7 • 12:00
            - **[Panel: Ropes, Rigging and You](https://sched.example.org/c)**<br>
              by Pia Lund, Sailmakers; Tomas Berg, Harbour Labs; Omar Haddad,
              dock.io<br> Wednesday, May 8 • 9:00
            """;

    @Test
    void readsTitleSpeakersAndKindFromListItems() {
        TalkSections.Result result = detect(LIST, false);
        assertThat(result.talks()).extracting(Talk::title).containsExactly("Knots Under Load",
                "Splicing in Five Minutes", "Ropes, Rigging and You");
        assertThat(result.talks()).extracting(Talk::kind).containsExactly(TalkKind.TALK, TalkKind.LIGHTNING,
                TalkKind.PANEL);
        assertThat(result.talks().get(0).speakers()).containsExactly(new Speaker("Mira Olsen", null, "Ropeworks"));
        assertThat(result.talks().get(1).speakers()).extracting(Speaker::name).containsExactly("Ivo Brandt",
                "Lena Voss");
        assertThat(result.talks().get(2).speakers()).extracting(Speaker::name, Speaker::org).containsExactly(
                Tuple.tuple("Pia Lund", "Sailmakers"),
                Tuple.tuple("Tomas Berg", "Harbour Labs"),
                Tuple.tuple("Omar Haddad", "dock.io"));
        assertThat(result.talks()).extracting(Talk::anchor).containsOnly("sessions-we-are-looking-forward-to");
        assertThat(result.sections()).extracting(Section::talkAnchor).containsOnlyNulls();
    }

    @Test
    void oneListedTalkNeedsAnEventReportOrATalksSection() {
        String one = "## Reading\n\n- **[Knots Under Load](https://x.example.org)**<br>\n  by Mira Olsen, Ropeworks\n";
        assertThat(detect(one, false).talks()).isEmpty();
        assertThat(detect(one, true).talks()).extracting(Talk::title).containsExactly("Knots Under Load");
        assertThat(detect(one.replace("## Reading", "## Talks"), false).talks()).hasSize(1);
    }

    @Test
    void inABylineWhatFollowsANameIsItsOrganisationAndGroupsAreNoPeople() {
        String list = """
                ## Talks

                - **[Knots Under Load](https://x.example.org/a)**<br>
                  by Mira Olsen, Harbour Works & Ivo Brandt, Kettle Labs<br> Monday
                - **[Splicing Lightning Round](https://x.example.org/b)**<br>
                  by Rope Project Maintainers<br> Monday
                """;
        TalkSections.Result result = detect(list, true);
        assertThat(result.talks()).extracting(Talk::title).containsExactly("Knots Under Load");
        // before "&", "Harbour Works" could be a second person as well as an organisation: neither is guessed
        assertThat(result.talks().get(0).speakers()).containsExactly(Speaker.named("Mira Olsen"),
                new Speaker("Ivo Brandt", null, "Kettle Labs"));
        // the same section naming "Harbour Works" where only an organisation fits settles it
        String named = list.replace("<br> Monday\n- **[Splicing", "<br> Monday\n"
                + "- **[Rigging](https://x.example.org/c)**<br>\n  by Ola Dahl, Harbour Works<br> Monday\n"
                + "- **[Splicing");
        assertThat(detect(named, true).talks().get(0).speakers()).containsExactly(
                new Speaker("Mira Olsen", null, "Harbour Works"), new Speaker("Ivo Brandt", null, "Kettle Labs"));
    }

    @Test
    void oneLineCreditsAreTalksOnlyUnderATalksHeading() {
        String credits = """
                ## Pictures

                Harbour at dawn by Mira Olsen

                Boats in fog by Ivo Brandt
                """;
        assertThat(detect(credits, false).talks()).isEmpty();
        assertThat(detect(credits.replace("## Pictures", "## Talks"), false).talks()).extracting(Talk::title)
                .containsExactly("Harbour at dawn", "Boats in fog");
    }

    @Test
    void bylinesThatNameNoPeopleAreNoTalks() {
        String books = """
                ## Books

                - **Knots for Everyone**<br>
                  by the Rope Society<br>
                - **Sailing Basics**<br>
                  by de exemplu, o carte<br>
                - **Harbour Life**<br>
                  by インタビュー参加者 1
                """;
        assertThat(detect(books, true).talks()).isEmpty();
    }

    @Test
    void aTitleEndsBeforeTheCommaThatLeadsToItsByline() {
        String stories = """
                ## Stories and talks

                - [Moving Our Greenhouse to Drip Lines, Part 1](https://example.org/1),
                  by Mira Olsen, Gardener, [Ropeworks](https://example.org/),
                  <span title="2020-01-02">January 2020</span>.
                - **[Moving Our Greenhouse to Drip Lines, Part 2](https://example.org/2)**;
                  by Ivo Brandt, Kettle Labs.
                """;
        assertThat(detect(stories, false).talks()).extracting(Talk::title).containsExactly(
                "Moving Our Greenhouse to Drip Lines, Part 1", "Moving Our Greenhouse to Drip Lines, Part 2");
    }

    @Test
    void aLineThatDescribesTheTalkLeavesTheTitleToTheLineBefore() {
        String talks = """
                ## Talks

                - **Composting at Scale**<br>
                  A [Garden Days 2021 presentation](https://example.org/gd)
                  by Mira Olsen & Ivo Brandt, Ropeworks.
                - A [lightning talk](https://example.org/lt) by Lena Voss, Kettle Labs.
                - Harbour at dawn, the keynote by Pia Lund
                - A Better Keynote by Omar Haddad
                """;
        TalkSections.Result result = detect(talks, false);
        assertThat(result.talks()).extracting(Talk::title).containsExactly("Composting at Scale",
                "Harbour at dawn, the keynote", "A Better Keynote");
        assertThat(result.talks().get(0).speakers()).extracting(Speaker::name).containsExactly("Mira Olsen",
                "Ivo Brandt");
    }
}
