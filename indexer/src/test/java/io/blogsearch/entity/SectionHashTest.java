package io.blogsearch.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Section;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * A hash is kept in the index's state and compared with the hashes of later builds, so the quick path for ASCII
     * must give what the letters of the lower-cased text always gave, and text beyond ASCII must too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Thanks | " + "Thanks to EVERYONE who tested release 1.2.0; report problems on the tracker, see you!",
        "NULL | " + "Thanks to everyone who tested release 1.2.0; report problems on the tracker, see you!",
        "Café | Merci à tous ceux qui ont testé la version 1.2.0 ; signalez les problèmes, à bientôt à Zürich !",
        "Привет | Спасибо всем, кто проверил выпуск планировщика, до встречи",
        "İstanbul | Thanks to everyone who tested release 1.2.0; report problems on the tracker, see you!",
        "Kurz | Über 𝒳 Zeichen hinaus wird nichts gezählt, aber alle Buchstaben doch",
    })
    void hashesWhatTheLettersOfTheLowerCasedTextHash(String heading, String text) throws Exception {
        String letters = (heading + " " + text).toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String expected = letters.length() < SectionHash.MIN_LETTERS ? null : HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(letters.getBytes(StandardCharsets.UTF_8)), 0, 12);

        assertThat(SectionHash.of(new Section(heading, 2, "a", text, null))).isEqualTo(expected);
    }
}
