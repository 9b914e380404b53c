package io.blogsearch.knowledge.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerDirectoryTest {

    private static SpeakerDirectory directory(SpeakerRules rules, String... names) {
        SpeakerDirectory.Builder builder = SpeakerDirectory.builder(rules);
        for (String name : names) {
            builder.add(name);
        }
        return builder.build();
    }

    @Test
    void mergesNamesDifferingByCaseSpacingPunctuationAndDiacritics() {
        SpeakerDirectory directory = directory(SpeakerRules.none(),
                "Lotte Kühne", "lotte  kuhne", "Lotte Kuhne.", "Lotte Kühne");
        assertThat(directory.canonical("LOTTE KUHNE")).isEqualTo("Lotte Kühne");
        assertThat(directory.canonical("Lotte  Kühne")).isEqualTo("Lotte Kühne");
        assertThat(directory.names()).containsExactly("Lotte Kühne");
    }

    @Test
    void prefersTheSpellingWithDiacriticsOnATie() {
        assertThat(directory(SpeakerRules.none(), "Jose Muñoz", "Jose Munoz").canonical("jose munoz"))
                .isEqualTo("Jose Muñoz");
    }

    @Test
    void umlautsWrittenAsAeOeUeAreTheSameNameShownWithTheUmlauts() {
        SpeakerDirectory directory = directory(SpeakerRules.none(),
                "Greta Söderbrück", "Greta Soederbrueck", "Greta Soederbrueck", "Greta Soderbruck", "Jonas Hoefer");
        assertThat(directory.canonical("Greta Soederbrueck")).isEqualTo("Greta Söderbrück");
        assertThat(directory.canonical("Greta Soderbruck")).isEqualTo("Greta Söderbrück");
        assertThat(directory.names()).containsExactlyInAnyOrder("Greta Söderbrück", "Jonas Hoefer");
    }

    @Test
    void mergesANearMissIntoTheMoreFrequentSpelling() {
        SpeakerDirectory directory = directory(SpeakerRules.none(),
                "Rosalind Quarterman", "Rosalind Quarterman", "Rosalind Quatrerman");
        assertThat(directory.canonical("Rosalind Quatrerman")).isEqualTo("Rosalind Quarterman");
        assertThat(directory.names()).containsExactly("Rosalind Quarterman");
    }

    @Test
    void keepsNearMissesApartWhenTheMatchIsAmbiguousOrEven() {
        SpeakerDirectory even = directory(SpeakerRules.none(), "Marten Oakley", "Martin Oakley");
        assertThat(even.names()).containsExactlyInAnyOrder("Marten Oakley", "Martin Oakley");

        SpeakerDirectory ambiguous = directory(SpeakerRules.none(),
                "Jana Rollins", "Jana Rollins", "Jana Robins", "Jana Robins", "Jana Rolins");
        assertThat(ambiguous.canonical("Jana Rolins")).isEqualTo("Jana Rolins");
    }

    @Test
    void neverMergesShortNamesBySpelling() {
        SpeakerDirectory directory = directory(SpeakerRules.none(), "Bo Li", "Bo Li", "Bo Lu");
        assertThat(directory.canonical("Bo Lu")).isEqualTo("Bo Lu");
    }

    @Test
    void appliesAliasesAndForbiddenMerges() {
        SpeakerRules rules = new SpeakerRules(Map.of("R. Quarterman", "Rosalind Quarterman"),
                List.of(List.of("Pieter Vandamme", "Pieter Vandamm")), List.of());
        SpeakerDirectory directory = directory(rules, "R. Quarterman", "Pieter Vandamme", "Pieter Vandamme",
                "Pieter Vandamm");
        assertThat(directory.canonical("R. Quarterman")).isEqualTo("Rosalind Quarterman");
        assertThat(directory.canonical("Pieter Vandamm")).isEqualTo("Pieter Vandamm");
    }

    @Test
    void extraNamesAreMergeTargets() {
        SpeakerRules rules = new SpeakerRules(Map.of(), List.of(), List.of("Ottilie Brandauer"));
        SpeakerDirectory directory = directory(rules, "Ottilie Brandaeur");
        assertThat(directory.canonical("Ottilie Brandaeur")).isEqualTo("Ottilie Brandaeur");
        SpeakerDirectory twice = directory(rules, "Ottilie Brandauer", "Ottilie Brandaeur");
        assertThat(twice.canonical("Ottilie Brandaeur")).isEqualTo("Ottilie Brandauer");
    }

    /** The letter count bounds the edit distance from below: a swap costs nothing, each edit at most one. */
    @Test
    void letterDistanceNeverExceedsTheEditDistance() {
        assertThat(letters("ottilie brandauer", "ottilie brandaeur")).isZero();
        assertThat(letters("ottilie brandauer", "ottilie brandaur")).isEqualTo(1);
        assertThat(letters("ottilie brandauer", "ottilie brandxuer")).isEqualTo(1);
        assertThat(letters("ottilie brandauer", "ottilie brandauerin")).isEqualTo(2);
        assertThat(letters("ottilie brandauer", "bruno dietrichsen")).isGreaterThan(2);
    }

    private static int letters(String a, String b) {
        return SpeakerDirectory.Builder.letterDistance(a.codePoints().sorted().toArray(),
                b.codePoints().sorted().toArray());
    }
}
