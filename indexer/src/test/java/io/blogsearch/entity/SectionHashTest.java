package io.blogsearch.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Section;
import org.junit.jupiter.api.Test;

class SectionHashTest {

    private static final String CLOSING = "Thanks to everyone who tested release %s of the watering planner; "
            + "report problems on the tracker, and see you at the next meetup!";

    @Test
    void copiesDifferingOnlyInNumbersAndSpacingShareAHash() {
        String first = SectionHash.of(new Section("Thanks", 2, "thanks", CLOSING.formatted("1.2.0"), null));
        String second = SectionHash.of(new Section("Thanks", 2, "thanks-1",
                CLOSING.formatted("1.3.0").replace(" ", "  "), null));
        assertThat(first).isNotNull().isEqualTo(second);
    }

    @Test
    void differentTextsDiffer() {
        String closing = SectionHash.of(new Section("Thanks", 2, "thanks", CLOSING.formatted("1"), null));
        String other = SectionHash.of(new Section("Thanks", 2, "thanks",
                CLOSING.formatted("1").replace("watering", "pruning"), null));
        assertThat(closing).isNotEqualTo(other);
    }

    @Test
    void shortSectionsGetNoHash() {
        assertThat(SectionHash.of(new Section("Photos", 2, "photos", "A hedge.", null))).isNull();
    }
}
