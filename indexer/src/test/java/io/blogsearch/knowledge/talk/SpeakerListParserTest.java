package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Speaker;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a byline or a heading's speaker part is split into people, roles and organisations. */
class SpeakerListParserTest {

    private static List<Speaker> byline(String text) {
        return SpeakerListParser.parseByline(text, NameShape::isPersonName).orElseThrow();
    }

    @Test
    void readsACommaListOfNamesAndOrganisationsAsPairs() {
        assertThat(byline("Mira Olsen, Ropeworks, Ivo Brandt, Kettle, Lena Voss, Sailco, & Pia Lund, Dockyard"))
                .containsExactly(
                        new Speaker("Mira Olsen", null, "Ropeworks"), new Speaker("Ivo Brandt", null, "Kettle"),
                        new Speaker("Lena Voss", null, "Sailco"), new Speaker("Pia Lund", null, "Dockyard"));
    }

    @Test
    void neverTakesANameBeforeAndForAnOrganisation() {
        // "Tomas Berg" may be a second person or an organisation that reads like one: neither is guessed
        assertThat(byline("Mira Olsen, Tomas Berg, and Ivo Brandt, Kettle")).containsExactly(
                Speaker.named("Mira Olsen"), new Speaker("Ivo Brandt", null, "Kettle"));
    }

    @Test
    void takesANamedLookingPhraseForAnOrganisationWhenTheSectionNamesItSo() {
        List<String> bylines = List.of("Ola Dahl, Harbour Works", "Mira Olsen, Harbour Works & Ivo Brandt, Kettle");
        Set<String> known = SpeakerListParser.organisations(bylines, NameShape::isPersonName);
        assertThat(SpeakerListParser.parseByline(bylines.get(1), NameShape::isPersonName, known::contains))
                .hasValue(List.of(new Speaker("Mira Olsen", null, "Harbour Works"),
                        new Speaker("Ivo Brandt", null, "Kettle")));
    }

    @Test
    void keepsOnlyTheFirstPersonWhenAListDoesNotAlternate() {
        assertThat(byline("Mira Olsen, Ropeworks, Ivo Brandt, Lena Voss, Sailco"))
                .containsExactly(Speaker.named("Mira Olsen"));
    }

    @Test
    void keepsAnAppositionOnItsOrganisation() {
        assertThat(byline("Mira Olsen, Ropeworks, a Kettle company")).containsExactly(
                new Speaker("Mira Olsen", null, "Ropeworks, a Kettle company"));
    }

    @Test
    void readsAnAmbassadorAsARole() {
        assertThat(byline("Mira Olsen, KNOT Ambassador")).containsExactly(
                new Speaker("Mira Olsen", "KNOT Ambassador", null));
    }

    @Test
    void splitsARoleFromAnOrganisationWithALegalForm() {
        assertThat(SpeakerListParser.parse("Ivo Brandt, Co-founder Kettle Rigging GmbH")).hasValue(List.of(
                new Speaker("Ivo Brandt", "Co-founder", "Kettle Rigging GmbH")));
        assertThat(SpeakerListParser.parse("Ivo Brandt, Head of Rigging")).hasValue(List.of(
                new Speaker("Ivo Brandt", "Head of Rigging", null)));
    }

    @Test
    void keepsANameShapedOrganisationLastAfterARole() {
        assertThat(SpeakerListParser.parse("Ivo Brandt, Senior Engineer, Harbour Works")).hasValue(List.of(
                new Speaker("Ivo Brandt", "Senior Engineer", "Harbour Works")));
    }
}
