package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a byline or a heading's speaker part is split into people, roles and organisations. */
class SpeakerListParserTest {

    private static List<Speaker> byline(String text) {
        return SpeakerListParser.parseByline(text, NameShape::isPersonName).orElseThrow();
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
