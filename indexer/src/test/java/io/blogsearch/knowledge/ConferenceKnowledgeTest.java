package io.blogsearch.knowledge;

import static io.blogsearch.knowledge.TestPages.section;
import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.knowledge.conference.ConferenceRules;
import io.blogsearch.knowledge.conference.EventsData;
import io.blogsearch.knowledge.speaker.SpeakerRules;
import io.blogsearch.model.Page;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConferenceKnowledgeTest {

    private static final List<String> REPORT = List.of("Conferences");

    private static List<Page> enrich(KnowledgeConfig config, Page... pages) {
        return new ConferenceKnowledge().enrich(List.of(pages), config, EventsData.of(null));
    }

    private static Page dayOne() {
        return TestPages.post("content/post/tide-day-1.md", "TideConf 2020 - Day 1", REPORT, Map.of(), List.of(
                section(2, "Welcome"),
                section(2, "Morning Keynotes"),
                section(3, "Keynote: Reading the Waves - Wilhelmina Starkweather, Oceanographer Lead, Tidal Labs"),
                section(4, "Demo"),
                section(3, "Sand Castles at Scale - Piet Ooms (Dunes)"),
                section(2, "Lunch")), List.of(
                new Quote("Water always wins", "Wilhelmina Starkweather", "demo"),
                new Quote("Build above the tide line", "Piet Ooms & Wilhelmina Starkweahter",
                        "sand-castles-at-scale-piet-ooms-dunes")));
    }

    private static Page dayTwo() {
        return TestPages.post("content/post/tide-day-2.md", "TideConf 2020 - Day 2", REPORT, Map.of(), List.of(
                section(2, "Talks"),
                section(3, "Tides Explained, Wilhelmina Starkweather, Tidal Labs")), List.of());
    }

    @Test
    void detectsTalksAndTiesSectionsToThem() {
        Page page = enrich(KnowledgeConfig.none(), dayOne()).get(0);
        assertThat(page.talks()).extracting(Talk::title)
                .containsExactly("Reading the Waves", "Sand Castles at Scale");
        assertThat(page.talks().get(0).kind()).isEqualTo(TalkKind.KEYNOTE);
        assertThat(page.talks().get(1).kind()).isEqualTo(TalkKind.KEYNOTE);
        assertThat(page.sections()).extracting(Section::talkAnchor).containsExactly(null, null,
                page.talks().get(0).anchor(), page.talks().get(0).anchor(), page.talks().get(1).anchor(), null);
    }

    @Test
    void givesPostsOfOneEventOneConference() {
        List<Page> pages = enrich(KnowledgeConfig.none(), dayOne(), dayTwo(),
                TestPages.post("content/post/howto.md", "How to build a raft - Part 1", List.of("Boats")));
        assertThat(pages).extracting(Page::conference).containsExactly("TideConf 2020", "TideConf 2020", null);
    }

    @Test
    void mergesSpeakerSpellingsAcrossTalksAndQuotes() {
        List<Page> pages = enrich(KnowledgeConfig.none(), dayOne(), dayTwo());
        assertThat(pages.get(0).quotes()).extracting(Quote::speaker)
                .containsExactly("Wilhelmina Starkweather", "Piet Ooms & Wilhelmina Starkweather");
        assertThat(pages.get(1).talks().get(0).speakers())
                .containsExactly(new Speaker("Wilhelmina Starkweather", null, "Tidal Labs"));
    }

    @Test
    void turnsOffWhatTheSiteDoesNotWant() {
        KnowledgeConfig off = new KnowledgeConfig(SpeakerRules.none(), ConferenceRules.none(),
                new KnowledgeSwitches(false, false, false));
        List<Page> pages = enrich(off, dayOne(), dayTwo());
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.conference()).isNull();
            assertThat(page.talks()).isEmpty();
            assertThat(page.quotes()).isEmpty();
            assertThat(page.sections()).extracting(Section::talkAnchor).containsOnlyNulls();
        });
        KnowledgeConfig quotesOnly = new KnowledgeConfig(SpeakerRules.none(), ConferenceRules.none(),
                new KnowledgeSwitches(false, false, true));
        assertThat(enrich(quotesOnly, dayOne()).get(0).quotes()).hasSize(2);
    }

    @Test
    void followsTheSiteConfig() {
        KnowledgeConfig config = new KnowledgeConfig(
                new SpeakerRules(Map.of("Piet Ooms", "Pieter Ooms"), List.of(), List.of()),
                new ConferenceRules(Map.of("TideConf 2020", "Tide Conference 2020"), List.of()));
        List<Page> pages = enrich(config, dayOne(), dayTwo());
        assertThat(pages.get(0).talks().get(1).speakers()).extracting(Speaker::name).containsExactly("Pieter Ooms");
        assertThat(pages.get(0).conference()).isEqualTo("Tide Conference 2020");
    }

    @Test
    void findsNoTalksInHowTos() {
        Page howTo = TestPages.post("content/post/raft.md", "Build a raft", List.of("Boats"), Map.of(), List.of(
                section(2, "Step 1 - Gather Driftwood"), section(2, "Knots - The Basics"),
                section(2, "Meet the Maintainer - Rook")), List.of());
        Page page = enrich(KnowledgeConfig.none(), howTo).get(0);
        assertThat(page.talks()).isEmpty();
        assertThat(page.sections()).extracting(Section::talkAnchor).containsOnlyNulls();
    }
}
