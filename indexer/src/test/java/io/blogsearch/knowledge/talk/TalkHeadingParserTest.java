package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TalkHeadingParserTest {

    private static final HeadingContext REPORT = HeadingContext.inEventReport();
    private static final HeadingContext TALKS = new HeadingContext(true, TalkKind.TALK);

    private static Talk talk(String heading, HeadingContext context) {
        Optional<Talk> talk = TalkHeadingParser.parse(heading, "anchor", context);
        assertThat(talk).as(heading).isPresent();
        return talk.get();
    }

    @Test
    void splitsKeynoteWithRoleAndOrganisation() {
        Talk talk = talk("Keynote: Sailing Past the Reef - Marta Oyelaran, Chief Tinkerer, Harbour Robotics",
                HeadingContext.plain());
        assertThat(talk.kind()).isEqualTo(TalkKind.KEYNOTE);
        assertThat(talk.title()).isEqualTo("Sailing Past the Reef");
        assertThat(talk.speakers()).containsExactly(
                new Speaker("Marta Oyelaran", "Chief Tinkerer", "Harbour Robotics"));
        assertThat(talk.heading()).startsWith("Keynote:");
        assertThat(talk.anchor()).isEqualTo("anchor");
    }

    @Test
    void splitsSeveralSpeakersJoinedBySemicolonAmpersandAndAnd() {
        Talk talk = talk("Keynote: Orbit Update - Ines Barlow, Staff Engineer, Kite Works; Tomas Ferreira, CTO, "
                + "Bluefin Data, Inc. & Yuki Tanabe, Product Lead, Lumen and Oskar Lind, Meadowsoft", REPORT);
        assertThat(talk.title()).isEqualTo("Orbit Update");
        assertThat(talk.speakers()).containsExactly(
                new Speaker("Ines Barlow", "Staff Engineer", "Kite Works"),
                new Speaker("Tomas Ferreira", "CTO", "Bluefin Data, Inc."),
                new Speaker("Yuki Tanabe", "Product Lead", "Lumen"),
                new Speaker("Oskar Lind", null, "Meadowsoft"));
    }

    @Test
    void keepsAmpersandAndAndInsideRoles() {
        Talk talk = talk("Keynote: Paper Boats - Rosa Quint, VP, Fleet Group & GM, River Lab, Quint Corporation "
                + "& Jonas Weber, Product Manager, Tides and Co-Founder of Boatly, Boatly", REPORT);
        assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Rosa Quint", "Jonas Weber");
        assertThat(talk.speakers().get(0).role()).isEqualTo("VP, Fleet Group & GM, River Lab");
        assertThat(talk.speakers().get(0).org()).isEqualTo("Quint Corporation");
        assertThat(talk.speakers().get(1).role()).isEqualTo("Product Manager, Tides and Co-Founder of Boatly");
    }

    @Test
    void readsOrganisationsInParentheses() {
        Talk one = talk("Storing Mail in Buckets - Greta Holm (Postwerk AG)", TALKS);
        assertThat(one.title()).isEqualTo("Storing Mail in Buckets");
        assertThat(one.speakers()).containsExactly(new Speaker("Greta Holm", null, "Postwerk AG"));

        Talk two = talk("Cattle at Scale – Why Herds Win - Paul Ostrander (Fieldco) / Lena Brandt (Barnsoft)", TALKS);
        assertThat(two.title()).isEqualTo("Cattle at Scale – Why Herds Win");
        assertThat(two.speakers()).containsExactly(new Speaker("Paul Ostrander", null, "Fieldco"),
                new Speaker("Lena Brandt", null, "Barnsoft"));
    }

    @Test
    void readsTitleNameOrganisationUnderTalksSection() {
        Talk talk = talk("State Of the Lighthouse, Hanna van der Berg, Beacon Systems", TALKS);
        assertThat(talk.title()).isEqualTo("State Of the Lighthouse");
        assertThat(talk.speakers()).containsExactly(new Speaker("Hanna van der Berg", null, "Beacon Systems"));
    }

    @Test
    void readsCommaFormatOnlyUnderTalksSection() {
        assertThat(TalkHeadingParser.parse("Weather notes, Hanna Berg, Beacon", "a", HeadingContext.plain()))
                .isEmpty();
    }

    @Test
    void sharesOneOrganisationAmongSeveralNames() {
        Talk talk = talk("Kite Deep Dive – Amir Castell, Nora Fitch & Pete Lowell, Skyward (Any Skill Level)",
                REPORT);
        assertThat(talk.title()).isEqualTo("Kite Deep Dive");
        assertThat(talk.speakers()).containsExactly(new Speaker("Amir Castell", null, "Skyward"),
                new Speaker("Nora Fitch", null, "Skyward"), new Speaker("Pete Lowell", null, "Skyward"));

        Talk pair = talk("Balloon Secrets - Carla Mendes & Ivo Stark, Airco", REPORT);
        assertThat(pair.speakers()).containsExactly(new Speaker("Carla Mendes", null, "Airco"),
                new Speaker("Ivo Stark", null, "Airco"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Growing Ferns in Glass [A] - Mira Solberg, Greenhouse Ltd",
        "Growing Ferns in Glass [I] - Mira Solberg, Greenhouse Ltd",
        "Growing Ferns in Glass - Mira Solberg, Greenhouse Ltd (Intermediate Skill Level)",
        "Growing Ferns in Glass – Mira Solberg, Greenhouse Ltd (Beginner Skill Level)"})
    void stripsSkillMarkersAndAcceptsEnDash(String heading) {
        Talk talk = talk(heading, REPORT);
        assertThat(talk.title()).isEqualTo("Growing Ferns in Glass");
        assertThat(talk.speakers()).containsExactly(new Speaker("Mira Solberg", null, "Greenhouse Ltd"));
    }

    @Test
    void keepsDashesAndColonsThatBelongToTheTitle() {
        Talk talk = talk("Keynote: Lanterns 3.0 – The Next Glow: Brighter - Faster - Tilda Vance, Engineer, Glowco",
                REPORT);
        assertThat(talk.title()).isEqualTo("Lanterns 3.0 – The Next Glow: Brighter - Faster");
        assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Tilda Vance");

        Talk commaInTitle = talk("Keynote: Skip the Queue - Bake Bread Faster, Otto Brenner, Fellow, Doughworks",
                REPORT);
        assertThat(commaInTitle.title()).isEqualTo("Skip the Queue - Bake Bread Faster");
        assertThat(commaInTitle.speakers()).containsExactly(new Speaker("Otto Brenner", "Fellow", "Doughworks"));
    }

    @Test
    void readsQuotedPresentationWithoutSpeaker() {
        Talk talk = talk("Presentation: \"Pumpkins: Growing Them at Scale\"", HeadingContext.plain());
        assertThat(talk.kind()).isEqualTo(TalkKind.PRESENTATION);
        assertThat(talk.title()).isEqualTo("Pumpkins: Growing Them at Scale");
        assertThat(talk.speakers()).isEmpty();

        assertThat(talk("Workshop: \"Knots for Sailors\"", REPORT).kind()).isEqualTo(TalkKind.WORKSHOP);
    }

    @Test
    void takesKindFromEnclosingSectionAndPresenterLeadIn() {
        Talk talk = talk("Harvest Awards - Presented by Ulla Berg, COO, Farmers Foundation",
                new HeadingContext(true, TalkKind.KEYNOTE));
        assertThat(talk.kind()).isEqualTo(TalkKind.KEYNOTE);
        assertThat(talk.title()).isEqualTo("Harvest Awards");
        assertThat(talk.speakers()).extracting(Speaker::name).containsExactly("Ulla Berg");
    }

    @Test
    void readsKindAfterOtherWordsInPrefix() {
        Talk talk = talk("Opening Words + Keynote: Gardens Together - Ria Holt, Head of Plants, Verdant", REPORT);
        assertThat(talk.kind()).isEqualTo(TalkKind.KEYNOTE);
        assertThat(talk.title()).isEqualTo("Gardens Together");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Step 1 - Download the Installer",
        "Step 3 - Configure Kubelet to use CRI-O",
        "etcd - The brain",
        "kubectl - Our tool to rule them all",
        "Meet the Maintainer - Rook",
        "Conductor of the orchestra - Kubernetes",
        "Heads up - \"Blogger\" Words",
        "Storage - Open Source",
        "WordPress + MySQL - WIP",
        "Lunch time: Tacos by the Sea",
        "Not a talk: the boat tour",
        "After the Talk: Drinks",
        "Monitoring, Logging and more",
        "Welcome & Kickoff",
        "Q&A Session",
        "Network - `resolv.conf` and hostnames",
        "Running Things - Part 1"})
    void rejectsHeadingsThatNameNoTalk(String heading) {
        assertThat(TalkHeadingParser.parse(heading, "a", REPORT)).isEmpty();
        assertThat(TalkHeadingParser.parse(heading, "a", TALKS)).isEmpty();
    }

    @Test
    void aKindPrefixWithoutSpeakersNamesATalkOnlyWhereTalksAreReported() {
        // a how-to post's "Tutorial: …" heading is a step, not a talk
        assertThat(TalkHeadingParser.parse("Tutorial: Potting the seedlings", "a", HeadingContext.plain())).isEmpty();
        assertThat(TalkHeadingParser.parse("Tutorial: Potting the seedlings", "a", REPORT)).isPresent();
        assertThat(TalkHeadingParser.parse("Workshop: Potting the seedlings", "a", TALKS)).isPresent();
    }

    @Test
    void needsEvidenceBeyondANameShapedRightHandSide() {
        assertThat(TalkHeadingParser.parse("Painting Fences - Tom Sawyer", "a", HeadingContext.plain())).isEmpty();
        assertThat(TalkHeadingParser.parse("Painting Fences - Tom Sawyer", "a", REPORT)).isPresent();
        assertThat(TalkHeadingParser.parse("Painting Fences - Tom Sawyer, Senior Painter, Fences Inc",
                "a", HeadingContext.plain())).isPresent();
    }

    @Test
    void quotedHeadingIsATalkOnlyInEventReports() {
        assertThat(TalkHeadingParser.parse("\"Clouds in a Jar\"", "a", HeadingContext.plain())).isEmpty();
        assertThat(TalkHeadingParser.parse("\"Clouds in a Jar\"", "a", REPORT)).get()
                .extracting(Talk::title).isEqualTo("Clouds in a Jar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Talks", "Morning Keynotes", "Keynotes Morning", "Presentations", "Keynote"})
    void recognisesTalksSections(String heading) {
        assertThat(TalkHeadingParser.sectionKind(heading)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Summary", "Lunch Time", "Keynotes and Talks Recordings YouTube Playlist",
        "Keynote: Closing Remarks", "Talk to me"})
    void rejectsOtherSectionsAsTalksSections(String heading) {
        assertThat(TalkHeadingParser.sectionKind(heading)).isNull();
    }
}
