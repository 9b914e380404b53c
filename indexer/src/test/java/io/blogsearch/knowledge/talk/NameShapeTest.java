package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What reads as a person's name, a role or a legal-form suffix. */
class NameShapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mira Olsen", "Kim-Lou Brandt", "Tess van der Berg", "Ola McKee", "J. Rowan Lind"})
    void acceptsNamesOfCapitalisedWords(String name) {
        assertThat(NameShape.isPersonName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tilda KORAL", "KORAL Tilda", "Tilda KORAL Vance"})
    void rejectsANameWithAnAcronymAnywhere(String name) {
        assertThat(NameShape.isPersonName(name)).isFalse();
    }

    @Test
    void keepsSingleCapitalInitialsAndMixedCaseSurnames() {
        assertThat(NameShape.isPersonName("Bo K Lind")).isTrue();
        assertThat(NameShape.isPersonName("Bo DeWitt")).isTrue();
    }

    @Test
    void rejectsRolesAndGroups() {
        assertThat(NameShape.isPersonName("Staff Engineer")).isFalse();
        assertThat(NameShape.isPersonName("Rope Project Maintainers")).isFalse();
        assertThat(NameShape.isRole("Head of Knots")).isTrue();
    }
}
