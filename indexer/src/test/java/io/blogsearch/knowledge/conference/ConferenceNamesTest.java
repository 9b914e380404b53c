package io.blogsearch.knowledge.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConferenceNamesTest {

    @Test
    void reportsAboutOneEventShareOneValueHoweverSpelled() {
        List<String> unified = ConferenceNames.unify(List.of(Optional.of("RopeCon North America 2031"),
                Optional.of("RopeCon NA 2031"), Optional.of("RopeCon + SailCon North America '31"),
                Optional.of("RopeCon NA 2031"), Optional.empty()));
        assertThat(unified).containsExactly("RopeCon NA 2031", "RopeCon NA 2031", "RopeCon NA 2031",
                "RopeCon NA 2031", null);
    }

    @Test
    void differentYearsAndRegionsStayApart() {
        List<String> unified = ConferenceNames.unify(List.of(Optional.of("RopeCon EU 2031"),
                Optional.of("RopeCon NA 2031"), Optional.of("RopeCon Europe 2030"), Optional.of("LOOMCAMP'27"),
                Optional.of("LOOMCAMP 2027"), Optional.of("Weaver Days 2027 Lyon"),
                Optional.of("Weaver Days Lyon 2027"),
                Optional.of("Ropecon Asia 2029"), Optional.of("RopeCon Asia 2029")));
        assertThat(unified).containsExactly("RopeCon EU 2031", "RopeCon NA 2031", "RopeCon Europe 2030",
                "LOOMCAMP'27", "LOOMCAMP'27", "Weaver Days 2027 Lyon", "Weaver Days 2027 Lyon", "RopeCon Asia 2029",
                "RopeCon Asia 2029");
    }
}
