package io.blogsearch.knowledge.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsEachKindOfEditOnce() {
        assertThat(EditDistance.within("kelsey hightower", "kelsey hightower", 0)).isTrue();
        assertThat(EditDistance.within("kelsey hightower", "kelsy hightower", 1)).as("a deletion").isTrue();
        assertThat(EditDistance.within("kelsey hightower", "kelsey hightowerr", 1)).as("an insertion").isTrue();
        assertThat(EditDistance.within("kelsey hightower", "kelsey hightowar", 1)).as("a substitution").isTrue();
        assertThat(EditDistance.within("kelsey hightower", "kelsey hgihtower", 1)).as("a transposition").isTrue();
        assertThat(EditDistance.within("kelsey hightower", "kelsy hightowar", 1)).isFalse();
        assertThat(EditDistance.within("kelsey hightower", "kelsy hightowar", 2)).isTrue();
        assertThat(EditDistance.within("josé", "jose", 1)).as("code points, not bytes").isTrue();
        assertThat(EditDistance.within("ab", "abcd", 1)).isFalse();
    }

    /** Any pair of short words over a small alphabet: the same answer as Lucene's automaton with transpositions. */
    @Test
    void acceptsWhatLevenshteinAutomataWithTranspositionsAccept() {
        Random random = new Random(19);
        for (int round = 0; round < 4_000; round++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : edited(a, random);
            for (int edits = 1; edits <= 2; edits++) {
                boolean automaton = new CharacterRunAutomaton(new LevenshteinAutomata(a, true).toAutomaton(edits))
                        .run(b);
                assertThat(EditDistance.within(a, b, edits)).as("%s / %s within %d", a, b, edits)
                        .isEqualTo(automaton);
            }
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(7);
        for (int i = 0; i < length; i++) {
            word.append("abcé".charAt(random.nextInt(4)));
        }
        return word.toString();
    }

    /** A few random edits of {@code word}: insertions, deletions, substitutions, swaps of neighbours. */
    private static String edited(String word, Random random) {
        StringBuilder edited = new StringBuilder(word);
        for (int edit = 1 + random.nextInt(3); edit > 0; edit--) {
            int at = random.nextInt(edited.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> edited.insert(at, "abcé".charAt(random.nextInt(4)));
                case 1 -> {
                    if (at < edited.length()) {
                        edited.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < edited.length()) {
                        edited.setCharAt(at, "abcé".charAt(random.nextInt(4)));
                    }
                }
                default -> {
                    if (at + 1 < edited.length()) {
                        char c = edited.charAt(at);
                        edited.setCharAt(at, edited.charAt(at + 1));
                        edited.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return edited.toString();
    }
}
