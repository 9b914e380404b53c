package io.blogsearch.knowledge.speaker;

import java.util.Arrays;
import java.util.List;

/** The people behind one quote attribution: "Ana Lima &amp; Bo Berg" is two speakers, joined again with " &amp; ". */
public final class QuoteSpeakers {

    /** How several speakers of one quote are joined in {@code Quote.speaker}. */
    public static final String JOINER = " & ";

    private QuoteSpeakers() {
    }

    /** Each person of an attribution; a single name gives itself. */
    public static List<String> split(String attribution) {
        if (attribution == null || attribution.isBlank()) {
            return List.of();
        }
        return Arrays.stream(attribution.split("\\s+&\\s+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The attribution for several people. */
    public static String join(List<String> names) {
        return String.join(JOINER, names);
    }
}
