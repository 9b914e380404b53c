package io.blogsearch.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedCaseTest {

    @Test
    void keepsALeadingCapital() {
        assertThat(TypedCase.like("Gardnr", "gardener")).isEqualTo("Gardener");
        assertThat(TypedCase.like("Überblik", "überblick")).isEqualTo("Überblick");
    }

    @Test
    void keepsAllCapitalsAndLowerCase() {
        assertThat(TypedCase.like("GARDNR", "gardener")).isEqualTo("GARDENER");
        assertThat(TypedCase.like("gardnr", "gardener")).isEqualTo("gardener");
    }

    @Test
    void aWordWithCapitalsInsideKeepsOnlyItsFirstLettersShape() {
        assertThat(TypedCase.like("McGardnr", "mcgardener")).isEqualTo("Mcgardener");
        assertThat(TypedCase.like("eGardnr", "egardener")).isEqualTo("egardener");
    }
}
