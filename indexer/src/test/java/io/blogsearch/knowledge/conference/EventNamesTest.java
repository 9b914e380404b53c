package io.blogsearch.knowledge.conference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Event names in titles: the event, never the post's title; nothing when the evidence is weak (issue 13). */
class EventNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Knotwork at RopeCon EU 2031|RopeCon EU 2031",
        "RopeCon EU 2031 Wrap-Up|RopeCon EU 2031",
        "Announcing our Booth at RopeCon EU 2031!|RopeCon EU 2031",
        "Recap: RopeCon 2029|RopeCon 2029",
        "RopeCon 2029 Recap|RopeCon 2029",
        "Guide to RopeCon 2029|RopeCon 2029",
        "Day 2 at RopeCon 2029|RopeCon 2029",
        "RopeCon 2029 - Day 2|RopeCon 2029",
        "Join us for Knot Talks and Activities at RopeCon NA 2030|RopeCon NA 2030",
        "Knotwork @ RopeCon + SailCon Japan 2032|RopeCon + SailCon Japan 2032",
        "The People of Knotwork - RopeCon NA 2030|RopeCon NA 2030",
        "Knotwork Unplugged at KNOTFEST 2032|KNOTFEST 2032",
        "Harbour Summit 2030|Harbour Summit 2030",
        "Loom Days Lyon 2028: Notes|Loom Days Lyon 2028",
        "RopeCon NA 2030で、ノットの話をしよう|RopeCon NA 2030"})
    void findsTheEventInTitlesThatReportOnOne(String title, String event) {
        assertThat(EventNames.fromTitle(title, false)).contains(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2031 Knotwork Community Awards",
        "Knotwork Community Meeting Recap March 2031",
        "Knotwork 2.4 Release Notes",
        "Bug Scrub Announcement for Knotwork 2031",
        "Tutorial: Tying Knots With Knotwork in 2031",
        "Knotwork Observes International Rope Day 2031",
        "Knotwork Project and Roadmap Update from RopeCon",
        "The State of Knotwork 2031",
        "How we moved to Knotwork in 2031",
        "Knotwork Survey 2031 Results",
        "A Year of Knotwork"})
    void saysNothingForPostsThatAreNotAboutANamedEvent(String title) {
        assertThat(EventNames.fromTitle(title, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Loom Days 2027 Lyon|Loom Days 2027 Lyon",
        "LOOMCAMP'27 Lyon|LOOMCAMP'27 Lyon",
        "Weaver Meetup Lyon 2027 - Presentation|Weaver Meetup Lyon 2027"})
    void acceptsEventShapedTitlesOfPostsTaggedAsEventReports(String title, String event) {
        assertThat(EventNames.fromTitle(title, true)).contains(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Loom: Enterprise Grade Weaving with Shuttle Federation", "Summit of Gophers: Notes"})
    void aTaggedReportWithoutAnEditionGetsNoName(String title) {
        assertThat(EventNames.fromTitle(title, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Last week I spoke at RopeCon EU 2031 in Lisbon about knots.|RopeCon EU 2031",
        "We were at the Loom Days Lyon 2028, and it was great.|Loom Days Lyon 2028"})
    void findsTheEventInAFirstParagraph(String paragraph, String event) {
        assertThat(EventNames.fromFirstParagraph(paragraph)).contains(event);
    }
}
